// Lighthouse (12.8.x) on the production build with Debian's Chromium: prints performance and accessibility
// scores for the wizard (first screen), mobile (Lighthouse's default, throttled) and desktop. It fails when
// accessibility is below 100 (either configuration) or desktop performance below 95. Mobile performance is
// printed against its goal of 95 and not enforced, by the rule issue 15 sets for timings: a budget fails the run
// only where it is stable enough not to flake.
//
// It is not (2 Dec 2026, one unchanged build, medians of 7 runs each waiting for an idle CPU): 96, 97, 96 run
// standalone; 93, 95, 90 in three CI runs; single runs 83–100 with total blocking time 50–720 ms. Lighthouse's
// simulated 4× CPU slowdown scales the CPU time it observes, and this shared 2-core machine's neighbours change
// that from minute to minute. A 95 budget failed CI twice and a 90 budget was met at exactly 90 with no change to
// the app. What blocks is mostly React DOM's module evaluation (200–290 ms of main thread at 4× in a Chrome trace)
// and the first layout of the prerendered page (120–130 ms); removing those needs partial hydration or a smaller
// framework, not a tweak.
//
// Each configuration runs several times and the median counts, as Lighthouse advises for noisy hosts: three
// mobile runs (seven, then five, until 3 Dec 2026: fewer keep CI near ten minutes; the mobile figure is printed,
// not enforced), two desktop runs (always 100 so far). Each run waits for an idle CPU first and prints how busy it was.
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
  // [name, config, runs, performance goal, whether the performance goal fails the run]
  const configurations: [string, typeof desktopConfig | undefined, number, number, boolean][] = [
    ['mobile', undefined, 3, 95, false],
    ['desktop', desktopConfig, 2, 95, true],
  ];
  for (const [name, config, RUNS, goal, enforced] of configurations) {
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
    const performanceOk = performance >= goal;
    const ok = accessibility >= 100 && (performanceOk || !enforced);
    if (!ok) failed = true;
    for (const [i, r] of runs.entries())
      console.log(
        `  ${name} run ${i + 1}: performance ${r.performance}, accessibility ${r.accessibility} (${r.detail})`,
      );
    console.log(
      `lighthouse ${name}: performance ${performance} (median of ${RUNS}; goal ${goal}, ${performanceOk ? 'met' : 'not met'}${enforced ? '' : ', not enforced'}), accessibility ${accessibility} (lowest; budget 100) ${ok ? 'OK' : 'BELOW BUDGET'}`,
    );
  }
} finally {
  await chrome?.kill();
  server.stop();
}
if (failed) process.exit(1);
