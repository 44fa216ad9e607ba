/**
 * Scripts injected into the page (page.addInitScript / page.evaluate). They are plain JavaScript strings on
 * purpose: tsx compiles this folder with esbuild's keepNames, which wraps functions in `__name(...)` calls that
 * do not exist in the page, so a serialised TypeScript function would throw there.
 *
 * Every time is `performance.now()` (milliseconds since the document's time origin, i.e. navigation start).
 * Chromium's `event.timeStamp` is on the same clock, so keydown → mutation is a plain subtraction.
 */

/**
 * The cost chart's drawing: axes, grid, bands, lines and markers (src/features/chart/static-plot.tsx). Recharts'
 * hover layer over it draws only the tooltip, cursor and dots, and only while the pointer is on the chart.
 */
export const CHART_SVG = '[aria-label="Cost chart"] svg.chart__static-svg';
/** Present once Recharts' hover layer (src/features/chart/hover-layer.tsx) lies over the drawing. */
export const CHART_HOVER = '[aria-label="Cost chart"] .chart__hover .recharts-wrapper';
/** Present once the cost chart's lines are on screen. The roadmap's charts further down are not matched. */
export const ANY_CHART_LINES = '[aria-label="Cost chart"] path.chart-line';

/** What the keystroke probe records for one key press (all in ms, performance.now() clock). */
export type KeySample = {
  key: string;
  /** keydown `event.timeStamp`: when the browser received the key. */
  down: number;
  /** When the capture-phase keydown listener ran (down → dispatch is input delay). */
  dispatched: number;
  /** First MutationObserver callback that saw the chart's SVG change. */
  mutation: number | null;
  /** The requestAnimationFrame callback after that mutation: the frame that shows it. */
  frame: number | null;
  /** A message posted from that rAF callback: runs once the frame's style, layout and paint are done. */
  painted: number | null;
  /** Last chart mutation callback seen for this key (did the chart change again after the first?). */
  lastMutation: number | null;
  mutationCallbacks: number;
  /** Longest Event Timing entry (keydown / input / keyup) for this key: Chromium's own "to next paint". */
  eventTiming: number | null;
  /** The app's own `input-to-chart` measure (src/lib/perf.ts), when one started after this keydown. */
  appMeasure: number | null;
};

/**
 * Keystroke probe: a capture-phase keydown listener that opens a sample, a MutationObserver on the chart
 * (armed by `ARM_CHART_OBSERVER` once the chart exists), and an Event Timing observer.
 */
export const KEYSTROKE_PROBE = String.raw`(() => {
  const probe = { samples: [], current: null, observer: null, events: [] };
  window.__perfKeys = probe;
  addEventListener('keydown', (event) => {
    if (event.repeat) return;
    probe.current = {
      key: event.key, down: event.timeStamp, dispatched: performance.now(), mutation: null, frame: null,
      painted: null, lastMutation: null, mutationCallbacks: 0, eventTiming: null, appMeasure: null,
    };
    probe.samples.push(probe.current);
  }, { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const inChart = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    return Boolean(element && element.closest('svg.chart__static-svg'));
  };
  probe.onMutations = (records) => {
    const now = performance.now();
    const sample = probe.current;
    if (!sample) return;
    let chart = false;
    for (const record of records) {
      if (inChart(record.target)) { chart = true; break; }
      for (const node of record.addedNodes) if (node.nodeType === 1 && node.matches('${CHART_SVG}')) chart = true;
      if (chart) break;
    }
    if (!chart) return;
    sample.mutationCallbacks += 1;
    sample.lastMutation = now;
    if (sample.mutation !== null) return;
    sample.mutation = now;
    requestAnimationFrame(() => {
      sample.frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { sample.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
})();`;

/**
 * Arms the chart observer on the element around the chart (so a replaced <svg> is still seen) and returns
 * whether the chart was found.
 */
export const ARM_CHART_OBSERVER = String.raw`(() => {
  const probe = window.__perfKeys;
  const drawing = document.querySelector('${CHART_SVG}');
  const canvas = drawing && drawing.closest('.chart__canvas');
  if (!probe || !canvas) return false;
  if (probe.observer) probe.observer.disconnect();
  probe.observer = new MutationObserver(probe.onMutations);
  probe.observer.observe(canvas, { subtree: true, childList: true, attributes: true, characterData: true });
  return true;
})()`;

/** Fills in the Event Timing and app measure of the last sample and returns it (or null). */
export const COLLECT_KEY_SAMPLE = String.raw`(() => {
  const probe = window.__perfKeys;
  const sample = probe && probe.samples[probe.samples.length - 1];
  if (!sample) return null;
  const events = probe.events.filter((e) => e.start >= sample.down - 1 && /^key|^input|^beforeinput/.test(e.name));
  sample.eventTiming = events.length ? Math.max(...events.map((e) => e.duration)) : null;
  const measures = performance.getEntriesByName('input-to-chart').filter((m) => m.startTime >= sample.down - 1);
  sample.appMeasure = measures.length ? measures[0].duration : null;
  return sample;
})()`;

