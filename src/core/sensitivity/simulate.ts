import { contextOf } from '../cost/build-options';
import { OPTION_IDS, type OptionId } from '../option-ids';
import type { NumberPath } from '../scenario/paths';
import type { Scenario } from '../scenario/schema';
import { decide, pinForAnalysis } from './decide';
import { analysedInputs, rangesOf, variantProbe, type AnalysedInput, type InputRange } from './inputs';
import { logNormal, mulberry32, triangular, type Random } from './random';

/** Monthly cost percentiles of one option over the samples, USD per month. */
export type CostQuantiles = { p10: number; p50: number; p90: number };

export type SimulationResult = {
  /** Share of samples in which each option is the cheapest eligible one (sums to 1 − probabilityNone). */
  probabilityCheapest: Record<OptionId, number>;
  /** Share of samples in which every option was ruled out. */
  probabilityNone: number;
  /** Monthly cost percentiles per option over all samples (ruled out or not: the cost is still defined). */
  quantiles: Record<OptionId, CostQuantiles>;
  samples: number;
  seed: number;
  /** The inputs drawn at random, with their ranges. */
  varied: readonly InputRange[];
};

export type SimulateOptions = {
  samples: number;
  seed: number;
  /** Ranges and uncertainty flags; default: the scenario's (`rangesOf`). */
  ranges?: readonly InputRange[];
  /** The generator; default: mulberry32(seed). Passed in so the core never reads a global one. */
  random?: Random;
};

/** Linear-interpolated percentile of sorted values (type 7, as spreadsheets compute PERCENTILE.INC). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

type Draw = { path: NumberPath; draw: (random: Random) => number };

/**
 * How one input is drawn: log-normal (median today's value, low/high the 5th/95th percentiles) for volume,
 * triangular (low, today's value, high) for the rest; every draw is held within the schema's range and whole
 * where the schema wants a whole number (requests).
 */
function drawOf(input: AnalysedInput, range: InputRange): Draw {
  const clamp = (x: number) => Math.min(input.domain.max, Math.max(input.domain.min, x));
  const whole = input.path === 'requirements.monthlyRequests';
  const finish = (x: number) => (whole ? Math.round(clamp(x)) : clamp(x));
  const median = Math.min(range.high, Math.max(range.low, input.current));
  if (input.distribution === 'lognormal' && range.low > 0)
    return {
      path: input.path,
      draw: (random) => finish(logNormal(random(), random(), range.low, median, range.high)),
    };
  return { path: input.path, draw: (random) => finish(triangular(random(), range.low, median, range.high)) };
}

/**
 * Monte Carlo over the inputs marked uncertain: each sample draws every such input independently, prices every
 * option and applies the recommendation rule (exclusions and hard constraints included). Returns the
 * probability that each option is the cheapest eligible one and P10/P50/P90 of each option's monthly cost.
 * The generator is seeded (mulberry32) or passed in: the same seed gives the same numbers. With every range
 * collapsed to today's value, today's recommendation has probability 1. The GPU plan and PTU sizing chosen
 * today stay fixed (`pinForAnalysis`). Pure.
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimulationResult {
  const samples = Math.max(1, Math.floor(options.samples));
  const base = pinForAnalysis(scenario);
  const api = contextOf(base).api;
  const inputs = analysedInputs(base);
  const ranges = options.ranges ?? rangesOf(base, inputs);
  const varied = ranges.filter((range) => range.uncertain && inputs.some((i) => i.path === range.input));
  const draws = varied.map((range) =>
    drawOf(
      inputs.find((i) => i.path === range.input)!,
      range,
    ),
  );
  const random = options.random ?? mulberry32(options.seed);
  const n = OPTION_IDS.length;
  const costs = OPTION_IDS.map(() => new Float64Array(samples));
  const wins = new Float64Array(n);
  let none = 0;
  const probe = variantProbe(
    base,
    draws.map((d) => d.path),
  );
  const values = new Float64Array(draws.length);
  for (let s = 0; s < samples; s += 1) {
    for (let k = 0; k < draws.length; k += 1) values[k] = draws[k]!.draw(random);
    const decision = decide(probe.set(values), api);
    for (let i = 0; i < n; i += 1) costs[i]![s] = decision.costs[i]!;
    if (decision.option === null) none += 1;
    else wins[OPTION_IDS.indexOf(decision.option)]! += 1;
  }
  const probabilityCheapest = {} as Record<OptionId, number>; // filled for every id just below
  const quantiles = {} as Record<OptionId, CostQuantiles>; // likewise
  OPTION_IDS.forEach((id, i) => {
    probabilityCheapest[id] = wins[i]! / samples;
    const sorted = costs[i]!.sort();
    quantiles[id] = {
      p10: percentile(sorted, 0.1),
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
    };
  });
  return {
    probabilityCheapest,
    probabilityNone: none / samples,
    quantiles,
    samples,
    seed: options.seed,
    varied,
  };
}
