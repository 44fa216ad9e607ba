import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { usePlannerStore } from './state/planner-store';
import { onStorageProblem } from './state/saved-store';
import { startUrlSync } from './state/url-sync';

onStorageProblem((message) => usePlannerStore.getState().noticeShown({ tone: 'error', message }));
// Before the first render, so a share link opens straight onto its scenario without a flash of the default.
startUrlSync();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
