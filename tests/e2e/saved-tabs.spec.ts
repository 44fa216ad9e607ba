import { expect, test, type Page } from '@playwright/test';
import { openResults } from './helpers';

const KEY = 'ai-cost-planner:saved-scenarios';

async function save(page: Page, name: string): Promise<void> {
  await page.getByRole('region', { name: 'Saved scenarios' }).getByLabel('Scenario name').fill(name);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toBeVisible();
}

const listed = (page: Page) => page.locator('.saved-item strong');

// Two pages of one context share localStorage, like two tabs (two contexts would not).
test('two tabs saving at once keep both scenarios, and both tabs list both', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  // Registered before the app's own listener, so it can keep tab B from hearing tab A's write: the worst case
  // of two tabs saving at once, each before hearing of the other.
  await tabB.addInitScript(() =>
    window.addEventListener('storage', (event) => {
      if (document.documentElement.dataset.deaf) event.stopImmediatePropagation();
    }),
  );
  await openResults(tabA);
  await openResults(tabB);
  await tabB.getByRole('region', { name: 'Saved scenarios' }).getByLabel('Scenario name').waitFor();
  await tabB.evaluate(() => (document.documentElement.dataset.deaf = 'true'));
  await save(tabA, 'From tab A');
  await expect(listed(tabB)).toHaveCount(0);
  await save(tabB, 'From tab B');
  // B merged A's entry when it wrote; A heard B's write through the storage event.
  await expect(listed(tabB)).toHaveText(['From tab A', 'From tab B']);
  await expect(listed(tabA)).toHaveText(['From tab A', 'From tab B']);
  const stored = await tabA.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(stored.state.items.map((i: { name: string }) => i.name)).toEqual(['From tab A', 'From tab B']);

  // A delete in one tab removes only that entry, in both.
  await tabB.evaluate(() => delete document.documentElement.dataset.deaf);
  await tabA.getByRole('button', { name: 'Delete From tab A' }).click();
  await tabA.getByRole('button', { name: 'Confirm delete From tab A' }).click();
  await expect(listed(tabB)).toHaveText(['From tab B']);
  await expect(listed(tabA)).toHaveText(['From tab B']);
});

test('a set-aside list holding null no longer blanks the results page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"state":{"items":[],"setAside":[null]},"version":1}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await openResults(page);
  await expect(page.getByRole('alert')).toContainText('1 stored entry could not be read');
  await expect(page.getByRole('heading', { name: 'Saved scenarios' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
    '{"state":{"items":[],"setAside":[null]},"version":1}',
  );
  expect(errors).toEqual([]);
});
