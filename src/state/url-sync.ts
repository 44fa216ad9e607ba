import type * as ScenarioCodec from '../lib/io/scenario-codec';
import type { LinkView } from '../lib/io/scenario-codec';
import { describeReadError } from '../core';
import { initialInputs, usePlannerStore, type Notice, type PlannerState } from './planner-store';
import { urlHasScenario } from './url-fragment';

export { SCENARIO_FRAGMENT, urlHasScenario } from './url-fragment';

/**
 * The one module that touches the URL. The scenario and view live in the fragment (`#s=…`), which never
 * reaches a server log. Edits replace the current history entry (debounced); moving between the wizard and
 * the results pushes one, so Back returns to where the user was. Back/Forward reload what the URL says.
 * The link codec (with deflate) is imported on demand, so a plain visit's first screen does not carry it.
 */
const WRITE_DELAY_MS = 250;

type Codec = typeof ScenarioCodec;
let codecModule: Promise<Codec> | null = null;
/** The codec, imported once: on a plain visit only when the URL first needs writing or reading. */
const loadCodec = (): Promise<Codec> => (codecModule ??= import('../lib/io/scenario-codec'));

export function viewOf(state: Pick<PlannerState, 'view' | 'chart'>): LinkView {
  return {
    view: state.view,
    xScale: state.chart.xScale,
    yScale: state.chart.yScale,
    hidden: state.chart.hidden,
  };
}

/** The page's address without its fragment: the base of every share link. */
export function baseUrl(): string {
  return `${location.origin}${location.pathname}`;
}

/** The banner the last unreadable link raised, so a readable one (Back, or another link) can take it down. */
let linkNotice: Notice | null = null;

/** Takes down the banner an unreadable link raised, if it is still the one shown. */
function clearLinkNotice(): void {
  const store = usePlannerStore.getState();
  if (linkNotice !== null && store.notice === linkNotice) store.noticeDismissed();
  linkNotice = null;
}

/**
 * Applies the fragment's scenario. An unreadable link at start-up leaves the default scenario on screen; in an
 * open tab (a link pasted into the address bar, or Back/Forward) the scenario already there stays.
 */
function applyLocation(codec: Codec, when: 'start-up' | 'open tab'): void {
  const decoded = codec.decodeScenarioLink(location.hash);
  const store = usePlannerStore.getState();
  if (decoded === null) return;
  if (decoded.ok) {
    store.scenarioLoaded(decoded.scenario, decoded.view);
    clearLinkNotice();
    return;
  }
  const kept =
    when === 'start-up' ? 'Showing the default scenario instead' : 'The scenario on screen is unchanged';
  linkNotice = {
    tone: 'error',
    message: `${describeReadError(decoded.error)} ${kept}; your saved scenarios are untouched.`,
  };
  store.noticeShown(linkNotice);
}

/**
 * Reads the link (if any), then keeps the URL in step with the store. Resolves, once the link is applied, to a
 * function that stops syncing.
 */
export async function startUrlSync(): Promise<() => void> {
  // A link is read before anything else. A plain visit does not load the codec (deflate's tables take ~17 ms of
  // main thread on a 2-core VM, ~70 ms at Lighthouse's 4× slowdown) until an edit or Back/Forward needs it.
  let codec: Codec | null = null;
  if (urlHasScenario()) {
    codec = await loadCodec();
    applyLocation(codec, 'start-up');
  }
  const withCodec = (run: (loaded: Codec) => void) => {
    if (codec) run(codec);
    else
      void loadCodec().then((loaded) => {
        codec = loaded;
        run(loaded);
      });
  };
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastView = usePlannerStore.getState().view;
  let pendingPush = false;
  const writeWith = (loaded: Codec) => {
    if (stopped) return;
    const state = usePlannerStore.getState();
    const fragment = `#${loaded.encodeScenarioLink(state.scenario, viewOf(state))}`;
    if (location.hash === fragment) return;
    if (pendingPush) history.pushState(null, '', fragment);
    else history.replaceState(null, '', fragment);
    pendingPush = false;
  };
  const write = () => {
    timer = undefined;
    withCodec(writeWith);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  };
  // A pending write goes out at once when the user leaves the field (Tab, a click elsewhere) or the page's
  // focus goes to the browser (its Back button) or the page is hidden: pressed within the delay, Back would
  // otherwise leave the entry without the edit and Forward bring back the old scenario (found by review).
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  };
  document.addEventListener('focusout', flush, true);
  window.addEventListener('blur', flush);
  window.addEventListener('pagehide', flush);
  // True while Back/Forward applies a history entry: that change is the history's own, so it must not be
  // written back as a new entry (which would drop every Forward entry).
  let applyingHistory = false;
  const unsubscribe = usePlannerStore.subscribe((state, previous) => {
    if (applyingHistory) {
      lastView = state.view;
      return;
    }
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
    schedule();
  });
  // On a plain visit this module loads after the first render: an edit made meanwhile still reaches the URL.
  const pristine = initialInputs();
  const now = usePlannerStore.getState();
  if (
    !urlHasScenario() &&
    (JSON.stringify(now.scenario) !== JSON.stringify(pristine.scenario) || now.view !== pristine.view)
  )
    schedule();
  const onPop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pendingPush = false;
    withCodec((loaded) => {
      if (stopped) return;
      applyingHistory = true;
      try {
        if (loaded.decodeScenarioLink(location.hash) === null) {
          usePlannerStore.getState().linkCleared();
          // The damaged link's banner goes with it (found by review: it stayed up over the plain address).
          clearLinkNotice();
        } else applyLocation(loaded, 'open tab');
      } finally {
        applyingHistory = false;
      }
      lastView = usePlannerStore.getState().view;
    });
  };
  window.addEventListener('popstate', onPop);
  return () => {
    stopped = true;
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    document.removeEventListener('focusout', flush, true);
    window.removeEventListener('blur', flush);
    window.removeEventListener('pagehide', flush);
    if (timer !== undefined) clearTimeout(timer);
  };
}
