import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gotoApp, openAzureResults, SCREENSHOT_DIR, shootRegion, watchForeignRequests } from './helpers';

test('5% monthly growth on the Azure preset: the roadmap in sentences and totals, carried by the link', async ({
  page,
  browser,
}) => {
  const foreign = watchForeignRequests(page);
  await openAzureResults(page);
  const roadmap = page.getByRole('region', { name: 'Roadmap' });
  await roadmap.scrollIntoViewIfNeeded();
  await roadmap.getByLabel('Monthly growth').fill('5');

  // 600M tokens at $4 per 1M = $2,400 a month, × 1.05^35 = $13,238 in month 35 (3.31B tokens);
  // Σ 2,400 × 1.05^m for m = 0…35 = 2,400 × (1.05^36 − 1) ÷ 0.05 = $230,007.
  const sentences = roadmap.getByRole('list', { name: 'The plan in sentences' }).getByRole('listitem');
  await expect(sentences).toHaveText([
    'Start on Serverless API serving GPT-4.1 ($2,400/month).',
    'Stay on it for all 36 months while volume grows from 600M to 3.31B tokens/month and the monthly cost from $2,400 to $13,238.',
    'Over 36 months the plan costs $230,007: the best single choice, Serverless API serving GPT-4.1 all along, is the plan.',
  ]);
  const totals = roadmap.getByRole('table', { name: 'Total cost over 36 months' });
  const row = (name: string) => totals.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('This roadmap')).toContainText('$230,007');
  await expect(row('Serverless API serving GPT-4.1 all along')).toContainText('Same');
  await expect(row('Provisioned throughput serving GPT-4.1 on a yearly reservation all along')).toContainText(
    '$406,640',
  );
  await expect(row('Kubernetes')).toContainText('$998,241 less');
  await roadmap.getByText('Month by month (table)').click();
  await expect(
    roadmap.getByRole('table', { name: 'Roadmap month by month' }).locator('tbody tr'),
  ).toHaveCount(36);
  await expect(roadmap.locator('.roadmap-bars rect').first()).toBeVisible();

  await shootRegion(page, roadmap, 'roadmap-azure-5pct');
  const axe = await new AxeBuilder({ page }).include('#roadmap').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The growth rate is part of the scenario, so the share link carries it.
  await expect(page).toHaveURL(/#s=/);
  const url = await page.getByLabel('Share link').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await gotoApp(other, url);
  const reopened = other.getByRole('region', { name: 'Roadmap' });
  await reopened.scrollIntoViewIfNeeded();
  await expect(reopened.getByLabel('Monthly growth')).toHaveValue('5');
  await expect(
    reopened.getByRole('list', { name: 'The plan in sentences' }).getByRole('listitem'),
  ).toHaveText(await sentences.allTextContents());
  await fresh.close();
  expect(foreign).toEqual([]);
});

test('a switch to reserved capacity is told with its month, volume and price', async ({ page }) => {
  await openAzureResults(page);
  await page.getByRole('button', { name: 'Workload' }).click();
  await page.getByRole('button', { name: 'Queued batch (1×)' }).click();
  const roadmap = page.getByRole('region', { name: 'Roadmap' });
  await roadmap.scrollIntoViewIfNeeded();
  await roadmap.getByLabel('Horizon').fill('12');
  await roadmap.getByLabel('Monthly growth').fill('5');
  // The worked example of tests/core/evolution-plan.test.ts.
  await expect(roadmap.getByRole('list', { name: 'The plan in sentences' })).toContainText(
    'In month 7, when volume passes 844M tokens/month, move to Provisioned throughput serving GPT-4.1: reserve 15 PTU yearly ($3,315/month).',
  );
  await expect(
    roadmap
      .getByRole('table', { name: 'Total cost over 12 months' })
      .getByRole('row', { name: /^This roadmap/ }),
  ).toContainText('$37,221');
  await shootRegion(page, roadmap, 'roadmap-azure-flat-switch');

  // Known volumes instead of a rate: a point after the horizon still shapes the months before it.
  await roadmap.getByText('Known volumes', { exact: true }).click(); // the card's label covers the radio
  await roadmap.getByRole('button', { name: 'Add a point' }).click();
  await roadmap.getByLabel('Volume of point 1').fill('2.4B');
  await expect(roadmap.getByRole('list', { name: 'The plan in sentences' })).toContainText('move to');
  await roadmap.locator('.growth-panel').screenshot({ path: `${SCREENSHOT_DIR}/roadmap-growth-points.png` });
});
