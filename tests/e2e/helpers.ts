import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'artifacts/screenshots';
mkdirSync('artifacts/exports', { recursive: true });

/** Records every request that leaves the page's origin (there must be none). */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return; // data:, blob: stay local
    if (url.host !== `127.0.0.1:${process.env.E2E_PORT ?? 4173}`) foreign.push(request.url());
  });
  return foreign;
}

/** Saves a full-page screenshot under the git-ignored artifacts folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/**
 * Opens a page of the planner and waits until it is interactive: the first screen is prerendered HTML, so it is
 * visible before React has hydrated it, and a click in that moment would do nothing.
 */
export async function gotoApp(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/**
 * The main cost chart: its drawing (src/features/chart/static-plot.tsx) and, once Recharts has loaded, the hover
 * layer over it (the roadmap further down draws Recharts charts too).
 */
export function costChart(page: Page): Locator {
  return page.getByRole('region', { name: 'Cost chart' }).locator('.chart__canvas');
}

/** Waits until the cost chart is drawn and its hover layer (Recharts: tooltip, cursor, dots) is in place. */
export async function waitForChart(page: Page): Promise<void> {
  await costChart(page).locator('path.chart-line').first().waitFor();
  await costChart(page).locator('.chart__hover .recharts-wrapper').waitFor();
}

/** Opens the planner and goes straight to results with the default scenario. */
export async function openResults(page: Page): Promise<void> {
  await gotoApp(page);
  await page.getByRole('button', { name: 'See results' }).first().click();
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
  await waitForChart(page);
}

/**
 * A screenshot of a whole section: the viewport is made tall enough to hold it, because below-the-fold cards
 * skip painting (content-visibility) until they are on screen.
 */
export async function shootRegion(page: Page, region: Locator, name: string): Promise<void> {
  const box = await region.boundingBox();
  await page.setViewportSize({ width: 1366, height: Math.ceil((box?.height ?? 1500) + 200) });
  await region.scrollIntoViewIfNeeded();
  await region.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** Results of the default scenario, then the Azure list-price preset chosen in the Pricing step. */
export async function openAzureResults(page: Page): Promise<void> {
  await openResults(page);
  await page.getByRole('button', { name: 'Pricing' }).click();
  await page.getByLabel('Price preset').selectOption('azure');
}

/** Presses Tab (keyboard only) until `target` has focus, failing after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Presses an export button and saves the download under artifacts/exports/. */
export async function download(page: Page, button: string): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = `artifacts/exports/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { file, path };
}

/** Screen boxes of the text elements matching `selector` inside `root` (the chart or an exported SVG). */
export async function textBoxes(
  page: Page,
  selector: string,
): Promise<{ text: string; x: number; y: number; width: number; height: number }[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { text: element.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Pairs of boxes that overlap (by more than half a pixel). */
export function overlappingPairs(
  boxes: { text: string; x: number; y: number; width: number; height: number }[],
): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (
        a.x < b.x + b.width - 0.5 &&
        b.x < a.x + a.width - 0.5 &&
        a.y < b.y + b.height - 0.5 &&
        b.y < a.y + a.height - 0.5
      )
        pairs.push(`${a.text} × ${b.text}`);
    }
  return pairs;
}
