/**
 * `npm run perf:profile`: where one keystroke's time goes on the results view, for real key presses in
 * "Monthly requests" (a digit, then Backspace, alternately). Two passes, so the profiler's own cost does not
 * distort the phases:
 *   1. a Chrome trace: per press, the task that handled the key and the frame that showed the chart, split into
 *      script, forced style/layout, GC, style, layout, pre-paint, paint, layerize and commit (wall and CPU ms);
 *   2. V8 CPU profiles: the handler's JavaScript split by phase (which components rendered, commit, effects),
 *      module (React, Recharts, the app's core…) and function, as shares scaled to pass 1's script CPU time.
 *
 * Module and function names need an unminified build, served from its own folder:
 *   npx vite build --minify false --outDir /tmp/perf-unminified
 *   npm run perf:profile -- --dist /tmp/perf-unminified
 *
 *   --preset seed|azure (default azure)   --presses N per pass (default 10)   --port P (default 4177)
 *   --save DIR   also writes trace.json (Chrome DevTools → Performance → Load profile) and the CPU profiles
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { waitUntil } from './wait';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createScenario, isPresetId } from '../../src/core';
import { encodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';
import { addProfile, emptyBreakdown, ModuleMap, type CpuProfile } from './cpu-analysis';
import { PLAIN_REQUESTS, VIEWPORT } from './keystroke';
import { printProfile } from './profile-report';
import {
  ARM_CHART_OBSERVER,
  CHART_HOVER,
  COMMIT_PROBE,
  type CommitRecord,
  COLLECT_KEY_SAMPLE,
  KEYSTROKE_PROBE,
  keySettled,
  type KeySample,
} from './probes';
import { startPreview } from './server';
import { analyseTrace, type TraceEvent } from './trace-analysis';

const { values: args } = parseArgs({
  options: {
    preset: { type: 'string', default: 'azure' },
    presses: { type: 'string', default: '10' },
    port: { type: 'string', default: '4177' },
    dist: { type: 'string', default: 'dist' },
    save: { type: 'string' },
  },
});
const preset = args.preset;
if (!isPresetId(preset)) throw new Error(`perf: unknown preset ${preset}`);
const PRESSES = Number(args.presses);
if (!Number.isInteger(PRESSES) || PRESSES < 1) throw new Error('perf: --presses must be a positive integer');

/** The DevTools timeline (tasks, events, style, layout, paint, GC), user timing marks, and frames. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'v8.execute',
  'cc',
];

/** Marks each keydown in the trace, so trace time and performance.now() line up exactly. */
const MARK_KEYDOWN = String.raw`addEventListener('keydown', () => { performance.mark('perf:keydown'); }, { capture: true });`;

/** A results page for the preset, settled, with "Monthly requests" focused and two warm-up presses done. */
async function openField(
  context: BrowserContext,
  url: string,
  countCommits = false,
): Promise<(key: string) => Promise<KeySample>> {
  const page: Page = await context.newPage();
  await page.addInitScript(KEYSTROKE_PROBE);
  if (countCommits) await page.addInitScript(COMMIT_PROBE);
  await page.addInitScript(MARK_KEYDOWN);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator(CHART_HOVER).first().waitFor();
  await page.waitForTimeout(2000);
  if (!(await page.evaluate(ARM_CHART_OBSERVER))) throw new Error('perf: chart not found');
  await page.getByLabel('Monthly requests').fill(PLAIN_REQUESTS);
  await page.getByLabel('Monthly requests').focus();
  await page.keyboard.press('End');
  const press = async (key: string) => {
    await page.keyboard.press(key);
    await waitUntil(page, keySettled(400), { pollMs: 100, timeoutMs: 10_000 });
    const sample = (await page.evaluate(COLLECT_KEY_SAMPLE)) as KeySample | null;
    if (!sample || sample.key !== key) throw new Error(`perf: no sample for ${key}`);
    return sample;
  };
  await press('1');
  await press('Backspace');
  return press;
}
const keyAt = (i: number) => (i % 2 === 0 ? '1' : 'Backspace');

const load = loadavg().map((l) => l.toFixed(1));
console.log(
  `perf:profile: ${cpus().length} cores, load average ${load.join(' ')}, preset ${preset}, dist ${args.dist}`,
);
const preview = await startPreview(Number(args.port), args.dist);
let browser: Browser | undefined;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const url = `${preview.url}/#${encodeScenarioLink(createScenario(preset), { view: 'results', xScale: 'log', yScale: 'linear', hidden: [] })}`;

  // Pass 1: trace only.
  const traceContext = await browser.newContext({ viewport: VIEWPORT });
  const tracePress = await openField(traceContext, url);
  await browser.startTracing(undefined, { categories: CATEGORIES });
  const traced: KeySample[] = [];
  for (let i = 0; i < PRESSES; i += 1) traced.push(await tracePress(keyAt(i)));
  const traceBuffer = await browser.stopTracing();
  await traceContext.close();
  const events = (JSON.parse(traceBuffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const presses = traced.map((sample) => analyseTrace(events, sample));

  // Pass 2: CPU profiles only (100 µs sampling), one per press, with React's commits counted.
  const cpuContext = await browser.newContext({ viewport: VIEWPORT });
  const cpuPress = await openField(cpuContext, url, true);
  const cdp = await cpuContext.newCDPSession(cpuContext.pages()[0]!);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles: CpuProfile[] = [];
  const profiled: KeySample[] = [];
  for (let i = 0; i < PRESSES; i += 1) {
    await cdp.send('Profiler.start');
    profiled.push(await cpuPress(keyAt(i)));
    profiles.push(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile);
  }
  const commits = (await cpuContext.pages()[0]!.evaluate('window.__perfCommits')) as CommitRecord[];
  const sources = new Map<string, string>();
  for (const src of new Set(profiles.flatMap((p) => p.nodes.map((n) => n.callFrame.url)))) {
    if (src.startsWith(preview.url)) sources.set(src, await (await fetch(src)).text());
  }
  await cpuContext.close();
  const modules = new ModuleMap(sources);
  const breakdown = emptyBreakdown();
  for (const profile of profiles) addProfile(breakdown, profile, modules);

  if (args.save) {
    mkdirSync(args.save, { recursive: true });
    writeFileSync(join(args.save, 'trace.json'), traceBuffer);
    profiles.forEach((p, i) => writeFileSync(join(args.save!, `press-${i}.cpuprofile`), JSON.stringify(p)));
    writeFileSync(join(args.save, 'samples.json'), JSON.stringify({ traced, profiled }));
  }
  printProfile({ presses, profiled, breakdown, commits });
  console.log(
    `perf:profile: load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await browser?.close();
  preview.stop();
}
