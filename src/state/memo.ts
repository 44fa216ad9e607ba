import {
  buildChartRows,
  evaluateScenario,
  nearestThresholds,
  thresholds,
  thresholdSentence,
  type ChartModel,
  type ChartRowOptions,
  type Evaluation,
  type Scenario,
  type Threshold,
} from '../core';

/*
 * What the views compute from a scenario, once per scenario object (the store replaces the object on every
 * change, so a WeakMap keyed by it never serves a stale result). Free of React and the store, so a share link's
 * start-up can fill these caches while React is still downloading (src/app/link-prime.ts) and the first render
 * finds them done.
 */

/**
 * `compute`, run once per scenario object: the store replaces the object on every change, so a WeakMap keyed by
 * it never serves a stale result. The result is kept whatever it is (null included).
 */
export function oncePerScenario<T>(compute: (scenario: Scenario) => T): (scenario: Scenario) => T {
  const results = new WeakMap<Scenario, { value: T }>();
  return (scenario) => {
    const found = results.get(scenario);
    if (found) return found.value;
    const value = compute(scenario);
    results.set(scenario, { value });
    return value;
  };
}

/** The evaluation of a scenario, computed once per scenario object. */
export const evaluationOf: (scenario: Scenario) => Evaluation = oncePerScenario(evaluateScenario);

/** Chart models of one scenario, by axis choice. */
const chartModelsOf = oncePerScenario(() => new Map<string, ChartModel>());

/** Chart rows for a scenario and axis choice, memoised like the evaluation. */
export function chartModelOf(scenario: Scenario, options: ChartRowOptions): ChartModel {
  const perScenario = chartModelsOf(scenario);
  const key = `${options.xScale}:${options.maxPoints ?? ''}:${options.extras ?? true}`;
  let found = perScenario.get(key);
  if (!found) {
    found = buildChartRows(scenario, evaluationOf(scenario), options);
    perScenario.set(key, found);
  }
  return found;
}

/** The thresholds of a scenario (tens of milliseconds of pricing), computed once per scenario object. */
export const thresholdsOf: (scenario: Scenario) => Threshold[] = oncePerScenario(thresholds);

/**
 * The recommendation card's "Holds while …" sentence (null when nothing changes the decision), once per
 * scenario object. From `nearestThresholds`, whose searches stop beyond the second nearest change: the same
 * sentence as from the full thresholds for about a quarter of the pricing (Azure preset: 102 instead of 394 pricings,
 * 3 Dec 2026), which matters on a share link, where the card waits for it.
 */
export const holdsSentenceOf: (scenario: Scenario) => string | null = oncePerScenario((scenario) =>
  thresholdSentence(nearestThresholds(scenario), scenario),
);
