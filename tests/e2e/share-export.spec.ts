import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { download, gotoApp, openResults, screenshot, watchForeignRequests } from './helpers';

/** The recommendation, every option's monthly cost and the break-even rows, as shown. */
async function resultsSnapshot(page: Page) {
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
  return {
    recommendation: await page.locator('.recommendation__name').textContent(),
    costs: await page
      .locator('.options-table tbody tr:not(.calculation-row) td.num .stack-value > .strong')
      .allTextContents(),
    breakEvens: await page
      .getByRole('table', { name: 'Break-even points' })
      .locator('tbody tr')
      .allTextContents(),
    markers: await page.locator('.marker-break-even__label').allTextContents(),
  };
}

test('a link opened in a fresh browser context shows identical results', async ({ page, browser }) => {
  await openResults(page);
  await page.getByRole('button', { name: 'Pricing' }).click();
  await page.getByLabel('Price preset').selectOption('azure');
  await page.getByRole('button', { name: 'Workload' }).click();
  await page.getByLabel('Monthly requests').fill('3.5M');
  await page.getByRole('button', { name: 'Business hours (5×)' }).click();
  await page.getByRole('button', { name: 'Log cost axis' }).click();
  await expect(page).toHaveURL(/#s=z1:/);
  const before = await resultsSnapshot(page);
  const url = await page.getByLabel('Share link').inputValue();
  await expect(page).toHaveURL(url); // the address bar catches up after a short pause

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const foreign = watchForeignRequests(other);
  await gotoApp(other, url);
  expect(await resultsSnapshot(other)).toEqual(before);
  await expect(other.getByRole('button', { name: 'Log cost axis' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByLabel('Monthly requests')).toHaveValue('3,500,000');
  expect(foreign).toEqual([]);
  await fresh.close();
});

test('Back returns from results to the wizard; Forward goes back to results', async ({ page }) => {
  await gotoApp(page, '/');
  await page.getByLabel('Monthly requests').fill('750,000');
  await page.waitForURL(/#s=/);
  await page.getByRole('button', { name: 'See results' }).first().click();
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
  await page.waitForTimeout(400); // the URL is written after a short pause
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toHaveCount(0);
  await expect(page.getByLabel('Monthly requests')).toHaveValue('750,000');
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toBeVisible();
});

test('an edit, Tab and Back at once: Forward brings the edit back (found by review)', async ({ page }) => {
  // Two entries: the first page's results, then the same at 600,000 requests (results pushes an entry).
  await openResults(page);
  const requests = page.getByLabel('Monthly requests');
  await requests.fill('600,000');
  await page.waitForTimeout(400);
  // Now an edit, Tab out, and Back straight away (before the 250 ms write delay): it used to be lost.
  await requests.fill('900,000');
  await requests.press('Tab');
  await page.goBack();
  await page.goForward();
  await expect(page.getByLabel('Monthly requests')).toHaveValue('900,000');
});

test('Back from results to the untouched first page, a pause, then Forward returns to results', async ({
  page,
}) => {
  await gotoApp(page, '/');
  await page.getByRole('button', { name: 'See results' }).first().click();
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
  await expect(page).toHaveURL(/#s=/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toHaveCount(0);
  // Longer than the URL's write delay: a write after Back used to push an entry and drop Forward.
  await page.waitForTimeout(800);
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toBeVisible();
});

test('a damaged link shows an alert and the defaults, and leaves saved scenarios intact', async ({
  page,
}) => {
  await openResults(page);
  await page.getByRole('region', { name: 'Saved scenarios' }).getByLabel('Scenario name').fill('Keep me');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByText('Saved “Keep me”.')).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('ai-cost-planner:saved-scenarios'));

  await gotoApp(page, '/#s=z1:q1YqU7Iy1FEqULJSKk5NTVHSU');
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link is damaged and cannot be read');
  await expect(alert).toContainText(
    'Showing the default scenario instead; your saved scenarios are untouched.',
  );
  await expect(page.getByLabel('Monthly requests')).toHaveValue('500,000');
  expect(await page.evaluate(() => localStorage.getItem('ai-cost-planner:saved-scenarios'))).toBe(saved);
  await gotoApp(page, '/#s=q7:abc');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'uses a format this version of AI Cost Planner does not know',
  );
  await screenshot(page, 'bad-link');
});

test('Copy link confirms, or selects the link when the clipboard is unavailable', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openResults(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.getByLabel('Share link').inputValue(),
  );
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
  );
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('The link is selected: press Ctrl+C', { exact: false })).toBeVisible();
  const selected = await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
  });
  expect(selected).toBe(await page.getByLabel('Share link').inputValue());
});

