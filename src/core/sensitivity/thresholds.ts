import { buildOption, contextOf } from '../cost/build-options';
import { findCrossings } from '../cost/break-even';
import { OPTION_IDS, type OptionId } from '../option-ids';
import type { NumberPath } from '../scenario/paths';
import type { Scenario } from '../scenario/schema';
import type { ApiModel } from '../cost/option-model';
import { decide, pinForAnalysis, type Decision } from './decide';
import { distanceOf } from './describe';
import { analysedInputs, variantProbe, withNumbers, type AnalysedInput } from './inputs';
import { THRESHOLD_TOLERANCE, toleranceAt, walkToChange, type Change } from './search';

/** Where the recommendation changes when one input alone moves from today's value. */
export type Threshold = {
  /** Scenario path of the input, e.g. "requirements.monthlyRequests". */
  input: NumberPath;
  label: string;
  /** Today's value, in the input's unit. */
  current: number;
  /** The nearest value below today's where the recommendation changes, and what it becomes (null: nothing is eligible). */
  lower: Change | null;
  /** The nearest value above today's where it changes. */
  upper: Change | null;
  /** 'exact': solved on the cost curves (then checked either side); 'search': bracketed search (tolerance below). */
  method: 'exact' | 'search';
  /** The values searched: the schema's range, unless a search stopped early (then no change was found up to here). */
  searched: { min: number; max: number };
};

export { THRESHOLD_TOLERANCE };

type Probe = { base: Scenario; api: ApiModel; today: Decision; currentIndex: number };

/** The size of a walking step's unit: 1 for shares and ratios (added to), else today's value (or 1 at 0). */
function scaleOf(input: AnalysedInput): number {
  return input.range.kind === 'offset' || input.current === 0 ? 1 : Math.abs(input.current);
}

function decider(probe: Probe, path: NumberPath): (x: number) => Decision {
  const variant = variantProbe(probe.base, [path]);
  return (x) => decide(variant.set([x]), probe.api);
}

/** True when the decision is `current` just inside `value` and not `current` just beyond it (direction ±1). */
function confirms(
  decideAt: (x: number) => Decision,
  value: number,
  direction: number,
  delta: number,
  current: OptionId | null,
  domain: { min: number; max: number },
): OptionId | null | undefined {
  const clamp = (x: number) => Math.min(domain.max, Math.max(domain.min, x));
  const inside = decideAt(clamp(value - direction * delta)).option;
  const beyond = decideAt(clamp(value + direction * delta)).option;
  return inside === current && beyond !== current ? beyond : undefined;
}

/**
 * Volume: every option's cost is a curve of monthly tokens (capacity steps included) that does not depend on
 * the request count otherwise, so the nearest change is the nearest crossing of today's option with any
 * eligible other: found exactly by the break-even search, for every capacity step.
 */
function volumeCrossing(probe: Probe, input: AnalysedInput, direction: number): number | null | undefined {
  const tokensPerRequest =
    probe.base.requirements.inputTokensPerRequest + probe.base.requirements.outputTokensPerRequest;
  if (!(tokensPerRequest > 0) || probe.currentIndex < 0) return undefined;
  const ctx = contextOf(probe.base);
  const mine = buildOption(probe.base, OPTION_IDS[probe.currentIndex]!, ctx).structure;
  const t0 = input.current * tokensPerRequest;
  const lo = direction > 0 ? t0 : Math.max(input.domain.min * tokensPerRequest, 1);
  const hi = direction > 0 ? input.domain.max * tokensPerRequest : t0;
  if (!(hi > lo)) return null;
  let nearest: number | null = null;
  for (let i = 0; i < OPTION_IDS.length; i += 1) {
    if (i === probe.currentIndex || !probe.today.eligible[i]) continue;
    const other = buildOption(probe.base, OPTION_IDS[i]!, ctx).structure;
    const search = findCrossings(mine, other, lo, hi);
    if (!search.complete) return undefined;
    for (const crossing of search.crossings) {
      const t = crossing.monthlyTokens;
      if ((t - t0) * direction <= 0) continue;
      if (nearest === null || Math.abs(t - t0) < Math.abs(nearest - t0)) nearest = t;
    }
  }
  return nearest === null ? null : nearest / tokensPerRequest;
}

/**
 * Prices, labour: every option's cost is affine in the input, so each option's line through two points gives
 * where it meets today's option; the nearest meeting in the direction is the change.
 */
function linearCrossing(probe: Probe, input: AnalysedInput, direction: number): number | null | undefined {
  if (probe.currentIndex < 0) return undefined;
  const x0 = input.current;
  const end = direction > 0 ? input.domain.max : input.domain.min;
  if ((end - x0) * direction <= 0) return null;
  const other = direction > 0 ? Math.min(end, x0 + Math.max(Math.abs(x0), 1)) : Math.max(end, x0 / 2);
  const at0 = probe.today;
  const at1 = decide(withNumbers(probe.base, [[input.path, other]]), probe.api);
  if (at0.eligible.some((e, i) => e !== at1.eligible[i])) return undefined;
  const r = probe.currentIndex;
  let nearest: number | null = null;
  for (let i = 0; i < OPTION_IDS.length; i += 1) {
    if (i === r || !at0.eligible[i]) continue;
    const gap0 = at0.costs[i]! - at0.costs[r]!;
    const gap1 = at1.costs[i]! - at1.costs[r]!;
    const slope = (gap1 - gap0) / (other - x0);
    // The gap closes in this direction when it shrinks towards 0 moving that way.
    if (!(slope * direction < 0)) continue;
    const root = x0 - gap0 / slope;
    if ((root - x0) * direction < 0 || (root - end) * direction > 0) continue;
    if (nearest === null || Math.abs(root - x0) < Math.abs(nearest - x0)) nearest = root;
  }
  return nearest;
}

