import {
  buildChartRows,
  evaluateScenario,
  thresholds,
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

const evaluations = new WeakMap<Scenario, Evaluation>();

/** The evaluation of a scenario, computed once per scenario object. */
export function evaluationOf(scenario: Scenario): Evaluation {
  let found = evaluations.get(scenario);
  if (!found) {
    found = evaluateScenario(scenario);
    evaluations.set(scenario, found);
  }
  return found;
}

const chartModels = new WeakMap<Scenario, Map<string, ChartModel>>();

/** Chart rows for a scenario and axis choice, memoised like the evaluation. */
export function chartModelOf(scenario: Scenario, options: ChartRowOptions): ChartModel {
  let perScenario = chartModels.get(scenario);
  if (!perScenario) {
    perScenario = new Map();
    chartModels.set(scenario, perScenario);
  }
  const key = `${options.xScale}:${options.maxPoints ?? ''}:${options.extras ?? true}`;
  let found = perScenario.get(key);
  if (!found) {
    found = buildChartRows(scenario, evaluationOf(scenario), options);
    perScenario.set(key, found);
  }
  return found;
}

const thresholdLists = new WeakMap<Scenario, Threshold[]>();

/** The thresholds of a scenario (tens of milliseconds of pricing), computed once per scenario object. */
export function thresholdsOf(scenario: Scenario): Threshold[] {
  let found = thresholdLists.get(scenario);
  if (!found) {
    found = thresholds(scenario);
    thresholdLists.set(scenario, found);
  }
  return found;
}
