import type { PlanProblem } from './problem';

/** The cheapest plan: one variant index per month, and its total by the simulator's rules, USD. */
export type Optimum = { sequence: number[]; totalUsd: number };

/**
 * Exact minimum-cost plan by dynamic programming over month × variant × commitment state.
 *
 * State after month m: the variant in use and, for a variant with a term of C months, the age a (1 … C) of its
 * current reservation: it started in month m − a + 1 and holds the units that month needed (rule 3 of
 * `simulatePlan`: capacity is always bought at the need of the month it is bought in, so the start month fixes
 * the units). a = C means the term has ended. Variants without a term have one state. Reservations left behind
 * are not part of the state: a move charges everything still owed on them at once (within and after the
 * horizon), which gives the same total as billing it month by month. From state (v, a) entering month m':
 *   - stay on v: pay v's running cost plus any units held above the need; a grows by 1, or restarts at 1 when
 *     the need exceeds the units held (a larger reservation) or the term ended (renewal);
 *   - move to w ≠ v: pay (C_v − a) × units × price still owed on v (if the term runs), the entry cost of w's
 *     option (0 when only the term changes), and w's running cost; w starts at age 1.
 * Moves take, per source variant, the cheapest of its states (the owed part depends on the state, the rest
 * does not), so a month costs O(S + V²), with V variants and S = Σ_v max(1, C_v) states (≤ V × 36).
 * Complexity: O(H × (S + V²)) time and O(H × S) memory for the back-pointers. The Azure preset has V = 11
 * and S = 12 + 12 + 36 + 12 + 36 + 6 = 114 here, so 60 months take about 60 × (114 + 121) ≈ 14,000 steps.
 *
 * Totals are carried as double-doubles (hi + lo, about 32 significant digits): sixty months at 1e12 USD a
 * month would otherwise lose the last digits, and a difference of 1e-4 USD a month between two options could
 * vanish or flip in rounding. Exact ties go to staying (fewer moves), then to the earlier variant in option
 * order, least commitment first — with flat volume and no one-off costs the plan is the recommendation's
 * rule: cheapest, then simpler.
 */
export function optimisePlan(problem: PlanProblem): Optimum {
  const { horizon, variants, allowed, runUsd, units, entryUsd } = problem;
  if (horizon === 0 || allowed.length === 0) return { sequence: [], totalUsd: 0 };
  const offset = new Map<number, number>();
  const stateVariant: number[] = [];
  const stateAge: number[] = [];
  for (const v of allowed) {
    offset.set(v, stateVariant.length);
    const term = variants[v]!.commitMonths;
    for (let age = term > 0 ? 1 : 0; age <= Math.max(term, 0); age += 1) {
      stateVariant.push(v);
      stateAge.push(age);
    }
  }
  const states = stateVariant.length;
  const entryState = (v: number) => offset.get(v)!;
  // Double-double sums: value = hi + lo. `sum` adds x to (hi, lo) exactly (Knuth's TwoSum) into (outHi, outLo).
  let outHi = 0;
  let outLo = 0;
  const sum = (hi: number, lo: number, x: number) => {
    const s = hi + x;
    const b = s - hi;
    const low = lo + (hi - (s - b)) + (x - b);
    outHi = s + low;
    outLo = low - (outHi - s);
  };
  const below = (aHi: number, aLo: number, bHi: number, bLo: number) =>
    aHi < bHi || (aHi === bHi && aLo < bLo);
  let costHi = new Float64Array(states).fill(Infinity);
  let costLo = new Float64Array(states);
  let nextHi = new Float64Array(states);
  let nextLo = new Float64Array(states);
  const parent = new Int32Array(horizon * states).fill(-1);
  for (const v of allowed) {
    sum(entryUsd[v]!, 0, runUsd[v * horizon]!);
    costHi[entryState(v)] = outHi;
    costLo[entryState(v)] = outLo;
  }

  const leaveHi = new Float64Array(variants.length);
  const leaveLo = new Float64Array(variants.length);
  const leaveFrom = new Int32Array(variants.length);
  for (let m = 1; m < horizon; m += 1) {
    nextHi.fill(Infinity);
    nextLo.fill(0);
    /** Relaxes `target` with the last `sum` result, reached from state `from`. */
    const relax = (target: number, from: number) => {
      if (below(outHi, outLo, nextHi[target]!, nextLo[target]!)) {
        nextHi[target] = outHi;
        nextLo[target] = outLo;
        parent[m * states + target] = from;
      }
    };
    leaveHi.fill(Infinity);
    leaveLo.fill(0);
    for (let s = 0; s < states; s += 1) {
      const hi = costHi[s]!;
      if (hi === Infinity) continue;
      const lo = costLo[s]!;
      const v = stateVariant[s]!;
      const age = stateAge[s]!;
      const variant = variants[v]!;
      const term = variant.commitMonths;
      const need = units[v * horizon + m]!;
      const run = runUsd[v * horizon + m]!;
      let owed = 0;
      if (term > 0 && age < term) {
        const held = units[v * horizon + m - age]!;
        owed = (term - age) * held * variant.usdPerUnitMonth;
        if (need <= held) {
          sum(hi, lo, run + (held - need) * variant.usdPerUnitMonth);
          relax(s + 1, s);
        } else {
          sum(hi, lo, run);
          relax(entryState(v), s);
        }
      } else {
        sum(hi, lo, run);
        relax(entryState(v), s);
      }
      sum(hi, lo, owed);
      if (below(outHi, outLo, leaveHi[v]!, leaveLo[v]!)) {
        leaveHi[v] = outHi;
        leaveLo[v] = outLo;
        leaveFrom[v] = s;
      }
    }
    for (const w of allowed) {
      const target = entryState(w);
      const run = runUsd[w * horizon + m]!;
      for (const v of allowed) {
        if (v === w || leaveHi[v] === Infinity) continue;
        const entry = variants[v]!.option === variants[w]!.option ? 0 : entryUsd[w]!;
        sum(leaveHi[v]!, leaveLo[v]!, entry);
        sum(outHi, outLo, run);
        relax(target, leaveFrom[v]!);
      }
    }
    [costHi, nextHi] = [nextHi, costHi];
    [costLo, nextLo] = [nextLo, costLo];
  }

  let best = 0;
  for (let s = 1; s < states; s += 1)
    if (below(costHi[s]!, costLo[s]!, costHi[best]!, costLo[best]!)) best = s;
  const sequence = new Array<number>(horizon);
  let s = best;
  for (let m = horizon - 1; m >= 0; m -= 1) {
    sequence[m] = stateVariant[s]!;
    s = parent[m * states + s]!;
  }
  return { sequence, totalUsd: costHi[best]! + costLo[best]! };
}
