import { useDeferredValue } from 'react';
import { thresholds, thresholdSentence, type Scenario, type Threshold } from '../core';
import { usePlannerStore } from './planner-store';

const cache = new WeakMap<Scenario, Threshold[]>();

/** The thresholds of a scenario, computed once per scenario object (the store replaces it on every change). */
export function thresholdsOf(scenario: Scenario): Threshold[] {
  let found = cache.get(scenario);
  if (!found) {
    found = thresholds(scenario);
    cache.set(scenario, found);
  }
  return found;
}

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
 * card's first render (about 10 ms of threshold search), so the sentence never arrives later and pushes the card
 * and the chart down; after that it follows the deferred scenario, never a keystroke's task.
 */
export function useThresholdSentence(): string | null {
  const scenario = useDeferredValue(usePlannerStore((state) => state.scenario));
  return thresholdSentence(thresholdsOf(scenario), scenario);
}
