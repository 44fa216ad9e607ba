import { contextOf } from '../cost/build-options';
import { OPTION_IDS, type OptionId } from '../option-ids';
import type { NumberPath } from '../scenario/paths';
import type { Scenario } from '../scenario/schema';
import { decide, eligibleByCost, pinForAnalysis } from './decide';
import { analysedInputs, rangesOf, withNumbers, type InputRange } from './inputs';

/** One bar of the tornado: the runner-up's cost minus the recommended option's, at the input's low and high. */
export type TornadoBar = {
  input: NumberPath;
  label: string;
  low: number;
  high: number;
  /** Runner-up minus recommended monthly cost with the input at its low value, USD per month (< 0: the runner-up is cheaper). */
  deltaAtLow: number;
  /** The same at the high value. */
  deltaAtHigh: number;
  /** True when the recommendation at low or high is not today's. */
  flips: boolean;
  /** What the recommendation is at the low and high values. */
  atLow: OptionId | null;
  atHigh: OptionId | null;
};

/** The options a tornado compares: today's recommendation and its runner-up, or null without two eligible options. */
export type TornadoPair = { recommended: OptionId; runnerUp: OptionId };

/**
 * The runner-up as the recommendation names it: the next eligible option, except that when the API wins, its
 * private-endpoint twin (the same API plus a network path) is skipped for the next genuinely different option.
 */
export function runnerUpOf(eligibleByCost: readonly OptionId[]): TornadoPair | null {
  const [recommended, ...rest] = eligibleByCost;
  if (!recommended) return null;
  const twin = recommended === 'serverless_api';
  const runnerUp = rest.find((id) => !(twin && id === 'private_endpoints')) ?? rest[0];
  return runnerUp ? { recommended, runnerUp } : null;
}

/**
 * For each input with a range (`rangesOf(scenario)` unless given): how the gap between the runner-up and the
 * recommended option moves between the input's low and high values (the others at today's values), and
 * whether the recommendation changes at either end. Sorted by swing |deltaAtHigh − deltaAtLow|, largest first.
 * Empty when fewer than two options are eligible today. The GPU plan and PTU sizing chosen today stay fixed.
 */
export function tornado(scenario: Scenario, ranges?: readonly InputRange[]): TornadoBar[] {
  const base = pinForAnalysis(scenario);
  const api = contextOf(base).api;
  const today = decide(base, api);
  const pair = runnerUpOf(eligibleByCost(today));
  if (!pair) return [];
  const r = OPTION_IDS.indexOf(pair.recommended);
  const u = OPTION_IDS.indexOf(pair.runnerUp);
  const inputs = analysedInputs(base);
  const bars: TornadoBar[] = [];
  for (const range of ranges ?? rangesOf(base, inputs)) {
    const input = inputs.find((entry) => entry.path === range.input);
    if (!input) continue;
    const atLow = decide(withNumbers(base, [[input.path, range.low]]), api);
    const atHigh = decide(withNumbers(base, [[input.path, range.high]]), api);
    bars.push({
      input: input.path,
      label: input.label,
      low: range.low,
      high: range.high,
      deltaAtLow: atLow.costs[u]! - atLow.costs[r]!,
      deltaAtHigh: atHigh.costs[u]! - atHigh.costs[r]!,
      flips: atLow.option !== today.option || atHigh.option !== today.option,
      atLow: atLow.option,
      atHigh: atHigh.option,
    });
  }
  return bars.sort((a, b) => Math.abs(b.deltaAtHigh - b.deltaAtLow) - Math.abs(a.deltaAtHigh - a.deltaAtLow));
}

/** The pair a tornado compares for this scenario (for its title), or null. */
export function tornadoPair(scenario: Scenario): TornadoPair | null {
  const base = pinForAnalysis(scenario);
  const today = decide(base, contextOf(base).api);
  return runnerUpOf(eligibleByCost(today));
}
