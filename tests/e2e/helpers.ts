import { expect, type Locator, type Page } from '@playwright/test';
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

/** Opens the planner and goes straight to results with the default scenario. */
export async function openResults(page: Page): Promise<void> {
  await gotoApp(page);
  await page.getByRole('button', { name: 'See results' }).first().click();
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
  await page.locator('.recharts-wrapper .recharts-line').first().waitFor();
}

/** Presses Tab (keyboard only) until `target` has focus, failing after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
