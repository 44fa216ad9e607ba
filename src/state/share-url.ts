import { useMemo } from 'react';
import { encodeScenarioLink } from '../lib/io/scenario-codec';
import { usePlannerStore, type PlannerState } from './planner-store';
import { useDeferredScenario } from './selectors';
import { baseUrl, viewOf } from './url-sync';

/** The full share URL for the current state, computed from the store (not read back from the address bar). */
export function shareUrlOf(state: PlannerState): string {
  return `${baseUrl()}#${encodeScenarioLink(state.scenario, viewOf(state))}`;
}

/**
 * The share URL as a hook, from the deferred scenario: encoding (deflate included) runs in the background
 * render after an edit, not in the keystroke's own task. Copying gets the current URL from `shareUrlOf`.
 */
export function useShareUrl(): string {
  const scenario = useDeferredScenario();
  const view = usePlannerStore((state) => state.view);
  const chart = usePlannerStore((state) => state.chart);
  return useMemo(
    () => `${baseUrl()}#${encodeScenarioLink(scenario, viewOf({ view, chart }))}`,
    [scenario, view, chart],
  );
}
