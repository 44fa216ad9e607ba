import './app/app.css';
import { holdEarlyInput } from './app/early-input';
import { linkListedChunks } from './app/prefetch';

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

await afterNextPaint();

// Download every start-up chunk at once (the list is written at build time by vite.config.ts).
linkListedChunks('boot-chunks', 'modulepreload');

// Then evaluate them in three tasks rather than one long one, so a slow phone is never blocked for long:
// Not yet justified by a measured figure (issue 10). An A/B on 2 Dec 2026 (`npm run perf -- --only load
// --dist`, 9 runs each, twice, against this file reduced to `await import('./app/boot')`) was drowned by the
// shared machine's load (average 12–21 on 2 cores): html[data-ready] 1,989 / 2,143 ms staged against
// 1,537 / 1,941 ms plain; share link → chart 2,310 / 2,510 ms (seed) staged against 3,020 / 2,971 ms plain.
// Lighthouse mobile (the budget these tasks were for) scored 73–78 for both main and this branch at that load.
// Decide on a quiet machine: keep the staging only if Lighthouse mobile TBT or a perf figure needs it.
// React DOM (the largest module); the store with its schema and presets; the app, which hydrates the
// prerendered first screen.
await import('react-dom/client');
await nextTask();
await import('./state/planner-store');
await nextTask();
const { boot } = await import('./app/boot');
await boot();
