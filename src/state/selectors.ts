import { useDeferredValue } from 'react';
import type { Evaluation, Scenario } from '../core';
import { evaluationOf } from './memo';
import { usePlannerStore } from './planner-store';

export { chartModelOf, evaluationOf } from './memo';

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
