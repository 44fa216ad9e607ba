/**
 * Reads V8 CPU profiles taken around key presses and splits the JavaScript that ran inside React's event
 * handler (every sample under `dispatchDiscreteEvent`) by phase (the component being rendered, commit, React's
 * own work loop, the handler and store), by module and by function. Module names come from the `// path`
 * comments an unminified Vite build writes before each module; a minified build has neither those nor
 * readable function names.
 */

export type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
export type CpuProfile = {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** Sample counts per label, over the samples taken inside the handler. */
export type CpuBreakdown = {
  samples: number;
  /** Mean sampling interval, µs (the profiler cannot keep its nominal rate on a busy machine). */
  meanIntervalUs: number;
  byPhase: Map<string, number>;
  byModule: Map<string, number>;
  bySelf: Map<string, number>;
  components: Map<string, number>;
  inclusive: Map<string, number>;
};

/** Functions worth seeing inclusive of what they call (the app's core and its memoised selectors). */
const NAMED = [
  'evaluateScenario',
  'evaluationOf',
  'chartModelOf',
  'buildChartRows',
  'buildMarkers',
  'flushPassiveEffects',
  'commitMutationEffects',
  'commitLayoutEffects',
];
const RENDERERS = new Set(['renderWithHooks', 'renderWithHooksAgain']);

/** Line → module maps of each served chunk, from the unminified build's `// path` module comments. */
export class ModuleMap {
  private readonly files = new Map<string, { lines: number[]; names: string[] }>();

  constructor(sources: Map<string, string>) {
    for (const [url, text] of sources) {
      const lines: number[] = [];
      const names: string[] = [];
      text.split('\n').forEach((line, index) => {
        const match = /^\/\/ (?:\.\.\/)*(?:main\/)?((?:src|node_modules)\/\S+)$/.exec(line);
        if (match?.[1]) {
          lines.push(index);
          names.push(match[1]);
        }
      });
      this.files.set(url, { lines, names });
    }
  }

  /** The module a frame's code comes from: "node_modules/recharts/es6/cartesian/Line.js", "src/core/…". */
  pathOf(frame: CallFrame): string {
    const file = this.files.get(frame.url);
    const chunk = frame.url.split('/').pop() ?? frame.url;
    if (!file || file.lines.length === 0) return chunk;
    let low = 0;
    let high = file.lines.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((file.lines[mid] ?? 0) <= frame.lineNumber) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 ? (file.names[found] ?? chunk) : chunk;
  }

  /** "react-dom", "recharts", "src/core/chart", "src/features/chart", … or the chunk's file name. */
  groupOf(frame: CallFrame): string {
    if (!frame.url) return `(native) ${frame.functionName || '(anonymous)'}`;
    const path = this.pathOf(frame);
    const parts = path.split('/');
    if (parts[0] === 'node_modules')
      return parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : (parts[1] ?? path);
    return parts.length > 3 ? parts.slice(0, 3).join('/') : path;
  }
}

/** A function's name, or for an anonymous one where it is (module and line). */
function labelOf(frame: CallFrame, modules: ModuleMap): string {
  if (frame.functionName) return `${frame.functionName} [${modules.groupOf(frame)}]`;
  const path = frame.url ? modules.pathOf(frame).replace(/^node_modules\//, '') : '(native)';
  return `(anonymous) [${path}, line ${frame.lineNumber + 1}]`;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function emptyBreakdown(): CpuBreakdown {
  return {
    samples: 0,
    meanIntervalUs: 0,
    byPhase: new Map(),
    byModule: new Map(),
    bySelf: new Map(),
    components: new Map(),
    inclusive: new Map(),
  };
}

/**
 * Adds the samples of `profile` to `into`: by default those inside React's discrete-event handler (a key
 * press); `keep` chooses others (it gets the stack's function names, innermost first).
 */
export function addProfile(
  into: CpuBreakdown,
  profile: CpuProfile,
  modules: ModuleMap,
  keep: (names: string[]) => boolean = (names) => names.includes('dispatchDiscreteEvent'),
): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const before = into.samples;
  for (const id of profile.samples) {
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at);
      if (node) stack.push(node.callFrame);
    }
    const names = stack.map((f) => f.functionName);
    // The commit probe's own fiber walk (profile-keystroke.ts) is not the app's time.
    if (!keep(names) || names.includes('onCommitFiberRoot')) continue;
    into.samples += 1;
    const leaf = stack[0]!;
    bump(into.byModule, modules.groupOf(leaf));
    bump(into.bySelf, labelOf(leaf, modules));
    for (const name of new Set(names)) if (NAMED.includes(name)) bump(into.inclusive, name);
    const rendered = stack.findIndex((_, i) => RENDERERS.has(stack[i + 1]?.functionName ?? ''));
    const component = rendered >= 0 ? stack[rendered] : undefined;
    if (component) {
      bump(into.components, labelOf(component, modules));
      bump(into.byPhase, `render: ${modules.groupOf(component)} components`);
      continue;
    }
    // Effects: owned by the innermost frame outside React.
    const owner = stack.find((f) => f.url && !/^react/.test(modules.groupOf(f)));
    const ownerGroup = owner ? modules.groupOf(owner) : 'react-dom';
    if (names.some((n) => n.startsWith('commitMutationEffects'))) bump(into.byPhase, 'commit: DOM mutations');
    else if (names.some((n) => n.startsWith('commitLayoutEffect') || n === 'commitLayoutEffects'))
      bump(into.byPhase, `commit: layout effects (${ownerGroup})`);
    else if (names.some((n) => n.startsWith('commitPassive') || n === 'flushPassiveEffects'))
      bump(into.byPhase, `commit: passive effects (${ownerGroup})`);
    else if (names.some((n) => n === 'performWorkOnRoot' || n === 'workLoopSync' || n === 'commitRoot'))
      bump(into.byPhase, 'React work loop (reconcile, commit bookkeeping)');
    else bump(into.byPhase, `handler and store (${ownerGroup})`);
  }
  const added = into.samples - before;
  into.meanIntervalUs =
    before + added > 0 ? (into.meanIntervalUs * before + interval * added) / (before + added) : interval;
}
