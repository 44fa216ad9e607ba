import type { OptionId } from '../option-ids';
import type { Decision } from './decide';

/**
 * Bracketed search for the first value, walking from today's value towards one end of the input's range, where
 * the recommendation changes. Stated tolerance: a reported value is within `toleranceAt` of the true change
 * (10^-6 of the larger of the value and today's value; of 1 for shares). Resolution: a change that reverts
 * within one MIN_STEP step (0.5% of the value) can be missed where that step is not certified (see
 * `certified`); longer steps are kept only when certified.
 */
export const THRESHOLD_TOLERANCE = 1e-6;

/** Absolute tolerance of a threshold at `value`, in the input's unit: 10^-6 × max(|value|, |today|, 1 for shares). */
export function toleranceAt(value: number, current: number, additive: boolean): number {
  return THRESHOLD_TOLERANCE * Math.max(Math.abs(value), Math.abs(current), additive ? 1 : 0, 1e-12);
}

/** Smallest walking step, relative to max(|x|, scale): 0.5%. */
export const MIN_STEP = 0.005;
/** The first step a walk tries, relative: like every step above MIN_STEP, kept only when certified (see `walkToChange`). */
const OPENING_STEP = 0.16;
/**
 * Largest walking step, relative. Steps double while certified, so a range of many decades (labour from $0
 * to $10^12) is crossed in a few dozen steps when nothing can change there.
 */
const MAX_STEP = 1e9;
/** Evaluations per direction before the search stops and says how far it got. */
export const MAX_EVALUATIONS = 400;

export type Change = {
  value: number;
  becomes: OptionId | null;
  /** How far the true change may be from `value`, in the input's unit (see `toleranceAt`). */
  tolerance: number;
};

/** Where a walk ended: the change found, or none up to `reached` (the range's end unless the budget ran out). */
export type WalkResult = { change: Change | null; reached: number; evaluations: number };

/**
 * True when no eligible option can overtake the current one anywhere between two values, judged from the two
 * ends and the middle. For each other eligible option, on either of two grounds:
 * - bounds: every option's cost is monotone in the input (prices, tokens, peak, throughput and shares are; the
 *   one exception the schema allows, the cache hit share under PTU spillover, passes `monotone` false), so
 *   on each half of [a, b] it lies between its values at that half's ends; if on both halves the current
 *   option's highest is below the other's lowest, the two cannot swap. (Halves, not the whole step: two costs
 *   that grow side by side stay apart on each half long after their ranges over the whole step overlap.)
 * - affine pieces: both costs at the middle are the means of their ends (no step or kink inside), so their
 *   difference is affine and keeps the sign it has at both ends.
 * Eligibility must be the same at both ends and the middle.
 */
function certified(a: Decision, mid: Decision, b: Decision, current: number, monotone = true): boolean {
  const n = a.costs.length;
  for (let i = 0; i < n; i += 1)
    if (a.eligible[i] !== b.eligible[i] || a.eligible[i] !== mid.eligible[i]) return false;
  if (current < 0) return a.option === null && b.option === null && mid.option === null;
  const affineAt = (i: number) => {
    const mean = (a.costs[i]! + b.costs[i]!) / 2;
    return Math.abs(mid.costs[i]! - mean) <= 1e-9 * Math.max(1, Math.abs(mean));
  };
  const currentAffine = affineAt(current);
  for (let i = 0; i < n; i += 1) {
    if (i === current || !a.eligible[i]) continue;
    // A tie keeps the simpler option (lower index): the current one holds it against a later option.
    const holds = (gap: number) => gap > 0 || (gap === 0 && i > current);
    if (monotone && apartOn(a, mid, i, current, holds) && apartOn(mid, b, i, current, holds)) continue;
    const gapA = a.costs[i]! - a.costs[current]!;
    const gapB = b.costs[i]! - b.costs[current]!;
    if (currentAffine && affineAt(i) && holds(gapA) && holds(gapB)) continue;
    return false;
  }
  return true;
}

