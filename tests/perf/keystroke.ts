import type { Browser } from '@playwright/test';
import { waitUntil } from './wait';
import {
  ARM_CHART_OBSERVER,
  CHART_HOVER,
  COLLECT_KEY_SAMPLE,
  KEYSTROKE_PROBE,
  keySettled,
  type KeySample,
} from './probes';

/** The seed and Azure presets' monthly requests, typed without separators so that a digit appended stays valid. */
export const PLAIN_REQUESTS = '500000';

export const VIEWPORT = { width: 1366, height: 900 };

/** One measured key press, as intervals from the keydown's timestamp (ms). */
export type KeyTiming = {
  key: string;
  inputDelay: number;
  toMutation: number | null;
  toFrame: number | null;
  toPainted: number | null;
  toLastMutation: number | null;
  mutationCallbacks: number;
  eventTiming: number | null;
  appMeasure: number | null;
};

const since = (start: number, end: number | null) => (end === null ? null : end - start);

/**
 * Opens `url` (a link onto the results view), focuses "Monthly requests" and presses real keys: a digit at the
 * end, then Backspace, alternately (500000 → 5000001 → 500000, always valid). `warmup` presses are not
 * counted. Between presses it waits until the chart has painted and stayed quiet, so presses do not overlap
 * (nor overlap the debounced URL write, 250 ms after an edit).
 */
export async function measureKeystrokes(
  browser: Browser,
  url: string,
  presses: number,
  warmup = 2,
): Promise<KeyTiming[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(KEYSTROKE_PROBE);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.locator(CHART_HOVER).first().waitFor();
    // Let the idle prefetch (1 s after load) and the lazy extras finish before the first press.
    await page.waitForTimeout(1500);
    if (!(await page.evaluate(ARM_CHART_OBSERVER))) throw new Error('perf: chart not found');
    const field = page.getByLabel('Monthly requests');
    // Without grouping separators: "500,0001" is ambiguous in an English locale and the field refuses it
    // (src/lib/parse-number.ts), while "5000001" is a plain number.
    await field.fill(PLAIN_REQUESTS);
    await field.focus();
    await page.keyboard.press('End');
    const timings: KeyTiming[] = [];
    for (let i = 0; i < warmup + presses; i += 1) {
      const key = i % 2 === 0 ? '1' : 'Backspace';
      await page.keyboard.press(key);
      await waitUntil(page, keySettled(300), { pollMs: 50, timeoutMs: 10_000 });
      if ((await field.getAttribute('aria-invalid')) === 'true')
        throw new Error(`perf: "Monthly requests" became invalid (${await field.inputValue()})`);
      const sample = (await page.evaluate(COLLECT_KEY_SAMPLE)) as KeySample | null;
      if (!sample || sample.key !== key) throw new Error(`perf: no sample recorded for ${key}`);
      if (i < warmup) continue;
      timings.push({
        key,
        inputDelay: sample.dispatched - sample.down,
        toMutation: since(sample.down, sample.mutation),
        toFrame: since(sample.down, sample.frame),
        toPainted: since(sample.down, sample.painted),
        toLastMutation: since(sample.down, sample.lastMutation),
        mutationCallbacks: sample.mutationCallbacks,
        eventTiming: sample.eventTiming,
        appMeasure: sample.appMeasure,
      });
    }
    return timings;
  } finally {
    await context.close();
  }
}