test('each export downloads a checked file', async ({ page }) => {
  await openResults(page);
  const png = await download(page, 'Export PNG');
  const pngBytes = readFileSync(png.path);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect([pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20)]).toEqual([1920, 1080]);

  const svg = readFileSync((await download(page, 'Export SVG')).path, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
  expect(svg).toContain('LLM deployment cost: Serverless API recommended');

  const pptx = unzipSync(new Uint8Array(readFileSync((await download(page, 'Export PowerPoint')).path)));
  // The cost chart is the deck's first chart (the roadmap slide has the second).
  const chart = Object.keys(pptx).find((f) => f === 'ppt/charts/chart1.xml');
  expect(chart).toBeDefined();
  const series = [
    ...strFromU8(pptx[chart!]!).matchAll(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([^<]+)<\/c:v>/g),
  ].map((m) => m[1]);
  expect(series).toEqual([
    'Serverless API',
    'Provisioned throughput',
    'Private endpoints',
    'Custom deployment',
    'Kubernetes (self-hosted)',
    'Break-even points',
    'Budget',
    'You are here',
  ]);
  expect(strFromU8(pptx[chart!]!)).toContain('<c:logBase val="10"/>');

  const csv = readFileSync((await download(page, 'Export CSV')).path, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'Monthly tokens (tokens/month),Serverless API (USD/month),Provisioned throughput (USD/month),Private endpoints (USD/month),Custom deployment (USD/month),Kubernetes (self-hosted) (USD/month),Point',
  );

  const record = readFileSync((await download(page, 'Export decision record')).path, 'utf8');
  expect(record).toMatch(/^# Decision record: Serverless API for 600M tokens a month\n/);
  expect(record).toContain('## Options considered');
  expect(record).not.toMatch(/<[a-z]/); // GitHub and Confluence render it: no HTML

  const json = await download(page, 'Export JSON');
  const before = await resultsSnapshot(page);
  // Change the scenario, then import the JSON: the results come back.
  await page.getByLabel('Monthly requests').fill('9M');
  await expect(page.locator('.recommendation__name')).not.toHaveText(before.recommendation ?? '');
  await page.locator('input[type=file]').setInputFiles(json.path);
  await expect(page.getByText(/^Imported “/)).toBeVisible();
  // Polled: the tables render from the deferred scenario, a moment after the import on a busy machine.
  await expect.poll(() => resultsSnapshot(page), { timeout: 20_000 }).toEqual(before);
});

test('importing a bad JSON file explains the problem and changes nothing', async ({ page }) => {
  await openResults(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"ai-cost-planner/scenario","scenario":{"version":1}}'),
  });
  await expect(page.getByRole('alert')).toContainText('This file contains values the planner cannot use');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.locator('.recommendation__name')).toHaveText('Serverless API');
});

test('saved scenarios: save, rename, duplicate, compare, delete; a corrupted entry is set aside', async ({
  page,
}) => {
  await gotoApp(page, '/');
  await page.evaluate(() =>
    localStorage.setItem(
      'ai-cost-planner:saved-scenarios',
      JSON.stringify({
        state: { items: [{ id: 'x', name: 'Broken', scenario: { version: 1 } }] },
        version: 1,
      }),
    ),
  );
  await openResults(page);
  await expect(page.getByRole('alert')).toContainText('1 stored entry could not be read');
  await page.getByRole('region', { name: 'Saved scenarios' }).getByLabel('Scenario name').fill('Article');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByLabel('Monthly requests').fill('3M');
  await page.getByRole('region', { name: 'Saved scenarios' }).getByLabel('Scenario name').fill('Triple');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByRole('button', { name: 'Rename Triple' }).click();
  await page.getByLabel('New name for Triple').fill('Six times');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('button', { name: 'Duplicate Six times' }).click();
  await expect(page.locator('.saved-item strong')).toHaveText(['Article', 'Six times', 'Six times (copy)']);
  await page.getByLabel('First scenario').selectOption({ label: 'Article' });
  await page.getByLabel('Second scenario').selectOption({ label: 'Six times' });
  const compare = page.getByRole('table', { name: 'Comparison: Article vs Six times' });
  // 3M × 1,200 = 3.6B tokens: serverless 18,000 vs 3,000 → +15,000; provisioned 10,200 recommended
  await expect(compare.getByRole('row', { name: /^Serverless API/ })).toHaveText(
    'Serverless API$3,000$18,000+$15,000',
  );
  await expect(compare.getByRole('row', { name: /^Recommendation/ })).toContainText(
    'Provisioned throughput at $10,200/month',
  );
  await page.getByRole('button', { name: 'Delete Six times (copy)' }).click();
  await page.getByRole('button', { name: 'Confirm delete Six times (copy)' }).click();
  await expect(page.locator('.saved-item strong')).toHaveText(['Article', 'Six times']);
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('ai-cost-planner:saved-scenarios') ?? '{}'),
  );
  // The entry this build cannot read is still where it was, unchanged (a newer build may read it).
  expect(stored.state.items[0]).toEqual({ id: 'x', name: 'Broken', scenario: { version: 1 } });
  expect(stored.state.items.map((i: { name: string }) => i.name)).toEqual(['Broken', 'Article', 'Six times']);
  await screenshot(page, 'saved-scenarios');
});
