/**
 * Reads a Chrome trace around key presses: for each press, the main-thread task that handled the key and the
 * frame that showed the result, with their time split into script, forced style/layout, GC, style, layout,
 * pre-paint, paint, layerize and commit. Wall time (`dur`) and the thread's CPU time (`tdur`) are both kept:
 * on a shared machine the thread is often descheduled, and only CPU time shows the work itself.
 */
import type { KeySample } from './probes';

export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { startTime?: number; type?: string; functionName?: string } };
};

export const PHASES = [
  'script',
  'forced style',
  'forced layout',
  'gc',
  'style',
  'layout',
  'pre-paint',
  'paint',
  'layerize',
  'commit',
  'other',
] as const;
export type Phase = (typeof PHASES)[number];
export type Split = Record<Phase, { wallMs: number; cpuMs: number }>;

export type TaskSplit = { startMs: number; wallMs: number; cpuMs: number; split: Split };

export type PressTrace = {
  key: string;
  toMutation: number | null;
  toFrame: number | null;
  toPainted: number | null;
  /** The task that ran the keydown / input handlers (React renders and commits inside it). */
  keyTask: TaskSplit | null;
  /** The first frame (BeginMainFrame task) after the chart mutation. */
  frameTask: TaskSplit | null;
  /** Wall time between the key task's end and the frame task's start (other tasks or waiting for vsync). */
  gapMs: number | null;
};

/** The phase an event's own time belongs to, given the phase of the event around it. */
function phaseOf(name: string, outer: Phase | null): Phase | null {
  const inScript = outer === 'script' || outer === 'forced style' || outer === 'forced layout';
  if (name === 'MinorGC' || name === 'MajorGC' || name.startsWith('V8.GC')) return 'gc';
  if (name === 'UpdateLayoutTree') return inScript ? 'forced style' : 'style';
  if (name === 'Layout') return inScript ? 'forced layout' : 'layout';
  if (['FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire'].includes(name))
    return outer === 'gc' ? 'gc' : 'script';
  if (name === 'PrePaint') return 'pre-paint';
  if (name === 'Paint') return 'paint';
  if (name === 'Layerize') return 'layerize';
  if (name === 'Commit') return 'commit';
  return null;
}

const emptySplit = (): Split => Object.fromEntries(PHASES.map((p) => [p, { wallMs: 0, cpuMs: 0 }])) as Split;

/** Splits a task's time by phase: each event's own time (minus its children's) goes to its phase. */
function splitTask(task: TraceEvent, events: TraceEvent[], originUs: number): TaskSplit {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  type Node = { event: TraceEvent; phase: Phase; children: Node[] };
  const root: Node = { event: task, phase: 'other', children: [] };
  const stack: Node[] = [root];
  for (const event of inside) {
    while (stack.length > 1) {
      const top = stack[stack.length - 1]!.event;
      if (event.ts < top.ts + (top.dur ?? 0)) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1]!;
    const node: Node = { event, phase: phaseOf(event.name, parent.phase) ?? parent.phase, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  const split = emptySplit();
  const visit = (node: Node) => {
    const childWall = node.children.reduce((s, c) => s + (c.event.dur ?? 0), 0);
    const childCpu = node.children.reduce((s, c) => s + (c.event.tdur ?? 0), 0);
    split[node.phase].wallMs += Math.max(0, (node.event.dur ?? 0) - childWall) / 1000;
    split[node.phase].cpuMs += Math.max(0, (node.event.tdur ?? 0) - childCpu) / 1000;
    node.children.forEach(visit);
  };
  visit(root);
  return {
    startMs: (task.ts - originUs) / 1000,
    wallMs: (task.dur ?? 0) / 1000,
    cpuMs: (task.tdur ?? 0) / 1000,
    split,
  };
}

/**
 * The split of one press. The press's `perf:keydown` user-timing mark (made by a keydown listener, so just
 * after the event's timestamp) has both a trace time (µs) and a performance.now() time (ms): it lines the two
 * clocks up.
 */
export function analyseTrace(events: TraceEvent[], sample: KeySample): PressTrace {
  const mark = events.find((e) => {
    const at = e.name === 'perf:keydown' ? e.args?.data?.startTime : undefined;
    return at !== undefined && at >= sample.down && at <= sample.dispatched + 20;
  });
  const result: PressTrace = {
    key: sample.key,
    toMutation: sample.mutation === null ? null : sample.mutation - sample.down,
    toFrame: sample.frame === null ? null : sample.frame - sample.down,
    toPainted: sample.painted === null ? null : sample.painted - sample.down,
    keyTask: null,
    frameTask: null,
    gapMs: null,
  };
  const markMs = mark?.args?.data?.startTime;
  if (!mark || markMs === undefined || sample.mutation === null) return result;
  const toTraceUs = (ms: number) => mark.ts + (ms - markMs) * 1000;
  const originUs = toTraceUs(sample.down);
  const main = events.filter(
    (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const keyTask = tasks.find((t) => t.ts <= mark.ts && mark.ts <= t.ts + (t.dur ?? 0));
  const mutationUs = toTraceUs(sample.mutation);
  const frameTask = tasks.find(
    (t) =>
      t.ts + (t.dur ?? 0) > mutationUs &&
      main.some((e) => e.name === 'PrePaint' && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)),
  );
  if (keyTask) result.keyTask = splitTask(keyTask, main, originUs);
  if (frameTask) result.frameTask = splitTask(frameTask, main, originUs);
  if (keyTask && frameTask) result.gapMs = (frameTask.ts - (keyTask.ts + (keyTask.dur ?? 0))) / 1000;
  return result;
}