/** True once the last key's frame has painted and nothing in the chart has changed for `quietMs`. */
export function keySettled(quietMs: number): string {
  return String.raw`(() => {
    const probe = window.__perfKeys;
    const sample = probe && probe.samples[probe.samples.length - 1];
    if (!sample || sample.painted === null) return false;
    return performance.now() - Math.max(sample.painted, sample.lastMutation ?? 0) > ${quietMs};
  })()`;
}

/** What the load probe records for one page load (ms since navigation start). */
export type LoadSample = {
  fcp: number | null;
  lcp: number | null;
  /** Tag and text start of the LCP element, to see what Chromium picked. */
  lcpElement: string | null;
  /** First mutation callback that found the chart's lines in the DOM (either drawing). */
  chartInDom: number | null;
  /** First mutation callback that found the Recharts chart's lines (the interactive chart). */
  interactiveInDom: number | null;
  /** The first rAF callback in which the lines are present: the frame that draws them. */
  chartFrame: number | null;
  /** After that frame's style, layout and paint (a message posted from the rAF callback). */
  chartPainted: number | null;
  /** When <html data-ready> appeared (the app is interactive). */
  ready: number | null;
  loadEvent: number | null;
  /** JS resources (Resource Timing) with their responseEnd, to split what arrived before the chart. */
  scripts: { url: string; responseEnd: number; initiator: string; encodedBodySize: number }[];
};

/** Load probe: paint timing, LCP, and a rAF poll for the chart's lines, from the very start of the document. */
export const LOAD_PROBE = String.raw`(() => {
  const probe = { fcp: null, lcp: null, lcpElement: null, chartInDom: null, interactiveInDom: null, chartFrame: null, chartPainted: null, ready: null, loadEvent: null };
  window.__perfLoad = probe;
  const hasLines = () => document.querySelector('${ANY_CHART_LINES}') !== null;
  const hasInteractive = () => document.querySelector('${CHART_HOVER}') !== null;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (probe.ready === null && document.documentElement && document.documentElement.hasAttribute('data-ready')) probe.ready = now;
    if (probe.chartInDom === null && hasLines()) probe.chartInDom = now;
    if (probe.interactiveInDom === null && hasInteractive()) probe.interactiveInDom = now;
    if (probe.ready !== null && probe.interactiveInDom !== null) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  const poll = () => {
    if (!hasLines()) { requestAnimationFrame(poll); return; }
    probe.chartFrame = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { probe.chartPainted = performance.now(); };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(poll);
  addEventListener('load', () => { probe.loadEvent = performance.now(); }, { once: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.lcp = entry.startTime;
      const element = entry.element;
      probe.lcpElement = element ? element.tagName.toLowerCase() + ' "' + (element.textContent || '').trim().slice(0, 40) + '"' : null;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/** Returns the load probe's record plus the JS resources seen so far. */
export const COLLECT_LOAD_SAMPLE = String.raw`(() => {
  const scripts = performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => ({ url: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd, initiator: entry.initiatorType, encodedBodySize: entry.encodedBodySize }));
  return { ...window.__perfLoad, scripts };
})()`;

/** One React commit seen during a key press: when (ms after the keydown) and which components rendered. */
export type CommitRecord = { key: number; atMs: number; rendered: number; names: Record<string, number> };

/**
 * Counts React commits per key press through the hook React DevTools uses (production React calls it too):
 * at each commit, walks the fibers that rendered (flag PerformedWork, descending only where the children were
 * reconciled, as DevTools does) and counts them by component name. Component names need an unminified build.
 * The walk costs time inside the measured interval: use it in a pass whose timings do not matter.
 */
export const COMMIT_PROBE = String.raw`(() => {
  const commits = [];
  window.__perfCommits = commits;
  const nameOf = (type) => {
    if (!type || typeof type === 'string') return null;
    if (typeof type === 'function') return type.displayName || type.name || '(anonymous)';
    const inner = type.render || type.type;
    return type.displayName || (inner && (inner.displayName || inner.name)) || null;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject() { return 1; }, checkDCE() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, setStrictMode() {},
    onCommitFiberRoot(_id, root) {
      const keys = window.__perfKeys;
      const sample = keys && keys.current;
      if (!sample || performance.now() - sample.down > 2000) return;
      const at = performance.now() - sample.down;
      const names = {};
      let rendered = 0;
      const visit = (fiber) => {
        for (let child = fiber.child; child; child = child.sibling) {
          const previous = child.alternate;
          const name = nameOf(child.type);
          if (name && (!previous || (child.flags & 1))) { names[name] = (names[name] || 0) + 1; rendered += 1; }
          if (!previous || child.child !== previous.child) visit(child);
        }
      };
      visit(root.current);
      commits.push({ key: sample.down, atMs: at, rendered, names });
    },
  };
})();`;
