import { useCallback } from 'react';
import { getAtPath, type ScenarioPath } from '../../lib/scenario-path';
import { usePlannerStore } from '../../state/planner-store';

/** Binds a number at a scenario path to a field: its value and a commit that returns the rule it broke, if any. */
export function useScenarioNumber(path: ScenarioPath): {
  value: number;
  commit: (value: number) => string | null;
} {
  const value = usePlannerStore((state) => getAtPath(state.scenario, path));
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const commit = useCallback(
    (next: number) => fieldChanged(path, next)[0]?.message ?? null,
    [fieldChanged, path],
  );
  return { value: typeof value === 'number' ? value : Number.NaN, commit };
}

/** Binds any value at a scenario path (enums, booleans). */
export function useScenarioValue<T>(path: ScenarioPath): [T, (value: T) => void] {
  const value = usePlannerStore((state) => getAtPath(state.scenario, path)) as T;
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const change = useCallback((next: T) => void fieldChanged(path, next), [fieldChanged, path]);
  return [value, change];
}