/** Between two samples of monotone costs: option i's lowest stays above the current option's highest. */
function apartOn(
  from: Decision,
  to: Decision,
  i: number,
  current: number,
  holds: (gap: number) => boolean,
): boolean {
  const highest = Math.max(from.costs[current]!, to.costs[current]!);
  return holds(Math.min(from.costs[i]!, to.costs[i]!) - highest);
}

/**
 * Walks from `from` towards `end` (either direction). A step longer than MIN_STEP is kept only when it is
 * certified (nothing can change inside it) with today's option at its middle and end; otherwise the walk goes
 * back and takes a MIN_STEP step from where it was. Kept steps double, starting at OPENING_STEP. A MIN_STEP
 * step is kept even when it cannot be certified, and when the decision at its middle or end differs, it is
 * bisected down to the tolerance. `decideAt(x)` prices the scenario with the input at x; `currentIndex` is
 * today's option (−1 for none); `monotone` false drops the bounds ground of `certified`, which assumes every
 * cost is monotone in the input. `stopAt(x)`, checked before each step, ends the walk early (no change found
 * up to x); the steps taken until then are the same as without it.
 */
export function walkToChange(
  decideAt: (x: number) => Decision,
  from: number,
  end: number,
  scale: number,
  currentIndex: number,
  tolerance: (value: number) => number,
  { stopAt, monotone = true }: { stopAt?: (x: number) => boolean; monotone?: boolean } = {},
): WalkResult {
  const direction = end >= from ? 1 : -1;
  const today = decideAt(from);
  let evaluations = 1;
  let x = from;
  let at = today;
  let step = OPENING_STEP;
  const unit = (value: number) => Math.max(Math.abs(value), scale);
  while ((end - x) * direction > 0) {
    if (evaluations >= MAX_EVALUATIONS || stopAt?.(x)) return { change: null, reached: x, evaluations };
    const next = direction > 0 ? Math.min(end, x + step * unit(x)) : Math.max(end, x - step * unit(x));
    const there = decideAt(next);
    const middle = there.option === today.option ? decideAt((x + next) / 2) : null;
    evaluations += middle ? 2 : 1;
    const sure =
      middle !== null &&
      middle.option === today.option &&
      certified(at, middle, there, currentIndex, monotone);
    if (!sure && step > MIN_STEP) {
      // Something may happen inside this step: walk it again in the smallest steps.
      step = MIN_STEP;
      continue;
    }
    if (middle === null || middle.option !== today.option) {
      const differs = middle === null ? next : (x + next) / 2;
      const found = bisect(decideAt, x, differs, today.option, tolerance);
      return {
        change: found.change,
        reached: found.change.value,
        evaluations: evaluations + found.evaluations,
      };
    }
    step = sure ? Math.min(MAX_STEP, step * 2) : MIN_STEP;
    x = next;
    at = there;
  }
  return { change: null, reached: end, evaluations };
}

/** Bisects [same, differs] until it is narrower than the tolerance; the change is reported at the far side. */
function bisect(
  decideAt: (x: number) => Decision,
  same: number,
  differs: number,
  current: OptionId | null,
  tolerance: (value: number) => number,
): { change: Change; evaluations: number } {
  let inside = same;
  let outside = differs;
  let becomes = decideAt(outside).option;
  let evaluations = 1;
  // An eighth of the tolerance, so values one tolerance either side of the report are on known sides.
  while (Math.abs(outside - inside) > tolerance(outside) / 8 && evaluations < 200) {
    const mid = (inside + outside) / 2;
    if (mid === inside || mid === outside) break;
    const there = decideAt(mid);
    evaluations += 1;
    if (there.option === current) inside = mid;
    else {
      outside = mid;
      becomes = there.option;
    }
  }
  return { change: { value: outside, becomes, tolerance: tolerance(outside) }, evaluations };
}
