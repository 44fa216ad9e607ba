import { encodeScenarioLink } from '../lib/io/scenario-codec';
import type { PlannerState } from './planner-store';
import { baseUrl, viewOf } from './url-sync';

/** The full share URL for the current state, computed from the store (not read back from the address bar). */
export function shareUrlOf(state: PlannerState): string {
  return `${baseUrl()}#${encodeScenarioLink(state.scenario, viewOf(state))}`;
}
