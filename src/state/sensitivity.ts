import { useDeferredValue } from 'react';
import type { Scenario } from '../core';
import { holdsSentenceOf, thresholdsOf } from './memo';
import { usePlannerStore } from './planner-store';

export { thresholdsOf };

/**
 * The scenario the sensitivity views work on: deferred, so a keystroke renders its field first and the
 * thresholds (tens of milliseconds of pricing) come in a later, interruptible render. Null until the first
 * deferred render, so even opening the results never waits for them.
 */
export function useDeferredScenario(): Scenario | null {
  return useDeferredValue<Scenario | null>(
    usePlannerStore((state) => state.scenario),
    null,
  );
}

/**
 * "Holds while volume stays between …": the recommendation card's threshold sentence, or null. Computed in the
 * card's first render (a search bounded by the two nearest changes, `holdsSentenceOf`), so the sentence never
 * arrives later and pushes the card and the chart down; after that it follows the deferred scenario, never a
 * keystroke's task.
 */
export function useThresholdSentence(): string | null {
  const scenario = useDeferredValue(usePlannerStore((state) => state.scenario));
  return holdsSentenceOf(scenario);
}
