import { useDeferredValue } from 'react';
import { analyseEvolution, type EvolutionAnalysis, type Scenario } from '../../core';
import { usePlannerStore } from '../../state/planner-store';

// Kept in this feature rather than state/selectors.ts: the roadmap's core code then stays in this lazy chunk
// instead of the first results chunk.
const analyses = new WeakMap<Scenario, EvolutionAnalysis>();

/** The roadmap of a scenario, computed once per scenario object (the store replaces it on every change). */
export function roadmapOf(scenario: Scenario): EvolutionAnalysis {
  let found = analyses.get(scenario);
  if (!found) {
    found = analyseEvolution(scenario);
    analyses.set(scenario, found);
  }
  return found;
}

/**
 * The current scenario's roadmap. Deferred: while someone types in a field elsewhere, React renders the field
 * first and this below-the-fold panel when it has time.
 */
export function useRoadmap(): EvolutionAnalysis {
  return roadmapOf(useDeferredValue(usePlannerStore((state) => state.scenario)));
}
