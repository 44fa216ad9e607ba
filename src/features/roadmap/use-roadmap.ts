import { useDeferredValue } from 'react';
import { analyseEvolution, type EvolutionAnalysis, type Scenario } from '../../core';
import { oncePerScenario } from '../../state/memo';
import { usePlannerStore } from '../../state/planner-store';

// Kept in this feature rather than state/selectors.ts: the roadmap's core code then stays in this lazy chunk
// instead of the first results chunk.
/** The roadmap of a scenario, computed once per scenario object. */
export const roadmapOf: (scenario: Scenario) => EvolutionAnalysis = oncePerScenario(analyseEvolution);

/**
 * The current scenario's roadmap. Deferred: while someone types in a field elsewhere, React renders the field
 * first and this below-the-fold panel when it has time.
 */
export function useRoadmap(): EvolutionAnalysis {
  return roadmapOf(useDeferredValue(usePlannerStore((state) => state.scenario)));
}
