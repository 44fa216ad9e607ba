import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { startUrlSync, urlHasScenario } from './state/url-sync';

const root = document.getElementById('root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

if (root && urlHasScenario()) {
  // A share link is applied before rendering, so it opens straight onto its scenario; the prerendered default
  // (see entry-server.tsx) is replaced rather than hydrated.
  await startUrlSync();
  root.textContent = '';
  createRoot(root).render(app);
} else if (root) {
  // A plain visit hydrates the prerendered wizard and loads the link codec once the page has loaded.
  // In a transition, hydration yields to the browser every few milliseconds instead of one long task.
  if (root.hasChildNodes()) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
  if (document.readyState === 'complete') void startUrlSync();
  else window.addEventListener('load', () => void startUrlSync(), { once: true });
}
