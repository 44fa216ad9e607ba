import { EN_NUMBERS, numberLocale, type NumberLocale } from './parse-number';

/**
 * The separators of the browser's language (navigator.language), for number fields. Until it is resolved the
 * fields read and write en-US, which is also what the prerendered page shows, so hydration matches. Resolving
 * builds an Intl formatter (ICU data: tens of milliseconds on a slow phone), so it waits for an idle moment after
 * start-up, or for the first focus on a number field, whichever comes first.
 */
let current: NumberLocale = EN_NUMBERS;
let resolved = false;
const listeners = new Set<() => void>();

export function browserNumberLocale(): NumberLocale {
  return current;
}

export function subscribeBrowserNumberLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves now (first focus on a number field) and returns the locale. */
export function resolveBrowserNumberLocale(): NumberLocale {
  if (resolved) return current;
  resolved = true;
  const next = typeof navigator === 'undefined' ? EN_NUMBERS : numberLocale(navigator.language || 'en-US');
  if (next !== current && (next.decimal !== current.decimal || next.group !== current.group || next.lakh)) {
    current = next;
    for (const listener of listeners) listener();
  }
  return current;
}

/** Resolves when the browser is idle; returns a cancel function (for an effect's clean-up). */
export function resolveBrowserNumberLocaleWhenIdle(): () => void {
  if (resolved || typeof window === 'undefined') return () => undefined;
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(() => resolveBrowserNumberLocale(), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => resolveBrowserNumberLocale(), 500);
  return () => clearTimeout(handle);
}

/** Forgets the resolved locale (tests change navigator.language between cases). */
export function resetBrowserNumberLocale(): void {
  resolved = false;
  current = EN_NUMBERS;
}
