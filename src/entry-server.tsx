import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';

/**
 * The first screen (the wizard on the default scenario) as HTML, written into dist/index.html at build time
 * (vite.config.ts), so the page paints before any JavaScript runs; main.tsx then hydrates it.
 */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
