import { useCallback } from 'react';
import type { NumberPath, Scenario, ValueAt } from '../../core';
import { valueAt, type ScenarioPath } from '../../lib/scenario-path';
import { usePlannerStore } from '../../state/planner-store';

/** Binds a number at a scenario path to a field: its value and a commit that returns the rule it broke, if any. */
export function useScenarioNumber(path: NumberPath): {
  value: number;
  commit: (value: number) => string | null;
} {
  const value = usePlannerStore((state) => valueAt(state.scenario, path));
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const commit = useCallback(
    (next: number) => fieldChanged(path, next)[0]?.message ?? null,
    [fieldChanged, path],
  );
  // A nullable block's field (e.g. a GPU figure when the option is priced as a flat fee) has no number.
  return { value: typeof value === 'number' ? value : Number.NaN, commit };
}

/** Binds any value at a scenario path (enums, booleans), typed by the path. */
export function useScenarioValue<P extends ScenarioPath>(
  path: P,
): [ValueAt<Scenario, P>, (value: ValueAt<Scenario, P>) => void] {
  const value = usePlannerStore((state) => valueAt(state.scenario, path));
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const change = useCallback(
    (next: ValueAt<Scenario, P>) => void fieldChanged(path, next),
    [fieldChanged, path],
  );
  return [value, change];
}