/**
 * Whether every option's cost is monotone in the input, as `certified` assumes. One case the schema allows is
 * not: with PTU spillover, a cached input price above the uncached one makes the spilled tokens' rate rise with
 * the cache hit share while their number falls, so the PTU cost can rise and then fall.
 */
function monotoneIn(scenario: Scenario, path: NumberPath): boolean {
  if (path !== 'workload.cacheHitShare') return true;
  const api = scenario.options.serverless_api;
  return !(
    scenario.options.provisioned_throughput.spillover.enabled &&
    api.usdPerMTokCachedInput > api.usdPerMTokInput
  );
}

/**
 * The `count` nearest changes found so far (by `distanceOf`): a walk farther from today's value than the
 * count-th of them cannot add one of the `count` nearest, so it may stop there.
 */
type NearestSoFar = { add: (distance: number) => void; bound: () => number };

function nearestSoFar(count: number): NearestSoFar {
  const found: number[] = [];
  return {
    add(distance) {
      found.push(distance);
      found.sort((a, b) => a - b);
      if (found.length > count) found.length = count;
    },
    bound: () => (found.length < count ? Infinity : found[count - 1]!),
  };
}

function thresholdOf(probe: Probe, input: AnalysedInput, nearest?: NearestSoFar): Threshold {
  const decideAt = decider(probe, input.path);
  const scale = scaleOf(input);
  const tolerance = (value: number) => toleranceAt(value, input.current, input.range.kind === 'offset');
  const current = probe.today.option;
  let exactSides = 0;
  const searched = { min: input.domain.min, max: input.domain.max };
  const found = (change: Change | null) => {
    if (change) nearest?.add(distanceOf(input.path, change.value, input.current));
    return change;
  };
  // Distance from today's value grows along a walk, so once past the bound every later step is too.
  const stop = nearest
    ? (x: number) => distanceOf(input.path, x, input.current) > nearest.bound()
    : undefined;
  const side = (direction: number): Change | null => found(sideChange(direction));
  const sideChange = (direction: number): Change | null => {
    const end = direction > 0 ? input.domain.max : input.domain.min;
    if (input.response !== 'stepped') {
      const solved =
        input.response === 'volume'
          ? volumeCrossing(probe, input, direction)
          : linearCrossing(probe, input, direction);
      if (solved === null) {
        exactSides += 1;
        return null;
      }
      if (solved !== undefined) {
        const becomes = confirms(decideAt, solved, direction, tolerance(solved), current, input.domain);
        if (becomes !== undefined) {
          exactSides += 1;
          return { value: solved, becomes, tolerance: tolerance(solved) };
        }
      }
      // Otherwise the curves did not behave as solved: search instead, and say so.
    }
    const walk = walkToChange(decideAt, input.current, end, scale, probe.currentIndex, tolerance, {
      stopAt: stop,
      monotone: monotoneIn(probe.base, input.path),
    });
    if (!walk.change) {
      if (direction > 0) searched.max = walk.reached;
      else searched.min = walk.reached;
    }
    return walk.change;
  };
  const upper = side(1);
  const lower = side(-1);
  return {
    input: input.path,
    label: input.label,
    current: input.current,
    lower,
    upper,
    method: exactSides === 2 ? 'exact' : 'search',
    searched,
  };
}

/**
 * For each uncertain input present in the scenario, the nearest value in each direction (within the schema's
 * range) where the recommendation changes when that input alone moves, what it changes to, and how it was
 * found. Capacity steps can make the recommendation flip back and forth: only the nearest change each way is
 * reported. Volume and prices are solved exactly; other inputs by a bracketed search (THRESHOLD_TOLERANCE,
 * relative). The GPU plan and PTU sizing chosen today stay fixed (`pinForAnalysis`). Pure.
 */
export function thresholds(scenario: Scenario): Threshold[] {
  const probe = probeOf(scenario);
  return analysedInputs(probe.base).map((input) => thresholdOf(probe, input));
}

/**
 * The thresholds as `thresholds` finds them, except that a search stops once it is farther from today's value
 * (`distanceOf`) than the `count`-th nearest change found so far. The `count` nearest changes are therefore the
 * same as in `thresholds(scenario)`, and so is `thresholdSentence` of the list (it reads the two nearest):
 * a stopped walk has taken the same steps as the full one up to where it stopped, and any change nearer than
 * the bound lies in a step it took. Farther changes may be missing (`searched` says how far each search went).
 * For the recommendation card, which needs only its sentence: a fraction of the full search's pricing.
 */
export function nearestThresholds(scenario: Scenario, count = 2): Threshold[] {
  const probe = probeOf(scenario);
  const inputs = analysedInputs(probe.base);
  const nearest = nearestSoFar(count);
  const found: Threshold[] = new Array<Threshold>(inputs.length);
  // Inputs solved on the cost curves first: a few pricings each, and their changes set the bound early.
  const order = inputs
    .map((input, i) => ({ i, walked: input.response === 'stepped' ? 1 : 0 }))
    .sort((a, b) => a.walked - b.walked || a.i - b.i);
  for (const { i } of order) found[i] = thresholdOf(probe, inputs[i]!, nearest);
  return found;
}

function probeOf(scenario: Scenario): Probe {
  const base = pinForAnalysis(scenario);
  const api = contextOf(base).api;
  const today = decide(base, api);
  const currentIndex = today.option === null ? -1 : OPTION_IDS.indexOf(today.option);
  return { base, api, today, currentIndex };
}
