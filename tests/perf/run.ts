/**
 * `npm run perf`: the figures of issue 15 on the production build, for the seed and Azure presets, in Debian's
 * Chromium. Builds nothing: run `npx vite build` first. Serves dist/ with `vite preview` on its own port.
 *
 *   --runs N    cold loads per URL and measured key presses per preset (default 9; medians need ≥ 9)
 *   --port P    preview port (default $PERF_PORT or 4176)
 *   --check     exit 1 when a budget listed in STABLE_BUDGETS (budgets.ts) is over; all are printed anyway
 *   --only keystroke|load   measure one half (for quick looks)
 *   --dist DIR  serve another build (default dist; e.g. `npx vite build --outDir /tmp/b` to compare a change)
 *   --verbose   also list the JS files each URL fetched (first run) and every key press
 *   --network slow4g   emulate a slow connection for the cold loads (keystrokes are not affected); not in CI:
 *               timings only, the goals are for localhost
 *
 * Prints the machine's core count first, a table (median, p90 where it says so), budgets, and one
 * `perf-json:` line for CI. How each figure is taken: probes.ts.
 */
import { chromium, type Browser } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createScenario, type PresetId } from '../../src/core';
import { encodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';
import { waitForQuietCpu } from '../support/quiet-cpu';
import { BUDGETS, checkBudget, type BudgetResult } from './budgets';
import { measureKeystrokes, type KeyTiming } from './keystroke';
import { measureColdLoad, NETWORKS, type LoadTiming } from './load';
import { startPreview } from './server';
import { round1, summarise, type Summary } from './stats';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    port: { type: 'string', default: process.env.PERF_PORT ?? '4176' },
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    network: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('perf: --runs must be a positive integer');
if (!Number.isInteger(PORT) || PORT < 1) throw new Error('perf: --port must be a port number');
if (args.only !== undefined && !['keystroke', 'load'].includes(args.only))
  throw new Error('perf: --only takes keystroke or load');
const network = args.network === undefined ? undefined : NETWORKS[args.network];
if (args.network !== undefined && !network)
  throw new Error(`perf: --network takes ${Object.keys(NETWORKS).join(' or ')}`);
const doKeys = args.only === undefined || args.only === 'keystroke';
const doLoads = args.only === undefined || args.only === 'load';

const PRESETS: PresetId[] = ['seed', 'azure'];
/** The fragment of a link opening `preset` on the results view (log volume axis, linear cost axis). */
const resultsLink = (preset: PresetId) =>
  encodeScenarioLink(createScenario(preset), {
    view: 'results',
    xScale: 'log',
    yScale: 'linear',
    hidden: [],
  });

type PresetFigures = { keys: KeyTiming[]; loads: LoadTiming[] };

// In CI this runs right after the browser tests; their Chromiums and servers can still hold a core for a few
// seconds, which the first cold loads would measure too. It waits (at most 20 s) and says what it found.
const quiet = await waitForQuietCpu(0.2, 20_000);
console.log(
  `perf: waited ${(quiet.waitedMs / 1000).toFixed(1)} s for a quiet CPU (${Math.round(quiet.busy * 100)}% busy)`,
);
const started = performance.now();
const processors = cpus();
const loadStart = loadavg()[0] ?? 0;
// The machine is shared: the load average says how much other work competed with these figures.
console.log(
  `perf: ${processors.length} cores (${processors[0]?.model.trim() ?? 'unknown'}), load average ${loadStart.toFixed(2)}, Node ${process.version}, ${RUNS} runs${network ? `, cold loads on an emulated ${args.network} connection` : ''}`,
);

const preview = await startPreview(PORT, args.dist);
let browser: Browser | undefined;
const figures: Record<string, PresetFigures> = {};
const firstScreen: LoadTiming[] = [];
try {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  console.log(`perf: Chromium ${browser.version()}, vite preview on ${preview.url}`);
  for (const preset of PRESETS) figures[preset] = { keys: [], loads: [] };
  if (doLoads) {
    // Interleaved, so a noisy moment on the shared machine hits every URL alike. The bytes fetched are the same
    // on every run: only the first waits for the late chunks and the idle prefetch to count them.
    for (let run = 0; run < RUNS; run += 1) {
      const settle = run === 0;
      firstScreen.push(await measureColdLoad(browser, `${preview.url}/`, { chart: false, settle, network }));
      for (const preset of PRESETS)
        figures[preset]!.loads.push(
          await measureColdLoad(browser, `${preview.url}/#${resultsLink(preset)}`, {
            chart: true,
            settle,
            network,
          }),
        );
    }
  }
  if (doKeys)
    for (const preset of PRESETS)
      figures[preset]!.keys = await measureKeystrokes(
        browser,
        `${preview.url}/#${resultsLink(preset)}`,
        RUNS,
      );
} finally {
  await browser?.close();
  preview.stop();
}

// ---- Report ----
const ms = (s: Summary, p90 = false) =>
  s.n === 0 ? '—' : `${s.median.toFixed(1)} ms${p90 ? ` (p90 ${s.p90.toFixed(1)})` : ''}`;
const kb = (s: Summary) => (s.n === 0 ? '—' : `${s.median.toFixed(1)} KB`);
const ofKeys = (preset: string, pick: (k: KeyTiming) => number | null) =>
  summarise(figures[preset]!.keys.map(pick));
const ofLoads = (preset: string, pick: (l: LoadTiming) => number | null) =>
  summarise(figures[preset]!.loads.map(pick));
const firstOf = (pick: (l: LoadTiming) => number | null) => summarise(firstScreen.map(pick));

/** A table row; `id` names it in the JSON line. The first screen has no Azure column. */
type Row = {
  id: string;
  metric: string;
  goal: string;
  show: (s: Summary) => string;
  of: (preset: string) => Summary | null;
};
const rows: Row[] = [];
const keyRow = (id: string, metric: string, goal: string, pick: (k: KeyTiming) => number | null) =>
  rows.push({ id, metric, goal, show: (s) => ms(s, true), of: (p) => ofKeys(p, pick) });
const loadRow = (
  id: string,
  metric: string,
  goal: string,
  pick: (l: LoadTiming) => number | null,
  show = ms,
) => rows.push({ id, metric, goal, show, of: (p) => ofLoads(p, pick) });
const firstRow = (
  id: string,
  metric: string,
  goal: string,
  pick: (l: LoadTiming) => number | null,
  show = ms,
) => rows.push({ id, metric, goal, show, of: (p) => (p === 'seed' ? firstOf(pick) : null) });
if (doKeys) {
  keyRow('keyToMutation', 'real keystroke → first chart mutation', '≤ 25 ms', (k) => k.toMutation);
  keyRow('keyToFrame', 'real keystroke → next frame (rAF)', '≤ 33 ms', (k) => k.toFrame);
  keyRow('keyToPainted', '  … → that frame painted (main thread)', 'info', (k) => k.toPainted);
  keyRow('keyToLastMutation', '  … → last chart mutation', 'info', (k) => k.toLastMutation);
  keyRow('keyInputDelay', '  keydown timeStamp → first listener', 'info', (k) => k.inputDelay);
  keyRow('keyEventTiming', '  Event Timing duration (key → presented)', 'info', (k) => k.eventTiming);
  keyRow('appInputToChart', '  app measure input-to-chart', 'info (starts later)', (k) => k.appMeasure);
}
if (doLoads) {
  loadRow('linkToChart', 'share link (results) → chart on screen', '≤ 600 ms', (l) => l.chartFrame);
  loadRow('linkChartInDom', '  … chart lines in the DOM', 'info', (l) => l.chartInDom);
  loadRow('linkInteractive', '  … Recharts hover layer in the DOM', 'info', (l) => l.interactiveInDom);
  loadRow('linkLcp', '  … LCP', 'info', (l) => l.lcp);
  loadRow('linkFcp', '  … FCP', 'info', (l) => l.fcp);
  loadRow('linkJsKb', 'JS gzip, share link, by chart on screen', '≤ 200 KB', (l) => l.jsBeforeChartKb, kb);
  loadRow('linkJsAllKb', '  … all JS fetched (excl. idle prefetch)', 'info', (l) => l.jsKb, kb);
  loadRow('linkPrefetchKb', '  … idle prefetch of new files', 'info', (l) => l.prefetchKb, kb);
  loadRow('linkJsSentKb', '  … as sent by vite preview (its gzip)', 'info', (l) => l.jsEncodedKb, kb);
  firstRow('firstFcp', 'first contentful paint, first screen', '≤ 0.35 × peer', (l) => l.fcp);
  firstRow('firstReady', '  … app interactive (html[data-ready])', 'info', (l) => l.ready);
  firstRow('firstJsKb', 'JS gzip, first screen (excl. idle prefetch)', '≤ 120 KB', (l) => l.jsKb, kb);
  firstRow('firstPrefetchKb', '  … idle prefetch', 'info', (l) => l.prefetchKb, kb);
}
const cell = (row: Row, preset: string) => {
  const s = row.of(preset);
  return s ? row.show(s) : '—';
};
const widths = [Math.max(...rows.map((r) => r.metric.length)), 22, 22];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
console.log('');
console.log(line(['metric (median of runs)', 'seed', 'azure', 'goal']));
console.log(line(widths.map((w) => '-'.repeat(w)).concat('----')));
for (const row of rows) console.log(line([row.metric, cell(row, 'seed'), cell(row, 'azure'), row.goal]));

if (doLoads)
  console.log(
    '  byte totals other than "by chart on screen" are counted on the first run only (they do not vary)',
  );
if (doKeys)
  for (const preset of PRESETS) {
    const keys = figures[preset]!.keys;
    const multi = keys.filter((k) => k.mutationCallbacks > 1).length;
    console.log(
      `  ${preset}: ${multi} of ${keys.length} presses changed the chart in more than one mutation callback`,
    );
  }
if (args.verbose) {
  const lists: [string, LoadTiming | undefined][] = [
    ['first screen', firstScreen[0]],
    ...PRESETS.map((p): [string, LoadTiming | undefined] => [`share link, ${p}`, figures[p]!.loads[0]]),
  ];
  for (const [name, load] of lists) {
    if (!load) continue;
    console.log(`  JS fetched, ${name} (chart on screen at ${load.chartFrame?.toFixed(0) ?? '—'} ms):`);
    for (const f of load.files)
      console.log(
        `    ${f.file.padEnd(44)} ${f.kb.toFixed(1).padStart(6)} KB  ended ${f.endMs?.toFixed(0) ?? '—'} ms${f.prefetch ? '  (idle prefetch)' : ''}`,
      );
  }
  for (const preset of PRESETS)
    for (const k of figures[preset]!.keys)
      console.log(
        `  ${preset} ${k.key.padEnd(9)} → mutation ${k.toMutation?.toFixed(1) ?? '—'}  → frame ${k.toFrame?.toFixed(1) ?? '—'}  → painted ${k.toPainted?.toFixed(1) ?? '—'}  event timing ${k.eventTiming ?? '—'}  app ${k.appMeasure?.toFixed(1) ?? '—'}`,
      );
}
if (doLoads) {
  const loads = figures.azure!.loads;
  const lcp = loads.map((l) => l.lcpElement).find(Boolean);
  console.log(
    `  share link: LCP element ${lcp ?? 'none'}; ${loads[0]?.jsFiles ?? 0} JS files; ${loads[0]?.prefetchDuplicates ?? 0} idle prefetch requests for files already fetched`,
  );
}

const results: BudgetResult[] = [];
for (const preset of PRESETS) {
  if (doKeys) {
    results.push(checkBudget('keystroke-to-mutation', preset, ofKeys(preset, (k) => k.toMutation).median));
    results.push(checkBudget('keystroke-to-frame', preset, ofKeys(preset, (k) => k.toFrame).median));
  }
  if (doLoads) {
    results.push(checkBudget('share-link-to-chart', preset, ofLoads(preset, (l) => l.chartFrame).median));
    results.push(checkBudget('share-link-js', preset, ofLoads(preset, (l) => l.jsBeforeChartKb).median));
  }
}
if (doLoads) results.push(checkBudget('first-screen-js', 'seed', firstOf((l) => l.jsKb).median));
console.log('');
console.log('budgets (median):');
for (const r of results) {
  const { unit, label } = BUDGETS[r.id];
  console.log(
    `  ${r.pass ? 'pass' : 'FAIL'}  ${`${label} [${r.preset}]`.padEnd(52)} ${String(r.value ?? '—').padStart(7)} ${unit} of ${r.limit} ${unit}${r.stable ? '' : '  (not enforced)'}`,
  );
}
const seconds = (performance.now() - started) / 1000;
console.log(`perf: took ${seconds.toFixed(0)} s; load average now ${(loadavg()[0] ?? 0).toFixed(2)}`);

const json = {
  cores: processors.length,
  loadAverage: [loadStart, loadavg()[0] ?? 0].map((l) => Math.round(l * 100) / 100),
  runs: RUNS,
  seconds: Math.round(seconds),
  figures: Object.fromEntries(
    PRESETS.map((preset) => [
      preset,
      Object.fromEntries(
        rows.flatMap((row) => {
          const s = row.of(preset);
          return s && s.n > 0 ? [[row.id, { median: round1(s.median), p90: round1(s.p90), n: s.n }]] : [];
        }),
      ),
    ]),
  ),
  budgets: results,
};
console.log(`perf-json: ${JSON.stringify(json)}`);

const failed = results.filter((r) => r.stable && !r.pass);
if (args.check && failed.length > 0) {
  console.error(`perf: over budget: ${failed.map((r) => `${r.id} [${r.preset}]`).join(', ')}`);
  process.exitCode = 1;
}
