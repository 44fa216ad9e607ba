import type { OptionId } from '../option-ids';
import type { TokensPerMonth, UsdPerMonth } from '../units';
import { breakpointsIn, costAt, countBreakpoints, pieceAt, type CostStructure } from './cost-structure';

/** A volume where two options swap order. */
export type BreakEven = {
  a: OptionId;
  b: OptionId;
  /** Where the order changes, tokens per month. */
  monthlyTokens: TokensPerMonth;
  /** Cost where the lines meet; at a step jump, the cheaper option's cost just after it. USD per month. */
  monthlyCost: UsdPerMonth;
  /** 'cross': the lines meet; 'step': one option jumps past the other at a capacity step. */
  kind: 'cross' | 'step';
};

/** A volume range over which one option is cheapest. */
export type CheapestRange = { option: OptionId; fromTokens: TokensPerMonth; toTokens: TokensPerMonth };

export type Crossing = Omit<BreakEven, 'a' | 'b'>;

/** Differences within this relative tolerance count as a tie (float noise, not an order). */
const RELATIVE_TOLERANCE = 1e-9;
/** Intervals with at most this many breakpoints are walked piece by piece; larger ones are split. */
const LEAF_BREAKPOINTS = 48;
/** Stops a pathological sawtooth (two step functions of equal average slope) from flooding the result. */
export const MAX_CROSSINGS_PER_PAIR = 5000;

function signOf(difference: number, scale: number): -1 | 0 | 1 {
  if (Math.abs(difference) <= RELATIVE_TOLERANCE * Math.max(scale, 1e-9)) return 0;
  return difference > 0 ? 1 : -1;
}

/**
 * Every volume in [lo, hi] where the order of two cost curves changes, exactly (not sampled).
 *
 * Both curves are non-decreasing and piecewise linear, so the search splits [lo, hi] (geometrically) and skips
 * any interval where one curve's highest value is below the other's lowest: there the order cannot change.
 * What remains is walked piece by piece: on each piece both curves are linear, so a crossing inside it is the
 * root of their difference, and a sign change across a breakpoint is a crossing at a step jump.
 */
export function findCrossings(a: CostStructure, b: CostStructure, lo: number, hi: number): Crossing[] {
  const found: Crossing[] = [];
  let lastSign: -1 | 0 | 1 = 0;
  let zeroAt: { at: number; cost: number } | null = null;

  const observe = (sign: -1 | 0 | 1, at: number, cost: number) => {
    if (sign === 0) {
      zeroAt ??= { at, cost };
      return;
    }
    if (lastSign !== 0 && sign !== lastSign && found.length < MAX_CROSSINGS_PER_PAIR) {
      found.push(
        zeroAt
          ? { monthlyTokens: zeroAt.at, monthlyCost: zeroAt.cost, kind: 'cross' }
          : { monthlyTokens: at, monthlyCost: cost, kind: 'step' },
      );
    }
    lastSign = sign;
    zeroAt = null;
  };

  const walk = (p: number, q: number) => {
    const points = [...breakpointsIn(a, p, q), ...breakpointsIn(b, p, q)].sort((x, y) => x - y);
    const edges = [p, ...points, q];
    for (let i = 0; i + 1 < edges.length; i += 1) {
      const left = edges[i] as number;
      const right = edges[i + 1] as number;
      if (!(right > left)) continue;
      const mid = left + (right - left) / 2;
      const pa = pieceAt(a, mid);
      const pb = pieceAt(b, mid);
      const valueA = (t: number) => pa.intercept + pa.slope * t;
      const valueB = (t: number) => pb.intercept + pb.slope * t;
      const startA = valueA(left);
      const startB = valueB(left);
      observe(signOf(startA - startB, Math.max(startA, startB)), left, Math.min(startA, startB));
      const slopeDiff = pa.slope - pb.slope;
      if (slopeDiff !== 0) {
        const root = -(pa.intercept - pb.intercept) / slopeDiff;
        if (root > left && root < right) observe(0, root, valueA(root));
      }
      const endA = valueA(right);
      const endB = valueB(right);
      observe(signOf(endA - endB, Math.max(endA, endB)), right, Math.min(endA, endB));
    }
  };

  const visit = (p: number, q: number) => {
    if (found.length >= MAX_CROSSINGS_PER_PAIR) return;
    const aP = costAt(a, p);
    const aQ = costAt(a, q);
    const bP = costAt(b, p);
    const bQ = costAt(b, q);
    const margin = RELATIVE_TOLERANCE * Math.max(aQ, bQ, 1e-9);
    // Curves never fall, so A ≤ A(q) < B(p) ≤ B on the whole interval: the order is settled there.
    if (aQ < bP - margin) return observe(-1, p, aP);
    if (bQ < aP - margin) return observe(1, p, bP);
    const inside = countBreakpoints(a, p, q) + countBreakpoints(b, p, q);
    const mid = Math.sqrt(p * q);
    if (inside <= LEAF_BREAKPOINTS || !(mid > p && mid < q)) return walk(p, q);
    visit(p, mid);
    visit(mid, q);
  };

  const startA = costAt(a, lo);
  const startB = costAt(b, lo);
  observe(signOf(startA - startB, Math.max(startA, startB)), lo, Math.min(startA, startB));
  visit(lo, hi);
  return found;
}

/** Break-evens of every pair of options over [lo, hi], sorted by volume. */
export function findBreakEvens(
  options: readonly { id: OptionId; structure: CostStructure }[],
  lo: number,
  hi: number,
): BreakEven[] {
  const all: BreakEven[] = [];
  for (let i = 0; i < options.length; i += 1) {
    for (let j = i + 1; j < options.length; j += 1) {
      const first = options[i];
      const second = options[j];
      if (!first || !second) continue;
      for (const crossing of findCrossings(first.structure, second.structure, lo, hi)) {
        all.push({ a: first.id, b: second.id, ...crossing });
      }
    }
  }
  return all.sort((x, y) => x.monthlyTokens - y.monthlyTokens);
}

/** The option with the lowest cost at T; ties go to the earlier (simpler) option. */
export function cheapestAt(
  options: readonly { id: OptionId; structure: CostStructure }[],
  monthlyTokens: number,
): OptionId | null {
  let best: OptionId | null = null;
  let bestCost = Infinity;
  for (const option of options) {
    const cost = costAt(option.structure, monthlyTokens);
    if (cost < bestCost - RELATIVE_TOLERANCE * Math.max(cost, 1e-9)) {
      best = option.id;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Which option is cheapest over [lo, hi], as contiguous ranges with no gaps. The cheapest option can only
 * change where some pair changes order, so it is constant between consecutive break-evens and one probe per
 * stretch decides it.
 */
export function findCheapestRanges(
  options: readonly { id: OptionId; structure: CostStructure }[],
  breakEvens: readonly BreakEven[],
  lo: number,
  hi: number,
): CheapestRange[] {
  const cuts = [...new Set(breakEvens.map((be) => be.monthlyTokens).filter((t) => t > lo && t < hi))].sort(
    (x, y) => x - y,
  );
  const edges = [lo, ...cuts, hi];
  const ranges: CheapestRange[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const probe = from > 0 ? Math.sqrt(from * to) : (from + to) / 2;
    const option = cheapestAt(options, probe);
    if (!option) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.option === option) last.toTokens = to;
    else ranges.push({ option, fromTokens: from, toTokens: to });
  }
  return ranges;
}
