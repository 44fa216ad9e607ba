import type { OptionId } from '../option-ids';
import type { Decision } from './decide';

/**
 * Bracketed search for the first value, walking from today's value towards one end of the input's range, where
 * the recommendation changes. Stated tolerance: a reported value is within `toleranceAt` of the true change
 * (10^-6 of the larger of the value and today's value; of 1 for shares). Resolution: a change that reverts
 * within one walking step (at least MIN_STEP of the value) can be missed where the step is not certified (see
 * `certified`).
 */
export const THRESHOLD_TOLERANCE = 1e-6;

/** Absolute tolerance of a threshold at `value`, in the input's unit: 10^-6 × max(|value|, |today|, 1 for shares). */
export function toleranceAt(value: number, current: number, additive: boolean): number {
  return THRESHOLD_TOLERANCE * Math.max(Math.abs(value), Math.abs(current), additive ? 1 : 0, 1e-12);
}

/** Smallest walking step, relative to max(|x|, scale): 0.5%. */
export const MIN_STEP = 0.005;
/** The first step a walk tries, relative: kept only when certified (see `walkToChange`). */
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
 * - bounds: every option's cost is monotone in the input (prices, tokens, peak, throughput, shares all are), so
 *   on each half of [a, b] it lies between its values at that half's ends; if on both halves the current
 *   option's highest is below the other's lowest, the two cannot swap. (Halves, not the whole step: two costs
 *   that grow side by side stay apart on each half long after their ranges over the whole step overlap.)
 * - affine pieces: both costs at the middle are the means of their ends (no step or kink inside), so their
 *   difference is affine and keeps the sign it has at both ends.
 * Eligibility must be the same at both ends and the middle.
 */
function certified(a: Decision, mid: Decision, b: Decision, current: number): boolean {
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
    if (apartOn(a, mid, i, current, holds) && apartOn(mid, b, i, current, holds)) continue;
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
 * Walks from `from` towards `end` (either direction) with steps that double while certified and fall back to
 * MIN_STEP where not; when the decision at a step's end differs, bisects the step down to the tolerance.
 * `decideAt(x)` prices the scenario with the input at x; `currentIndex` is today's option (−1 for none).
 * `stopAt(x)`, checked before each step, ends the walk early (no change found up to x); the steps taken until
 * then are the same as without it.
 */
export function walkToChange(
  decideAt: (x: number) => Decision,
  from: number,
  end: number,
  scale: number,
  currentIndex: number,
  tolerance: (value: number) => number,
  stopAt?: (x: number) => boolean,
): WalkResult {
  const direction = end >= from ? 1 : -1;
  const today = decideAt(from);
  let evaluations = 1;
  let x = from;
  let at = today;
  // The first step tries OPENING_STEP: kept only when certified with no change seen (nothing can change inside
  // it), it saves the doublings from MIN_STEP; otherwise the walk starts again from `from` at MIN_STEP.
  let opening = true;
  let step = OPENING_STEP;
  const unit = (value: number) => Math.max(Math.abs(value), scale);
  const restart = () => {
    opening = false;
    step = MIN_STEP;
  };
  while ((end - x) * direction > 0) {
    if (evaluations >= MAX_EVALUATIONS || stopAt?.(x)) return { change: null, reached: x, evaluations };
    const next = direction > 0 ? Math.min(end, x + step * unit(x)) : Math.max(end, x - step * unit(x));
    const there = decideAt(next);
    evaluations += 1;
    if (there.option !== today.option) {
      if (opening) {
        restart();
        continue;
      }
      const found = bisect(decideAt, x, next, today.option, tolerance);
      return {
        change: found.change,
        reached: found.change.value,
        evaluations: evaluations + found.evaluations,
      };
    }
    const middle = decideAt((x + next) / 2);
    evaluations += 1;
    if (middle.option !== today.option) {
      if (opening) {
        restart();
        continue;
      }
      const found = bisect(decideAt, x, (x + next) / 2, today.option, tolerance);
      return {
        change: found.change,
        reached: found.change.value,
        evaluations: evaluations + found.evaluations,
      };
    }
    const sure = certified(at, middle, there, currentIndex);
    if (opening && !sure) {
      restart();
      continue;
    }
    opening = false;
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
