import { useCallback } from 'react';
import type { ScenarioPath } from '../../core';
import { getAtPath } from '../../lib/scenario-path';
import { usePlannerStore } from '../../state/planner-store';

/**
 * Binds a value of the scenario's evolution settings to a field: the value in force and a commit that goes
 * through the store's validation and returns the first rule broken (shown next to the field), or null.
 */
export function useEvolutionField<T>(path: Extract<ScenarioPath, `evolution.${string}`>): {
  value: T;
  commit: (value: T) => string | null;
} {
  // The store holds a validated scenario: the value at a schema path has the schema's type.
  const value = usePlannerStore((state) => getAtPath(state.scenario, path)) as T;
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const commit = useCallback((next: T) => fieldChanged(path, next)[0]?.message ?? null, [fieldChanged, path]);
  return { value, commit };
}
