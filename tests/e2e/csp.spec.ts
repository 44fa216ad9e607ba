import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { costChart, gotoApp, openResults, waitForChart } from './helpers';

type Violation = { directive: string; blocked: string; sample: string; source: string };

/** Collects every CSP violation the page reports, from the first script on (before the app's own code runs). */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      }),
    );
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations)),
    ...console.map((text) => ({ directive: 'console', blocked: '', sample: text, source: '' })),
  ];
}

async function download(page: Page, button: string): Promise<void> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(await file.failure()).toBeNull();
}

test('the built page carries a strict policy whose hashes match its inlined style and script', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  // The one inline script: the share-link marker of index.html.
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toContain("classList.add('opening-link')");
  expect(policy.split('; ')).toEqual([
    "default-src 'self'",
    `script-src 'self' 'sha256-${sha256(scripts[0] ?? '')}'`,
    `style-src 'self' 'sha256-${sha256(style)}'`,
    "img-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]);
  // The policy comes before the style and script it allows, and the page has no style attribute.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('opening-link'));
  expect(html).not.toMatch(/\sstyle="/);
});

test('a share link opens under the policy: the marker script runs, no wizard flashes, no violation', async ({
  page: author,
}) => {
  // A link as a user makes one: the results view's address.
  await openResults(author);
  await expect(author).toHaveURL(/#s=/);
  const link = author.url();
  const page = await author.context().newPage();
  const violations = await watchViolations(page);
  // Every frame's state of #root and the note, from the first paint on.
  await page.addInitScript(() => {
    const frames: string[] = [];
    Object.defineProperty(window, '__frames', { value: frames });
    const look = () => {
      const root = document.getElementById('root');
      const visible = root !== null && root.getClientRects().length > 0;
      const wizard = visible && root.querySelector('.wizard') !== null && !root.querySelector('.results');
      const note = document.querySelector('.opening-link-note');
      const noteShown = note !== null && note.getClientRects().length > 0;
      if (root === null) frames.push('unparsed');
      else frames.push(`${wizard ? 'wizard-only' : visible ? 'app' : 'hidden'}${noteShown ? '+note' : ''}`);
      if (frames.length < 600) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(link);
  await waitForChart(page);
  const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
  // The prerendered default wizard was never on screen alone: the link's results replaced it.
  expect(frames).not.toContain('wizard-only');
  // The first frame with the page's body parsed shows the note and no wizard.
  expect(frames.find((frame) => frame !== 'unparsed')).toBe('hidden+note');
  await expect(page.getByRole('status').filter({ hasText: 'Opening the shared scenario' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.className)).toBe('');
  // The requirements follow the chart in the next frame, with the link's values in them.
  await expect(page.getByLabel('Monthly requests')).toHaveValue(
    await author.getByLabel('Monthly requests').inputValue(),
  );
  expect(await violations()).toEqual([]);
});

test('no violation across the wizard, results, the catalog picker and every export', async ({ page }) => {
  const violations = await watchViolations(page);
  await gotoApp(page);
  // The progress bar's width comes from the stylesheet (a style attribute would have been blocked).
  const bar = page.locator('.progress__bar');
  const track = await page.locator('.progress').boundingBox();
  expect((await bar.boundingBox())?.width).toBeCloseTo((track?.width ?? 0) / 4, 0);

  // The wizard, step by step, with Next.
  for (const step of ['Constraints', 'Budget', 'Pricing']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: step, level: 3 })).toBeVisible();
  }
  await page.getByLabel('Price preset').selectOption('azure');
  await page.getByRole('button', { name: 'Search all models…' }).click();
  await page.getByLabel('Search models').fill('claude sonnet 4');
  await page.getByLabel('Provider').selectOption('anthropic');
  await page.getByRole('button', { name: /^Claude Sonnet 4 Anthropic · claude-sonnet-4-0/ }).click();
  await expect(page.getByText(/^Using Claude Sonnet 4 \(Anthropic\)/)).toBeVisible();

  await page.getByRole('button', { name: 'See results' }).last().click();
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
  await waitForChart(page);
  // Hover the chart for its tooltip, open a calculation and the assumptions, switch theme: more styled parts.
  await costChart(page).hover();
  await page
    .getByRole('button', { name: /^Show calculation for/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Assumptions' }).waitFor();
  for (const format of ['PNG', 'SVG', 'PowerPoint', 'decision record', 'CSV', 'JSON'])
    await download(page, `Export ${format}`);
  await page.getByRole('region', { name: 'Saved scenarios' }).getByLabel('Scenario name').fill('Checked');
  await page.getByRole('button', { name: 'Save scenario' }).click();

  expect(await violations()).toEqual([]);
});
