// Lighthouse (12.8.x) on the production build with Debian's Chromium: prints performance and accessibility
// scores for the wizard (first screen), mobile (Lighthouse's default, throttled) and desktop, and fails below
// the budgets: performance ≥ 90 on mobile and ≥ 95 on desktop, accessibility 100 on both.
//
// Why 90 on mobile (it was 95 until 2 Dec 2026): on this shared 2-core machine the score of one build moves with
// the total blocking time, which ranged 50–720 ms between runs (simulated 4× CPU slowdown scales the observed CPU
// time). Medians of 7 runs on one build: 96, 97, 96 standalone; 93 in CI after the other steps (and 89 for a
// median of 5 under load). A 95 budget failed CI twice with no change to the app. What blocks is mostly React
// DOM's module evaluation (200–290 ms of main thread at 4× in a Chrome trace) and the first layout of the
// prerendered page (120–130 ms); cutting those needs a smaller framework or partial hydration, not a tweak.
// 90 still fails on a real regression: +150 ms of blocking time costs about 5 points.
//
// Each configuration runs several times and the median counts, as Lighthouse advises for noisy hosts: seven
// mobile runs, two desktop runs (always 100 so far). Each run waits for an idle CPU first and prints how busy it was.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startPreview } from '../perf/server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';
import { waitForQuietCpu } from '../support/quiet-cpu';

// LIGHTHOUSE_DIST serves another build (e.g. `vite build --outDir /tmp/b`) to compare a start-up change.
const DIST = process.env.LIGHTHOUSE_DIST ?? 'dist';
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4174);
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

// Its own process group, stopped on exit: a plain spawn of npx left vite preview running after every run.
const server = await startPreview(PORT, DIST);
const URL = `${server.url}/`;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let failed = false;
try {
  const launched = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  chrome = launched;
  const configurations: [string, typeof desktopConfig | undefined, number, number][] = [
    ['mobile', undefined, 7, 90],
    ['desktop', desktopConfig, 2, 95],
  ];
  for (const [name, config, RUNS, minPerformance] of configurations) {
    const runs: { performance: number; accessibility: number; detail: string }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const quiet = await waitForQuietCpu();
      const result = await lighthouse(
        URL,
        {
          port: launched.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        },
        config,
      );
      if (!result) throw new Error('lighthouse returned no result');
      const { categories, audits } = result.lhr;
      runs.push({
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        detail: [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
        ]
          .map((id, i) => `${['FCP', 'LCP', 'TBT', 'CLS'][i]} ${audits[id]?.displayValue ?? '?'}`)
          .join(', ')
          .concat(
            `; CPU ${Math.round(quiet.busy * 100)}% busy before, waited ${(quiet.waitedMs / 1000).toFixed(1)} s`,
          ),
      });
    }
    const performance = median(runs.map((r) => r.performance));
    const accessibility = Math.min(...runs.map((r) => r.accessibility));
    const ok = performance >= minPerformance && accessibility >= 100;
    if (!ok) failed = true;
    for (const [i, r] of runs.entries())
      console.log(
        `  ${name} run ${i + 1}: performance ${r.performance}, accessibility ${r.accessibility} (${r.detail})`,
      );
    console.log(
      `lighthouse ${name}: performance ${performance} (median of ${RUNS}, budget ${minPerformance}), accessibility ${accessibility} (lowest) ${ok ? 'OK' : 'BELOW BUDGET'}`,
    );
  }
} finally {
  await chrome?.kill();
  server.stop();
}
if (failed) process.exit(1);
