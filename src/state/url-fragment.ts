/*
 * Reading the URL's fragment, apart from url-sync.ts (which writes it and needs the store, hence React), so a
 * share link's primer (src/app/link-prime.ts) can read the link before React has loaded. These two modules are
 * the only ones that touch the URL (eslint.config.js).
 */

/**
 * A fragment holding a scenario. index.html repeats this test in its inline script (before any module loads, to
 * hide the prerendered wizard); tests/state/url-sync.test.ts checks that the two stay the same.
 */
export const SCENARIO_FRAGMENT = /(^#|&)s=/;

/** The URL's fragment, with its '#' (empty when there is none). */
export function urlFragment(): string {
  return location.hash;
}

/** Whether the URL's fragment holds a scenario (cheap: no decoding). */
export function urlHasScenario(): boolean {
  return SCENARIO_FRAGMENT.test(urlFragment());
}
