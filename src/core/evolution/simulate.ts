import type { PlanProblem } from './problem';

/**
 * The billing rules of a plan, in one place (the optimiser must agree with them; tests check it against a
 * brute-force search that only calls this):
 *
 * 1. Each month runs one variant (option × price term). Its running cost is the option's cost at that month's
 *    volume with capacity sized to it, plus any capacity held above that size.
 * 2. A term of C months (yearly PTU: 12; 1- and 3-year VM reservations: 12, 36) holds the capacity bought for
 *    C months, months j … j + C − 1. While it runs the capacity never shrinks: a lower volume still pays for it.
 * 3. Capacity grows within a term by exchanging the reservation for a larger one: when a month needs more units
 *    than are held, a reservation of exactly that month's need starts, with a new term of C months, and the old
 *    one ends without penalty (Azure's reservation exchange credits its remaining value). Capacity is bought at
 *    the need of the month it is bought in, never ahead of it.
 * 4. When a term ends and the plan stays on the variant, it renews at that month's need (it may shrink).
 * 5. Moving to another variant while a term runs leaves that reservation running: its units × price are still
 *    billed every month until the term ends. Months past the horizon are owed too and are added to the move's
 *    one-off cost. Capacity kept by a plan still on it at the horizon is not charged past the horizon: the
 *    workload is assumed to go on using it (every plan and static choice alike).
 * 6. Entering an option (the start included) costs `entryUsd`; changing only the term of the option in use
 *    costs nothing one-off.
 * 7. Terms of 0 months (hourly and monthly PTU, pay-as-you-go and spot VMs, per-token options) hold nothing:
 *    capacity follows the volume every month.
 */
export type SimulatedMonth = {
  variant: number;
  /** The variant in use, capacity held included, USD. */
  runUsd: number;
  /** Reservations still billed for variants the plan has left, USD. */
  owedUsd: number;
  /** Capacity units paid for on the variant in use. */
  unitsHeld: number;
};

export type SimulatedSwitch = {
  month: number;
  /** Variant left, or null at the start. */
  from: number | null;
  to: number;
  /** Entry cost of the target option (0 for a change of term only), USD. */
  entryUsd: number;
  /** Reservation left behind that is owed after the horizon, USD. */
  owedAfterHorizonUsd: number;
};

/** A reservation left running after the plan moved away from it. */
export type LeftReservation = {
  variant: number;
  units: number;
  /** First month still billed after the move (the move's month) and the term's end (exclusive). */
  fromMonth: number;
  untilMonth: number;
  usdPerMonth: number;
};

/** A (re)purchase of reserved capacity on the variant in use. */
export type CapacityEvent = {
  month: number;
  variant: number;
  kind: 'start' | 'resize' | 'renew';
  units: number;
};

export type Simulation = {
  months: SimulatedMonth[];
  switches: SimulatedSwitch[];
  events: CapacityEvent[];
  left: LeftReservation[];
  /** Σ (run + owed) + Σ (entry + owed after the horizon), USD. */
  total: number;
  /**
   * The reservation still in use at the horizon, for the months it runs past it: not in `total` (rule 5: the
   * workload goes on using it), but committed, so views state it. Null when nothing runs past the horizon.
   */
  committedAfterHorizon: { usd: number; untilMonth: number } | null;
};

/** Bills a plan given as one variant index per month, by the rules above. Pure; O(horizon + C × moves). */
export function simulatePlan(problem: PlanProblem, sequence: readonly number[]): Simulation {
  const { horizon, variants, runUsd, units, entryUsd } = problem;
  const months: SimulatedMonth[] = [];
  const owed = new Float64Array(horizon);
  const switches: SimulatedSwitch[] = [];
  const events: CapacityEvent[] = [];
  const left: LeftReservation[] = [];
  let current = -1;
  let termStart = -1;
  let held = 0;
  for (let m = 0; m < sequence.length && m < horizon; m += 1) {
    const v = sequence[m]!;
    const variant = variants[v]!;
    const need = units[v * horizon + m]!;
    const term = variant.commitMonths;
    if (v !== current) {
      let owedAfter = 0;
      if (current >= 0 && variants[current]!.commitMonths > 0) {
        const before = variants[current]!;
        const end = termStart + before.commitMonths;
        const usdPerMonth = held * before.usdPerUnitMonth;
        if (end > m && usdPerMonth > 0) {
          for (let k = m; k < Math.min(end, horizon); k += 1) owed[k] = owed[k]! + usdPerMonth;
          owedAfter = Math.max(0, end - horizon) * usdPerMonth;
          left.push({ variant: current, units: held, fromMonth: m, untilMonth: end, usdPerMonth });
        }
      }
      const sameOption = current >= 0 && variants[current]!.option === variant.option;
      switches.push({
        month: m,
        from: current >= 0 ? current : null,
        to: v,
        entryUsd: sameOption ? 0 : entryUsd[v]!,
        owedAfterHorizonUsd: owedAfter,
      });
      current = v;
      termStart = m;
      held = need;
      if (term > 0) events.push({ month: m, variant: v, kind: 'start', units: need });
    } else if (term > 0 && m >= termStart + term) {
      termStart = m;
      held = need;
      events.push({ month: m, variant: v, kind: 'renew', units: need });
    } else if (term > 0 && need > held) {
      termStart = m;
      held = need;
      events.push({ month: m, variant: v, kind: 'resize', units: need });
    } else if (term === 0) {
      held = need;
    }
    const run = runUsd[v * horizon + m]! + (held - need) * variant.usdPerUnitMonth;
    months.push({ variant: v, runUsd: run, owedUsd: 0, unitsHeld: held });
  }
  let total = 0;
  months.forEach((month, m) => {
    month.owedUsd = owed[m]!;
    total += month.runUsd + month.owedUsd;
  });
  for (const change of switches) total += change.entryUsd + change.owedAfterHorizonUsd;
  const term = current >= 0 ? variants[current]!.commitMonths : 0;
  const monthsAfter = term > 0 ? termStart + term - horizon : 0;
  const committedUsd = monthsAfter > 0 ? monthsAfter * held * variants[current]!.usdPerUnitMonth : 0;
  const committedAfterHorizon =
    committedUsd > 0 ? { usd: committedUsd, untilMonth: termStart + term - 1 } : null;
  return { months, switches, events, left, total, committedAfterHorizon };
}
