/**
 * Benchmark of the pure core: `evaluateScenario` (costs, every break-even, cheapest ranges, recommendation)
 * per preset, then `planEvolution` (tests/bench/evolution.ts), then the sensitivity analysis (tests/bench/sensitivity.ts). Prints median and p95 over many runs; `--quick` runs
 * fewer (CI). Targets: azure evaluation median < 2 ms; azure roadmap over 60 months < 20 ms.
 */
import { createScenario, evaluateScenario, type Scenario } from '../../src/core';
import { benchEvolution } from './evolution';
import { benchSensitivity } from './sensitivity';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 300 : 3000;
const WARMUP = quick ? 50 : 300;
const TARGET_MS = 2;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function measure(
  name: string,
  scenario: Scenario,
): { name: string; median: number; p95: number; breakEvens: number } {
  for (let i = 0; i < WARMUP; i += 1) evaluateScenario(scenario);
  const times: number[] = [];
  let breakEvens = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    breakEvens = evaluateScenario(scenario).breakEvens.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, median: percentile(times, 50), p95: percentile(times, 95), breakEvens };
}

const heavy = createScenario('azure');
heavy.requirements.monthlyRequests = 50_000_000; // 60B tokens: range to 6T, thousands of PTU steps
heavy.workload.peakToAverage = 1;
const spill = createScenario('azure');
spill.options.provisioned_throughput.spillover = { enabled: true, basePtu: null };

const results = [
  measure('seed (default)', createScenario('seed')),
  measure('azure', createScenario('azure')),
  measure('azure, 60B tokens, flat load', heavy),
  measure('azure, PTU + spillover', spill),
];

console.log(`evaluateScenario over ${RUNS} runs (after ${WARMUP} warm-up), Node ${process.version}`);
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(32)} median ${r.median.toFixed(3)} ms   p95 ${r.p95.toFixed(3)} ms   break-evens ${r.breakEvens}`,
  );
}
const azure = results[1]!;
const ok = azure.median < TARGET_MS;
console.log(
  `azure median ${azure.median.toFixed(3)} ms vs target < ${TARGET_MS} ms: ${ok ? 'OK' : 'OVER BUDGET'}`,
);
console.log('');
const roadmapOk = benchEvolution(quick);
console.log('');
const sensitivityOk = benchSensitivity(quick);
if (!ok || !roadmapOk || !sensitivityOk) process.exitCode = 1;
