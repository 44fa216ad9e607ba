import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { usePlannerStore } from '../state/planner-store';
import { startUrlSync, urlHasScenario } from '../state/url-sync';
import { App, preloadResultsPage } from './app';

/** Renders the planner into #root: hydrates the prerendered wizard, or renders a share link's scenario. */
export async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (urlHasScenario()) {
    // A share link is applied before rendering, so it opens straight onto its scenario; the prerendered default
    // (see entry-server.tsx) is replaced rather than hydrated.
    // The results view is loaded alongside and, on a link to results, awaited, so its chart renders in the first
    // commit rather than after a loading line (a link to the wizard does not wait for it). #root is shown
    // (index.html hid it) before that commit: the chart measures its width. If the results chunk fails here, the
    // results slot says so when it retries; if the link codec fails, the app opens on the default scenario with
    // a banner.
    const results = preloadResultsPage().catch(() => undefined);
    const synced = await startUrlSync().then(
      () => true,
      () => false,
    );
    if (usePlannerStore.getState().view === 'results') await results;
    if (!synced)
      usePlannerStore.getState().noticeShown({
        tone: 'error',
        message:
          'The shared scenario could not be opened: part of the planner did not load (you may be offline, or the app was updated). Reload the page to try again; the default scenario is shown meanwhile.',
      });
    root.textContent = '';
    document.documentElement.classList.replace('opening-link', 'opening-link-rendering');
    createRoot(root).render(app);
    return;
  }
  // A plain visit hydrates the prerendered wizard and starts URL sync once the page has loaded; the link codec
  // is imported at the first edit or Back/Forward (url-sync.ts).
  // In a transition, hydration yields to the browser every few milliseconds instead of one long task.
  if (root.hasChildNodes()) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
  if (document.readyState === 'complete') void startUrlSync();
  else window.addEventListener('load', () => void startUrlSync(), { once: true });
}
