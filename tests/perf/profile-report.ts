/** Prints the keystroke profile (see profile-keystroke.ts): medians over presses, then the JS breakdown. */
import type { CpuBreakdown } from './cpu-analysis';
import type { CommitRecord, KeySample } from './probes';
import { median, present } from './stats';
import { PHASES, type PressTrace, type TaskSplit } from './trace-analysis';

const f1 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '—');

function printTask(title: string, tasks: (TaskSplit | null)[]): number {
  const found = tasks.filter((t): t is TaskSplit => t !== null);
  const wall = median(found.map((t) => t.wallMs));
  const cpu = median(found.map((t) => t.cpuMs));
  console.log(`  ${title}: wall ${f1(wall)} ms, CPU ${f1(cpu)} ms (medians of ${found.length})`);
  for (const phase of PHASES) {
    const phaseCpu = median(found.map((t) => t.split[phase].cpuMs));
    const phaseWall = median(found.map((t) => t.split[phase].wallMs));
    if (phaseCpu >= 0.05 || phaseWall >= 0.05)
      console.log(
        `    ${phase.padEnd(14)} CPU ${f1(phaseCpu).padStart(6)} ms   wall ${f1(phaseWall).padStart(6)} ms`,
      );
  }
  return median(
    found.map((t) => t.split.script.cpuMs + t.split['forced style'].cpuMs + t.split['forced layout'].cpuMs),
  );
}

function printShares(title: string, counts: Map<string, number>, total: number, scaleMs: number, limit = 20) {
  console.log(`  ${title}`);
  const rows = [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
  for (const [label, count] of rows) {
    const share = count / total;
    console.log(
      `    ${(share * 100).toFixed(1).padStart(5)} %  ≈ ${f1(share * scaleMs).padStart(5)} ms  ${label}`,
    );
  }
}

/** React commits per press (from the DevTools hook), and what rendered in each, for the last press. */
function printCommits(profiled: KeySample[], commits: CommitRecord[]) {
  const perPress = profiled.map((s) => commits.filter((c) => c.key === s.down));
  console.log(
    `  React commits per press: ${perPress.map((c) => c.length).join(', ')}; chart mutation at ${profiled.map((s) => f1((s.mutation ?? NaN) - s.down)).join(', ')} ms`,
  );
  const last = perPress[perPress.length - 1] ?? [];
  for (const [i, commit] of last.entries()) {
    const top = Object.entries(commit.names)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, n]) => (n > 1 ? `${name} ×${n}` : name))
      .join(', ');
    console.log(
      `    commit ${i + 1} at ${f1(commit.atMs)} ms: ${commit.rendered} components rendered: ${top}`,
    );
  }
}

export function printProfile({
  presses,
  profiled,
  breakdown,
  commits,
}: {
  presses: PressTrace[];
  profiled: KeySample[];
  breakdown: CpuBreakdown;
  commits: CommitRecord[];
}): void {
  console.log('');
  console.log(`Pass 1, trace only (${presses.length} presses; times from the keydown's timestamp):`);
  console.log(
    `  probe: → chart mutation ${f1(median(present(presses.map((p) => p.toMutation))))} ms, → next frame (rAF) ${f1(median(present(presses.map((p) => p.toFrame))))} ms, → frame painted ${f1(median(present(presses.map((p) => p.toPainted))))} ms`,
  );
  const handlerCpu = printTask(
    'key task (keydown, input → React render and commit)',
    presses.map((p) => p.keyTask),
  );
  console.log(`  between key task and frame: wall ${f1(median(present(presses.map((p) => p.gapMs))))} ms`);
  printTask(
    'frame (BeginMainFrame: keyup, rAF, style, layout, paint, commit)',
    presses.map((p) => p.frameTask),
  );
  for (const p of presses)
    console.log(
      `    press ${p.key.padEnd(9)} mutation ${f1(p.toMutation ?? NaN).padStart(6)}  frame ${f1(p.toFrame ?? NaN).padStart(6)}  key task CPU ${f1(p.keyTask?.cpuMs ?? NaN).padStart(5)} (wall ${f1(p.keyTask?.wallMs ?? NaN)})  frame CPU ${f1(p.frameTask?.cpuMs ?? NaN).padStart(5)} (wall ${f1(p.frameTask?.wallMs ?? NaN)})  gc ${f1(p.keyTask?.split.gc.cpuMs ?? NaN)}`,
    );

  console.log('');
  const total = breakdown.samples;
  console.log(
    `Pass 2, CPU profiles (${profiled.length} presses, ${total} samples inside React's input handler, mean interval ${f1(breakdown.meanIntervalUs / 1000)} ms;`,
  );
  console.log(
    `  probe under the profiler: → mutation ${f1(median(present(profiled.map((s) => (s.mutation === null ? null : s.mutation - s.down)))))} ms).`,
  );
  printCommits(profiled, commits);
  console.log(
    `  Shares are of those samples; ms are the share of pass 1's handler script CPU (${f1(handlerCpu)} ms).`,
  );
  if (total === 0) {
    console.log('  No samples under dispatchDiscreteEvent: profile an unminified build (see the header).');
    return;
  }
  printShares('by phase', breakdown.byPhase, total, handlerCpu, 40);
  printShares(
    'components rendered (inclusive of what they call, not of child components)',
    breakdown.components,
    total,
    handlerCpu,
  );
  printShares('named functions (inclusive)', breakdown.inclusive, total, handlerCpu);
  printShares('by module (self time)', breakdown.byModule, total, handlerCpu);
  printShares('by function (self time)', breakdown.bySelf, total, handlerCpu, 25);
}
