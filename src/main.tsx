import './app/app.css';
import { holdEarlyInput } from './app/early-input';
import { linkListedChunks } from './app/prefetch';
import { showStartUpFailure } from './app/start-up-failure';

// First, before any await: a click or keystroke on the prerendered page is held until the app is ready, then
// replayed (see early-input.ts).
holdEarlyInput(document.getElementById('root'));

/** Lets the browser paint and handle input before the next piece of start-up work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once the browser has painted a frame, so the prerendered first screen is on screen before any
 * start-up work begins. In a hidden tab no frame is painted, so start-up waits until the tab is shown.
 */
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// A share link (index.html marked it before the first paint) shows no wizard to paint first: fetch what its
// chart needs at once, the start-up chunks together with the link codec and the results view.
const openingLink = document.documentElement.classList.contains('opening-link');
// Its primer (link-prime.ts, free of React and the store) comes first: it reads the link and prices its scenario
// while React and the app download at low priority behind it. Measured 3 Dec 2026 against the build without a
// primer (Azure link → chart on screen, medians): on an emulated slow 4G connection (1.6 Mbit/s, 150 ms round
// trip) 1,755 → 1,629 ms over 8 interleaved loads, and with 4× CPU slowdown too 2,711 → 2,613 ms over 6; on
// localhost, where the main thread is busy from start to chart, no difference above the noise (30 loads: 784 vs
// 786 ms Azure, 717 vs 738 ms seed). A primer that fails to load costs nothing: the app does the same work itself.
const primerModule = openingLink ? import('./app/link-prime').catch(() => null) : null;
if (!openingLink) await afterNextPaint();

// Download every start-up chunk at once (the lists are written at build time by vite.config.ts).
linkListedChunks('boot-chunks', 'modulepreload', openingLink ? 'low' : undefined);
if (openingLink) linkListedChunks('link-chunks', 'modulepreload', 'low');
const primer = await primerModule;
if (primer) void primer.primeSharedLink().catch(() => undefined);

// Then evaluate them in three tasks rather than one long one, so a slow phone is never blocked for long:
// Measured on a quiet machine (2 Dec 2026, Lighthouse mobile, 2 × 5 runs of each build): staged scored medians
// 96 and 99 (total blocking time, median of the ten runs, ~175 ms); this file reduced to `await import('./app/boot')`
// scored 93 and 98 (~215 ms). The spread within one build (TBT 50–720 ms) is wider than the difference, so the
// staging stays as the slightly better of the two, not as a proven win.
// React DOM (the largest module); the store with its schema and presets; the app, which hydrates the
// prerendered first screen.
try {
  await import('react-dom/client');
  await nextTask();
  await import('./state/planner-store');
  await nextTask();
  const { boot } = await import('./app/boot');
  await boot();
} catch {
  // A start-up chunk did not load (offline, or a new deployment replaced it): say so rather than leave the
  // prerendered page unresponsive or a share link's "Opening…" note up forever.
  showStartUpFailure();
}
