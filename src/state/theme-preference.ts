import type { Theme } from './planner-store';

/**
 * The theme the user picked, kept in this browser; without one the page follows the system setting (CSS
 * `color-scheme: light dark`, so even the prerendered page before any script). Storage failures are ignored:
 * the theme then simply follows the system again next time.
 */
export const THEME_KEY = 'ai-cost-planner:theme';

/** The stored choice, or null when the user never picked one (or storage is unavailable). */
export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not kept across reloads; the choice still applies to this page.
  }
}

const darkQuery = () =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** The system's theme right now. */
export function systemTheme(): Theme {
  return darkQuery()?.matches ? 'dark' : 'light';
}

/** Calls back when the system theme changes; returns a function that stops listening. */
export function watchSystemTheme(onChange: (theme: Theme) => void): () => void {
  const query = darkQuery();
  if (!query) return () => undefined;
  const listener = () => onChange(query.matches ? 'dark' : 'light');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
