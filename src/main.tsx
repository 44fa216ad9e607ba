import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { startUrlSync, urlHasScenario } from './state/url-sync';

// A share link is applied before the first render, so it opens straight onto its scenario without a flash of
// the default; a plain visit renders first and loads the link codec once the page has loaded.
if (urlHasScenario()) await startUrlSync();
else if (document.readyState === 'complete') void startUrlSync();
else window.addEventListener('load', () => void startUrlSync(), { once: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
