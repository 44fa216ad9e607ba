// Bundle-size budgets, measured on the production build (dist/) by following Vite's chunk manifest.
// - First screen (the wizard): the entry chunk, its CSS, every chunk it imports statically, and the start-up
//   chunks src/main.tsx imports dynamically (React DOM, the store, the app), with their static imports.
// - A share link opening straight onto results: the first screen plus its primer (src/app/link-prime.ts), the
//   lazily loaded results view and
//   everything that view imports statically: what it needs to paint the chart (drawn without Recharts,
//   src/features/chart/static-plot.tsx). Recharts' hover layer loads after that paint
//   (src/features/chart/cost-chart.tsx) and is printed as its own total, not counted against the budget.
// Prints gzip figures and exits 1 when a budget is exceeded.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_FIRST_SCREEN_KB = 120;
const BUDGET_RESULTS_LINK_KB = 200;
/** Source files whose lazy chunks make up the results view. */
const RESULTS_ENTRIES = ['src/app/results-page.tsx'];
/** Start-up imports of src/main.tsx that only a share link loads (it primes the link's results). */
const LINK_ONLY_ENTRIES = ['src/app/link-prime.ts'];
/** Lazy chunks the results view loads by itself once its first frame has painted (Recharts' hover layer). */
const AFTER_PAINT_ENTRIES = ['src/features/chart/hover-layer.tsx'];

const manifestPath = 'dist/.vite/manifest.json';
if (!existsSync(manifestPath)) {
  console.error('size: dist/.vite/manifest.json missing; run `npm run build` first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length / 1024;

/** Files (JS and CSS) a manifest entry needs before it runs: itself and its static imports, recursively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
function files(keys) {
  const out = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    out.add(chunk.file);
    for (const css of chunk.css ?? []) out.add(css);
  }
  return [...out];
}
const total = (list) => list.reduce((sum, file) => sum + gzipKb(file), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const first = closure(entryKey);
for (const key of manifest[entryKey].dynamicImports ?? [])
  if (!LINK_ONLY_ENTRIES.includes(key)) closure(key, first);
const firstFiles = files(first);
const results = new Set(first);
for (const key of [...LINK_ONLY_ENTRIES, ...RESULTS_ENTRIES]) {
  if (!manifest[key]) {
    console.log(`size: ${key} is not a lazy chunk yet; results budget measures the first screen only`);
    continue;
  }
  closure(key, results);
}
const resultsFiles = files(results);
const afterPaint = new Set(results);
for (const key of AFTER_PAINT_ENTRIES) closure(key, afterPaint);
const afterPaintFiles = files(afterPaint).filter((file) => !resultsFiles.includes(file));

const firstKb = total(firstFiles);
const resultsKb = total(resultsFiles);
const lazy = Object.values(manifest)
  .filter(
    (c) => c.file.endsWith('.js') && !resultsFiles.includes(c.file) && !afterPaintFiles.includes(c.file),
  )
  .map((c) => `${c.file} ${gzipKb(c.file).toFixed(1)} KB`);

console.log('Bundle budgets (gzip -9):');
for (const file of firstFiles)
  console.log(`  first screen  ${file.padEnd(44)} ${gzipKb(file).toFixed(1)} KB`);
for (const file of resultsFiles.filter((f) => !firstFiles.includes(f)))
  console.log(`  results view  ${file.padEnd(44)} ${gzipKb(file).toFixed(1)} KB`);
for (const file of afterPaintFiles)
  console.log(`  after paint   ${file.padEnd(44)} ${gzipKb(file).toFixed(1)} KB`);
for (const line of lazy) console.log(`  other lazy    ${line}`);
const okFirst = firstKb <= BUDGET_FIRST_SCREEN_KB;
const okResults = resultsKb <= BUDGET_RESULTS_LINK_KB;
console.log(
  `first screen (wizard): ${firstKb.toFixed(1)} KB of ${BUDGET_FIRST_SCREEN_KB} KB ${okFirst ? 'OK' : 'OVER BUDGET'}`,
);
console.log(
  `share link onto results: ${resultsKb.toFixed(1)} KB of ${BUDGET_RESULTS_LINK_KB} KB ${okResults ? 'OK' : 'OVER BUDGET'}`,
);
console.log(
  `  then, after the chart has painted: ${total(afterPaintFiles).toFixed(1)} KB (Recharts), ${(resultsKb + total(afterPaintFiles)).toFixed(1)} KB in all`,
);
// The share link's primer only helps if it can run before React arrives: none of its chunks may import React.
const primer = new Set();
for (const key of LINK_ONLY_ENTRIES) if (manifest[key]) closure(key, primer);
const reactInPrimer = files(primer).filter((file) => /react-vendor|app-shared/.test(file));
const okPrimer = primer.size > 0 && reactInPrimer.length === 0;
console.log(
  primer.size === 0
    ? `share link primer: ${LINK_ONLY_ENTRIES.join(', ')} is not a lazy chunk: NOT FOUND`
    : `share link primer (${primer.size} chunks) free of React and the store: ${okPrimer ? 'OK' : `NO (${reactInPrimer.join(', ')})`}`,
);
if (!okFirst || !okResults || !okPrimer) process.exit(1);
