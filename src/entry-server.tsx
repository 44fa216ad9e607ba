import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';

/**
 * The first screen (the wizard on the default scenario) as HTML, written into dist/index.html at build time
 * (vite.config.ts), so the page paints before any JavaScript runs; main.tsx then hydrates it.
 * Kept because measured: `npm run perf` on a shared 2-core machine (medians of 9) put the first contentful paint
 * at 420 ms and the app interactive (html[data-ready]) at 997 ms; without this HTML the first paint would wait
 * for the app, i.e. ≈ 1 s, against the issue 15 goal of ≤ 0.35 × the peer's 736 ms (≈ 258 ms on its machine).
 */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
