import { describe, expect, it } from 'vitest';
import { checkBudget } from './budgets';
import type { KeySample } from './probes';
import { median, percentile, summarise } from './stats';
import { analyseTrace, type TraceEvent } from './trace-analysis';

describe('perf statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    // (2 + 3) / 2 = 2.5
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes nearest-rank percentiles', () => {
    const tens = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    // p90 of 10 values: rank ceil(0.9 × 10) = 9 → 90
    expect(percentile(tens, 90)).toBe(90);
    // p90 of 9 values: rank ceil(0.9 × 9) = 9 → the largest
    expect(percentile(tens.slice(0, 9), 90)).toBe(90);
    expect(percentile([7], 50)).toBe(7);
  });

  it('leaves missing samples out of a summary', () => {
    expect(summarise([null, 4, undefined, 2, Number.NaN, 6])).toEqual({
      median: 4,
      p90: 6,
      min: 2,
      max: 6,
      n: 3,
    });
  });
});

describe('perf budgets', () => {
  it('passes at the limit, fails above it and when the figure is missing', () => {
    expect(checkBudget('keystroke-to-frame', 'seed', 33).pass).toBe(true);
    expect(checkBudget('keystroke-to-frame', 'seed', 33.04).pass).toBe(false);
    expect(checkBudget('share-link-js', 'azure', Number.NaN)).toMatchObject({ pass: false, value: null });
  });
});

describe('trace analysis', () => {
  // A key task from 1,000 µs to 21,000 µs holding the input handler (script 12 ms with a forced layout of 2 ms
  // and a minor GC of 1 ms), then the frame from 22,000 µs: style 1 ms, layout 2 ms, paint 3 ms.
  const at = { pid: 1, tid: 1, cat: 'x' };
  const x = (name: string, tsUs: number, durUs: number, tdurUs = durUs): TraceEvent => ({
    ...at,
    name,
    ph: 'X',
    ts: tsUs,
    dur: durUs,
    tdur: tdurUs,
  });
  const events: TraceEvent[] = [
    { ...at, name: 'perf:keydown', ph: 'I', ts: 1_100, args: { data: { startTime: 100.1 } } },
    x('RunTask', 1_000, 20_000, 16_000),
    x('EventDispatch', 1_050, 19_000, 15_000),
    x('FunctionCall', 2_000, 12_000, 9_000),
    x('Layout', 5_000, 2_000),
    x('MinorGC', 8_000, 1_000),
    x('UpdateLayoutTree', 15_000, 1_000),
    x('RunTask', 22_000, 8_000),
    x('UpdateLayoutTree', 22_100, 1_000),
    x('Layout', 23_200, 2_000),
    x('PrePaint', 25_300, 500),
    x('Paint', 26_000, 3_000),
  ];
  // performance.now() = (trace µs − 1,100) / 1000 + 100.1: the keydown at 1,000 µs is 100 ms.
  const sample: KeySample = {
    key: '1',
    down: 100,
    dispatched: 100.05,
    mutation: 114.5,
    frame: 122,
    painted: 130,
    lastMutation: 114.5,
    mutationCallbacks: 1,
    eventTiming: null,
    appMeasure: null,
  };

  it('splits the key task and the frame by phase', () => {
    const result = analyseTrace(events, sample);
    const key = result.keyTask!;
    expect(key.startMs).toBeCloseTo(0, 6);
    expect(key.wallMs).toBe(20);
    // script's own time: 12 − 2 (forced layout) − 1 (GC) = 9 ms wall; CPU 9 − 2 − 1 = 6 ms
    expect(key.split.script.wallMs).toBe(9);
    expect(key.split.script.cpuMs).toBe(6);
    expect(key.split['forced layout'].wallMs).toBe(2);
    expect(key.split.gc.wallMs).toBe(1);
    // the style recalc after the handler, outside script, is not forced
    expect(key.split.style.wallMs).toBe(1);
    expect(key.split['forced style'].wallMs).toBe(0);
    const frame = result.frameTask!;
    expect(frame.startMs).toBeCloseTo(21, 6);
    expect([frame.split.style.wallMs, frame.split.layout.wallMs, frame.split.paint.wallMs]).toEqual([
      1, 2, 3,
    ]);
    expect(result.gapMs).toBe(1);
  });

  it('finds nothing without the keydown mark', () => {
    const result = analyseTrace(
      events.filter((e) => e.name !== 'perf:keydown'),
      sample,
    );
    expect(result.keyTask).toBeNull();
  });
});
