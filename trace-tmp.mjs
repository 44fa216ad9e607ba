import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto('http://127.0.0.1:4173/');
await page.getByRole('button', { name: 'See results' }).first().click();
await page.locator('.recharts-wrapper .recharts-line').first().waitFor();
await page.getByRole('button', { name: 'Pricing' }).click();
await page.getByLabel('Price preset').selectOption('azure');
await page.getByRole('button', { name: 'Workload' }).click();
const requests = page.getByLabel('Monthly requests');
await browser.startTracing(page, {
  path: '/tmp/trace.json',
  categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
});
for (let i = 0; i < 10; i++) {
  await requests.fill(String(510000 + i * 110000));
  await page.waitForTimeout(100);
}
await browser.stopTracing();
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const sums = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) || 0) + e.dur);
for (const [k, v] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log((v / 1000 / 10).toFixed(2).padStart(8), 'ms/edit', k);
await browser.close();
