import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { costChart, gotoApp, openResults, screenshot, watchForeignRequests } from './helpers';

test('a model picked from the catalog changes the rates, the table and the chart, offline', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page);
  await openResults(page);
  await page.getByRole('button', { name: 'Pricing' }).click();
  await page.getByLabel('Price preset').selectOption('azure');
  const serverlessCell = page
    .locator('.options-table tbody tr')
    .first()
    .locator('td.num .stack-value > .strong');
  await expect(serverlessCell).toHaveText('$2,400');
  const linePath = () =>
    page.locator('.chart__static-svg path.chart-line.series--serverless_api').getAttribute('d');
  const before = await linePath();

  await page.getByRole('button', { name: 'Search all models…' }).click();
  await page.getByLabel('Search models').fill('claude sonnet 4');
  await page.getByLabel('Provider').selectOption('anthropic');
  await page.getByRole('button', { name: /^Claude Sonnet 4 Anthropic · claude-sonnet-4-0/ }).click();
  await expect(
    page.getByText('Using Claude Sonnet 4 (Anthropic): $3.00 in, $15.00 out per 1M tokens.'),
  ).toBeVisible();
  // 600M tokens: 400M input × $3 + 200M output × $15 = 1,200 + 3,000 = $4,200
  await expect(serverlessCell).toHaveText('$4,200');
  await expect(page.getByLabel('API model', { exact: true })).toHaveAccessibleDescription(
    /@pydantic\/genai-prices 0\.1\.8, prices of 2026-09-23\./,
  );
  expect(await linePath()).not.toBe(before);
  await screenshot(page, 'catalog-picker');
  expect(foreign).toEqual([]);
});

test('switching currency changes symbols and values in the table, the chart and the exports', async ({
  page,
}) => {
  await openResults(page);
  await page.getByRole('button', { name: 'Pricing' }).click();
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Exchange rate').fill('0.9');
  await page.getByLabel('Rate date').fill('2026-11-20');
  await page.getByRole('button', { name: 'Show amounts in EUR' }).click();
  // $3,000 × 0.9 = €2,700; $4,200 × 0.9 = €3,780; $3,007.30 × 0.9 = €2,706.57 → €2,707
  const cells = page.locator('.options-table tbody tr:not(.calculation-row) td.num .stack-value > .strong');
  await expect(cells).toHaveText(['€2,700', '€3,780', '€2,707', '€7,740', '€13,770']);
  await expect(page.locator('.recommendation__cost')).toHaveText('€2,700 / month');
  await expect(costChart(page)).toContainText('Monthly cost (EUR)');
  // y ticks are the USD domain shown in euros: the top tick $30,000 → €27K, the one below $25,000 → €22.5K
  await expect(costChart(page)).toContainText('€27K');
  await expect(costChart(page)).toContainText('€22.5K');
  await expect(costChart(page)).toContainText('Budget €4.5K');
  await expect(page.getByRole('table', { name: 'Break-even points' })).toContainText(
    'Serverless API = Provisioned throughput at 1.0B tokens/month (€4,500/month)',
  );

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  await csvDownload.saveAs('artifacts/exports/eur.csv');
  const csv = readFileSync('artifacts/exports/eur.csv', 'utf8');
  expect(csv.split('\r\n')[0]).toContain('Serverless API (EUR/month)');
  expect(csv).toContain('Serverless API,Provisioned throughput,1000000000,4500,lines cross');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  await svgDownload.saveAs('artifacts/exports/eur.svg');
  const svg = readFileSync('artifacts/exports/eur.svg', 'utf8');
  expect(svg).toContain('€2,700/month · recommended');
  expect(svg).toContain('1 USD = 0.9 EUR as of 2026-11-20');
  // The link carries the currency: a fresh page shows euros.
  const url = await page.getByLabel('Share link').inputValue();
  await page.goto('about:blank');
  await gotoApp(page, url);
  await expect(page.locator('.recommendation__cost')).toHaveText('€2,700 / month');
});
