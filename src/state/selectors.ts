import { useDeferredValue } from 'react';
import { evaluateScenario, type Evaluation, type Scenario } from '../core';
import { buildChartRows, type ChartModel, type ChartRowOptions } from '../core';
import { usePlannerStore } from './planner-store';

const evaluations = new WeakMap<Scenario, Evaluation>();

/** The evaluation of a scenario, computed once per scenario object (the store replaces it on every change). */
export function evaluationOf(scenario: Scenario): Evaluation {
  let found = evaluations.get(scenario);
  if (!found) {
    found = evaluateScenario(scenario);
    evaluations.set(scenario, found);
  }
  return found;
}

/**
 * The scenario for views that need not follow a keystroke in the same frame (tables, the recommendation's text,
 * assumptions, the share link): after an edit they render first with the previous scenario (and bail out when
 * memoised), then with the new one in a background render React can interrupt, so the chart updates first.
 * The store's subscription itself is synchronous (useSyncExternalStore); the deferral is what moves the work.
 */
export function useDeferredScenario(): Scenario {
  return useDeferredValue(usePlannerStore((state) => state.scenario));
}

/** The current scenario's evaluation. */
export function useEvaluation(): Evaluation {
  return evaluationOf(usePlannerStore((state) => state.scenario));
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
