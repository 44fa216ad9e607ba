import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gotoApp, openAzureResults, shootRegion, watchForeignRequests } from './helpers';

test.describe.configure({ timeout: 120_000 });

test('Azure preset: what would change the decision, a range edited, the simulation run, all carried by the link', async ({
  page,
  browser,
}) => {
  const foreign = watchForeignRequests(page);
  await openAzureResults(page);

  // The API costs $2,400 a month and 20 PTU at $221 cost $4,420: PTU wins below $2,400 ÷ 20 = $120 a PTU.
  const card = page.getByRole('region', { name: 'Recommendation' });
  await expect(card.locator('.recommendation__holds')).toHaveText(
    /^Holds while the PTU price stays above \$120 per PTU a month \(−46%\) and .*Provisioned throughput\.$/,
  );

  const section = page.getByRole('region', { name: 'What would change the decision' });
  await section.scrollIntoViewIfNeeded();
  const thresholds = section.getByRole('table', { name: /Where the recommendation changes/ });
  await expect(thresholds.getByRole('row', { name: /^PTU price/ })).toContainText(
    'Below $120 per PTU a month (−46%): Provisioned throughput',
  );
  await expect(thresholds.getByRole('row', { name: /^Volume/ })).toContainText('No change');

  // Volume high from ×2 (1,000,000 requests) to 2,000,000 requests: 2,000,000 × 1,200 tokens = 2.4B a month.
  await section.getByRole('button', { name: /Edit the ranges of/ }).click();
  const volume = section.getByRole('group', { name: /^Volume/ });
  await volume.getByLabel('High').fill('2,000,000');
  await volume.getByLabel('High').press('Tab');
  const tornado = section.getByRole('table', { name: /Tornado figures/ });
  await expect(tornado.getByRole('row', { name: /^Volume/ })).toContainText('2.4B');
  await expect(section.locator('.range-bars rect').first()).toBeVisible();

  // A low above the high is refused next to the field, and nothing changes.
  await volume.getByLabel('Low').fill('3,000,000');
  await volume.getByLabel('Low').press('Tab');
  await expect(volume.getByText(/Must be at most the high value/)).toBeVisible();
  await volume.getByLabel('Low').fill('250,000');
  await volume.getByLabel('Low').press('Tab');

  await section.getByRole('button', { name: 'Run simulation' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Done:' })).toHaveText(
    'Done: 10,000 samples with seed 1.',
  );
  const figures = section.getByRole('table', { name: /Simulation figures/ });
  await expect(figures.getByRole('row', { name: /^Serverless API/ })).toContainText('100%');
  await expect(figures.getByRole('row', { name: /^Kubernetes/ })).toContainText('0%');

  await shootRegion(page, section, 'sensitivity-azure');
  const axe = await new AxeBuilder({ page }).include('#sensitivity').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The edited range is part of the scenario: the share link carries it.
  const url = await page.getByLabel('Share link').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await gotoApp(other, url);
  const reopened = other.getByRole('region', { name: 'What would change the decision' });
  await reopened.scrollIntoViewIfNeeded();
  await reopened.getByRole('button', { name: /Edit the ranges of/ }).click();
  await expect(reopened.getByRole('group', { name: /^Volume/ }).getByLabel('High')).toHaveValue('2,000,000');
  await fresh.close();
  expect(foreign).toEqual([]);
});
