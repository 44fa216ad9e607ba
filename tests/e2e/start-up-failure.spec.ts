import { expect, test, type Page } from '@playwright/test';
import { gotoApp, openResults } from './helpers';

/**
 * When part of the app cannot be loaded (offline after the page arrived, or a deployment replaced the chunks),
 * the user is told what happened and what to do: never a page that does not respond, and never a share link's
 * "Opening the shared scenario…" note left up for good.
 */

/** A share link made as a user makes one: the address of the results view. */
async function shareLink(page: Page): Promise<string> {
  await openResults(page);
  await expect(page).toHaveURL(/#s=/);
  return page.url();
}

test('a share link whose results chunk fails opens the link’s requirements and says results could not load', async ({
  page: author,
}) => {
  const link = await shareLink(author);
  const page = await author.context().newPage();
  await page.route(/\/assets\/results-page-[^/]+\.js$/, (route) => route.abort());
  await page.goto(link);
  await expect(page.getByRole('alert')).toContainText('The results view could not be loaded');
  await expect(page.getByText('Opening the shared scenario')).toHaveCount(0);
  await expect(page.getByLabel('Monthly requests')).toBeVisible();
});

test('a share link whose link codec fails opens the default scenario with a banner', async ({
  page: author,
}) => {
  const link = await shareLink(author);
  const page = await author.context().newPage();
  await page.route(/\/assets\/scenario-codec-[^/]+\.js$/, (route) => route.abort());
  await page.goto(link);
  await expect(page.getByRole('alert').first()).toContainText('The shared scenario could not be opened');
  await expect(page.getByText('Opening the shared scenario')).toHaveCount(0);
  await expect(page.getByLabel('Monthly requests')).toBeVisible();
});

test('a share link whose primer fails still opens onto its results, with no banner (the app does that work itself)', async ({
  page: author,
}) => {
  const link = await shareLink(author);
  const page = await author.context().newPage();
  await page.route(/\/assets\/link-prime-[^/]+\.js$/, (route) => route.abort());
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toBeVisible();
  await expect(page.locator('[aria-label="Cost chart"] path.chart-line').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recommendation' }).getByText(/^Holds while /)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Opening the shared scenario')).toHaveCount(0);
});

test('when React itself fails to load, the page says so instead of showing a wizard that does not respond', async ({
  page,
}) => {
  await page.route(/\/assets\/react-vendor-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The planner could not start');
  await expect(page.getByRole('button', { name: 'See results' })).toHaveCount(0);
});

test('when the below-the-fold panels fail to load, the results say so instead of loading forever', async ({
  page,
}) => {
  await page.route(/\/assets\/results-extras-[^/]+\.js$/, (route) => route.abort());
  await openResults(page);
  await expect(page.getByRole('alert')).toContainText(
    'What would change the decision, the roadmap, the assumptions and saved scenarios could not be loaded',
  );
  await expect(page.getByText('Loading assumptions and saved scenarios…')).toHaveCount(0);
  // The rest of the results work.
  await expect(page.getByRole('table', { name: 'Break-even points' })).toBeVisible();
});

test('a link to the wizard opens at once, without waiting for the results view it does not show', async ({
  page: author,
}) => {
  await gotoApp(author, '/');
  await author.getByLabel('Monthly requests').fill('750,000');
  await author.waitForURL(/#s=/);
  const link = author.url();
  const page = await author.context().newPage();
  // The results chunk never arrives: the wizard must not wait for it.
  await page.route(/\/assets\/results-page-[^/]+\.js$/, () => undefined);
  await page.goto(link);
  await expect(page.getByLabel('Monthly requests')).toHaveValue('750,000');
  await expect(page.getByText('Opening the shared scenario')).toHaveCount(0);
});
