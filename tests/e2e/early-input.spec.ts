import { expect, test, type Page } from '@playwright/test';

/**
 * Opens the planner with its start-up chunks held back until `release()` is called, on a CPU slowed down six
 * times: the prerendered first screen is on show, main.tsx has run (it holds early input), and nothing has
 * hydrated yet.
 */
async function openBeforeHydration(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Everything but the entry module and what it needs before its first await.
  await page.route(/\/assets\/(?!index-|start-up-|rolldown-runtime-)[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  // No CSP violation either: a native submission would break form-action 'none'.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => {
      document.documentElement.dataset.cspViolation = event.violatedDirective;
    }),
  );
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('html[data-early-input="held"]').waitFor({ state: 'attached' });
  return async () => {
    expect(await page.locator('html[data-ready]').count()).toBe(0);
    release();
    await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.locator('html[data-csp-violation]').count()).toBe(0);
  };
}

test('a click on Next and text typed before hydration both take effect', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const hydrate = await openBeforeHydration(page);
  const requests = page.getByLabel('Monthly requests');
  await requests.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2,000,000');
  await page.getByRole('button', { name: 'Next' }).click();
  // Nothing yet: the page is still the prerendered Workload step.
  await expect(page.getByRole('heading', { name: 'Workload', level: 3 })).toBeVisible();

  await hydrate();
  await expect(page.getByRole('heading', { name: 'Constraints', level: 3 })).toBeVisible();
  // The typed volume reached the store: 2M requests × 1,200 tokens = 2.4B tokens a month, in the link too.
  await expect.poll(() => page.url()).toMatch(/#s=/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Monthly requests')).toHaveValue('2,000,000');
  await expect(page.getByText(/tokens a month/)).toContainText('2.4B tokens a month');
  expect(errors).toEqual([]);
});

test('Enter in a field before hydration goes to the next step once the page is ready', async ({ page }) => {
  const hydrate = await openBeforeHydration(page);
  await page.getByLabel('Monthly requests').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3M');
  await page.keyboard.press('Enter');
  // No native submission: still this page, same address.
  expect(new URL(page.url()).search).toBe('');
  await hydrate();
  await expect(page.getByRole('heading', { name: 'Constraints', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText(/tokens a month/)).toContainText('3.6B tokens a month');
});
