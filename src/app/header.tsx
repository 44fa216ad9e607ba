import { PRESET_LABELS } from '../core';
import { usePlannerStore } from '../state/planner-store';
import { storeTheme } from '../state/theme-preference';

/** Product header: name, what the page does, the preset in use and the theme switch. */
export function Header() {
  const theme = usePlannerStore((state) => state.theme);
  const themeChanged = usePlannerStore((state) => state.themeChanged);
  const preset = usePlannerStore((state) => state.scenario.preset);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--brand)" />
          <path
            d="M6 24 L13 15 L18 19 L26 8"
            fill="none"
            stroke="#fff"
            strokeWidth="3"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <circle cx="18" cy="19" r="2.6" fill="#F0C35A" />
        </svg>
        <div>
          <h1>AI Cost Planner</h1>
          <p className="app-header__tagline">
            Five ways to run an LLM workload, priced at your volume, with the break-even points.
          </p>
        </div>
      </div>
      <div className="app-header__actions">
        <span className="pill" title="Price preset in use">
          {PRESET_LABELS[preset]}
        </span>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            const next = theme === 'dark' ? 'light' : 'dark';
            storeTheme(next);
            themeChanged(next);
          }}
        >
          {theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        </button>
      </div>
    </header>
  );
}
