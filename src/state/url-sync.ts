import { decodeScenarioLink, encodeScenarioLink, type LinkView } from '../lib/io/scenario-codec';
import { describeLinkError } from '../lib/io/link-messages';
import { usePlannerStore, type PlannerState } from './planner-store';

/**
 * The one module that touches the URL. The scenario and view live in the fragment (`#s=…`), which never
 * reaches a server log. Edits replace the current history entry (debounced); moving between the wizard and
 * the results pushes one, so Back returns to where the user was. Back/Forward reload what the URL says.
 */
const WRITE_DELAY_MS = 250;

function viewOf(state: PlannerState): LinkView {
  return {
    view: state.view,
    xScale: state.chart.xScale,
    yScale: state.chart.yScale,
    hidden: state.chart.hidden,
  };
}

/** The full share URL for the current state (computed, not read back from the address bar). */
export function shareUrlOf(state: PlannerState): string {
  return `${location.origin}${location.pathname}#${encodeScenarioLink(state.scenario, viewOf(state))}`;
}

/** Applies what the URL's fragment says: a scenario, a banner for a bad link, or nothing. */
export function applyLocation(): void {
  const decoded = decodeScenarioLink(location.hash);
  if (decoded === null) return;
  const store = usePlannerStore.getState();
  if (decoded.ok) {
    store.scenarioLoaded(decoded.scenario, decoded.view);
    return;
  }
  store.noticeShown({
    tone: 'error',
    message: `${describeLinkError(decoded.error)} Showing the default scenario instead; your saved scenarios are untouched.`,
  });
}

/** Reads the link once, then keeps the URL in step with the store. Returns a function that stops syncing. */
export function startUrlSync(): () => void {
  applyLocation();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastView = usePlannerStore.getState().view;
  let pendingPush = false;
  const write = () => {
    timer = undefined;
    const state = usePlannerStore.getState();
    const fragment = `#${encodeScenarioLink(state.scenario, viewOf(state))}`;
    if (location.hash === fragment) return;
    if (pendingPush) history.pushState(null, '', fragment);
    else history.replaceState(null, '', fragment);
    pendingPush = false;
  };
  const unsubscribe = usePlannerStore.subscribe((state, previous) => {
    if (
      state.scenario === previous.scenario &&
      state.view === previous.view &&
      state.chart === previous.chart
    )
      return;
    if (state.view !== lastView) {
      pendingPush = true;
      lastView = state.view;
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  const onPop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pendingPush = false;
    if (decodeScenarioLink(location.hash) === null) {
      usePlannerStore.getState().linkCleared();
    } else {
      applyLocation();
    }
    lastView = usePlannerStore.getState().view;
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    if (timer !== undefined) clearTimeout(timer);
  };
}
