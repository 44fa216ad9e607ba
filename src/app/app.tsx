import { type ComponentType, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAfterFirstPaint } from '../components/ui/use-after-first-paint';
import { Wizard } from '../features/wizard/wizard';
import { usePlannerStore } from '../state/planner-store';
import { storedTheme, systemTheme, watchSystemTheme } from '../state/theme-preference';
import { Header } from './header';
import { prefetchNextChunks } from './prefetch';
import type { FocusTarget } from './results-page';

type ResultsProps = { focus: FocusTarget; onFocused: () => void };
type ResultsPageComponent = ComponentType<ResultsProps>;
/** The results view once its module has been evaluated, so it renders without suspending. */
let loadedResultsPage: ResultsPageComponent | null = null;

/**
 * Loads the results view's module (a lazy chunk with the chart; prefetched once the page is idle, see
 * prefetch.ts). A share link opening on results awaits it before the first render (boot.tsx).
 */
export async function preloadResultsPage(): Promise<ResultsPageComponent> {
  loadedResultsPage ??= (await import('./results-page')).default;
  return loadedResultsPage;
}

/**
 * The results view, rendered as soon as its module is loaded, with a plain loading line until then. Not
 * React.lazy with Suspense: React 19 keeps a Suspense fallback on screen for at least 300 ms once shown, which
 * alone cost a share link's chart and "See results" that long even with the chunk already downloaded.
 */
function ResultsSlot(props: ResultsProps) {
  const [Page, setPage] = useState<ResultsPageComponent | null>(() => loadedResultsPage);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Page) return;
    let mounted = true;
    preloadResultsPage().then(
      (loaded) => mounted && setPage(() => loaded),
      () => mounted && setFailed(true),
    );
    return () => {
      mounted = false;
    };
  }, [Page]);
  if (Page) return <Page {...props} />;
  if (failed)
    return (
      <p className="loading" role="alert">
        The results view could not be loaded (the app may have been updated since this page opened). Reload
        the page to try again: the address keeps your scenario.
      </p>
    );
  return <p className="loading">Loading results…</p>;
}

/** App shell: header, the wizard, and the lazily loaded results beside it once requested. */
export function App() {
  const view = usePlannerStore((state) => state.view);
  const theme = usePlannerStore((state) => state.theme);
  const resultsRequested = usePlannerStore((state) => state.resultsRequested);
  const notice = usePlannerStore((state) => state.notice);
  const noticeDismissed = usePlannerStore((state) => state.noticeDismissed);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const [wizardOpen, setWizardOpen] = useState(false);
  const clearFocus = useCallback(() => setFocus(null), []);
  // A share link opening on results draws its chart first and the requirements beside it once that has painted,
  // rather than rendering the wizard's fields in the same task. Measured 3 Dec 2026 (10 interleaved cold loads):
  // link → chart 832 → 738 ms median, p90 1,198 → 915 ms. The wizard's column has a fixed width: nothing moves.
  // On any other start the wizard is there from the first render, and nothing is re-rendered after the paint.
  const [openedOnResults] = useState(view === 'results');
  const wizardShown = useAfterFirstPaint(undefined, !openedOnResults);

  // The prerendered page is rendered light; CSS follows the system until html[data-theme] is set. Once hydrated,
  // the stored choice (or else the system's theme) applies; until the user picks one, system changes follow.
  const themeChanged = usePlannerStore((state) => state.themeChanged);
  const themeResolved = useRef(false);
  useEffect(() => {
    // Declared first so that on mount it runs before the resolution below and leaves the attribute alone.
    if (themeResolved.current) document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const initial = storedTheme() ?? systemTheme();
    document.documentElement.dataset.theme = initial;
    themeResolved.current = true;
    themeChanged(initial);
    return watchSystemTheme((next) => {
      if (storedTheme() === null) themeChanged(next);
    });
  }, [themeChanged]);

  useEffect(() => prefetchNextChunks(), []);

  // A share link's scenario is on screen: the "Opening the shared scenario" note (index.html) goes, in the same
  // frame as the first commit.
  useLayoutEffect(() => {
    document.documentElement.classList.remove('opening-link', 'opening-link-rendering');
    document.querySelector('.opening-link-note')?.remove();
  }, []);

  // The page is interactive from here (hydrated or rendered); browser tests wait for this before typing.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);

  // Entering results from the wizard moves focus to them.
  const [previousView, setPreviousView] = useState(view);
  if (previousView !== view) {
    setPreviousView(view);
    if (view === 'results' && focus === null) setFocus('results');
  }

  // The assumptions panel arrives up to a second after the request (its chunk loads after the chart has painted):
  // if the user presses a key or clicks meanwhile, they have moved on, and focus is not pulled away from them.
  useEffect(() => {
    if (focus !== 'assumptions') return;
    const cancel = () => setFocus(null);
    const options = { capture: true, once: true };
    document.addEventListener('keydown', cancel, options);
    document.addEventListener('pointerdown', cancel, options);
    return () => {
      document.removeEventListener('keydown', cancel, options);
      document.removeEventListener('pointerdown', cancel, options);
    };
  }, [focus]);

  const onEditAssumptions = () => {
    resultsRequested();
    setFocus('assumptions');
  };

  return (
    <div className={`app app--${view}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      {notice ? (
        <div className={`banner banner--${notice.tone}`} role="alert">
          <p>{notice.message}</p>
          <button type="button" className="button button--secondary" onClick={noticeDismissed}>
            Dismiss
          </button>
        </div>
      ) : null}
      <main id="main" className={wizardOpen ? 'layout layout--wizard-open' : 'layout'}>
        {view === 'results' ? (
          // On narrow screens the answer comes first and the requirements are one tap away.
          <button
            type="button"
            className="button button--secondary wizard-toggle"
            aria-expanded={wizardOpen}
            aria-controls="requirements"
            onClick={() => setWizardOpen(!wizardOpen)}
          >
            {wizardOpen ? 'Hide requirements' : 'Edit requirements'}
          </button>
        ) : null}
        <div className="layout__wizard" id="requirements">
          {wizardShown ? <Wizard onEditAssumptions={onEditAssumptions} compact={view === 'results'} /> : null}
        </div>
        {view === 'results' ? (
          <div className="layout__results">
            <ResultsSlot focus={focus} onFocused={clearFocus} />
          </div>
        ) : null}
      </main>
      <footer className="app-footer">
        <p>
          Runs entirely in your browser: no account, no tracking, no network calls. Prices carry their source
          and date; check them before you sign.
        </p>
      </footer>
    </div>
  );
}
