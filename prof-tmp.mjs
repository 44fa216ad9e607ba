import { chromium } from '@playwright/test';
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
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
for (let i = 0; i < 20; i++) {
  await requests.fill(String(510000 + i * 110000));
  await page.waitForTimeout(60);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const seen = new Set();
  let cur = id;
  while (cur !== undefined) {
    const n = byId.get(cur);
    const key = n.callFrame.functionName || '(anon)';
    if (!seen.has(key)) {
      seen.add(key);
      incl.set(key, (incl.get(key) || 0) + (dt[i] || 0));
    }
    cur = parent.get(cur);
  }
});
const names = [...incl.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 70)
  .map((e) => e[0]);
for (const k of names) console.log(((incl.get(k) || 0) / 1000 / 20).toFixed(2).padStart(7), 'ms/edit', k);
await browser.close();
