import fc from 'fast-check';
import { deflateSync } from 'fflate';
import {
  createScenario,
  describeReadError,
  evaluateScenario,
  OPTION_IDS,
  presetDocumentAt,
  presetRevisions,
  SCENARIO_VERSION,
  type PresetId,
  type ReadError,
  type ReadSubject,
  type Scenario,
} from '../../src/core';
import { bytesToBase64Url } from '../../src/lib/io/base64url';
import { decodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { FILE_FORMAT, readScenarioFile } from '../../src/lib/io/scenario-file';
import { readStoredDocument } from '../../src/state/saved-document';
import { resetSavedStore, STORAGE_KEY, useSavedStore } from '../../src/state/saved-store';
import {
  describeTree,
  fromValue,
  header,
  headerField,
  hostileKey,
  hostileValue,
  mutate,
  mutation,
  Obj,
  Raw,
  toText,
  type J,
} from './hostile-json';

/** What one case did: accepted or rejected (with the error's kind), and any broken promise. */
export type Outcome = { accepted: boolean; kind: string; message: string; problems: string[] };

/** A fuzz target: an arbitrary of cases and the check of one case. */
export type Target<C> = {
  name: string;
  arbitrary: fc.Arbitrary<C>;
  /** The case as text, for reports and fixtures, and back. */
  text: (c: C) => string;
  fromText: (text: string) => C;
  check: (c: C) => Outcome;
  /** Why a case is worth keeping as a fixture: labels with a score (the highest per label is kept). */
  notable?: (c: C, outcome: Outcome) => [string, number][];
};

const PRESETS: PresetId[] = ['seed', 'azure'];

/** Internal error text that must never reach a person: exception names, "undefined", "[object …]", stack frames. */
const INTERNAL_TEXT = /Error\b|undefined|\[object|\bat \S+ \(|:\d+:\d+\)?$|\n\s+at /m;

export function plainWordsProblems(message: string): string[] {
  const problems: string[] = [];
  if (INTERNAL_TEXT.test(message)) problems.push(`internal text in message: ${message.slice(0, 300)}`);
  if (message.trim() === '') problems.push('empty message');
  return problems;
}

function messageOf(
  error: ReadError,
  what: ReadSubject,
): { kind: string; message: string; problems: string[] } {
  const message = describeReadError(error, what);
  const kind = error.kind === 'corrupt' ? `corrupt (${error.detail})` : error.kind;
  return { kind, message, problems: plainWordsProblems(message) };
}

/** Every number a results page shows is finite, and the recommendation's sentences hold no NaN or undefined. */
export function evaluationProblems(scenario: Scenario): string[] {
  // Many accepted cases are the same scenario with hostile extras stripped: evaluate each one once.
  const key = JSON.stringify(scenario);
  const known = evaluated.get(key);
  if (known) return known;
  if (evaluated.size > 20_000) evaluated.clear();
  const problems = freshEvaluationProblems(scenario);
  evaluated.set(key, problems);
  return problems;
}

const evaluated = new Map<string, string[]>();

function freshEvaluationProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const evaluation = evaluateScenario(scenario);
  if (!Number.isFinite(evaluation.monthlyTokens)) problems.push('monthly tokens not finite');
  for (const option of evaluation.options)
    if (!Number.isFinite(option.monthlyCost)) problems.push(`${option.id} cost ${option.monthlyCost}`);
  for (const point of evaluation.breakEvens)
    if (!Number.isFinite(point.monthlyTokens) || !Number.isFinite(point.monthlyCost))
      problems.push(`break-even ${point.a}/${point.b} not finite`);
  const { reasons, warnings, seedRuleNote } = evaluation.recommendation;
  // A model the scenario names "NaN" may be named in a sentence: that is the user's text, not a broken number.
  const named = stringsIn(scenario).filter((text) => BROKEN_NUMBER.test(text));
  for (const sentence of [...reasons, ...warnings, seedRuleNote]) {
    const ours = named.reduce((rest, text) => rest.split(text).join(''), sentence);
    if (BROKEN_NUMBER.test(ours)) problems.push(`recommendation text: ${sentence}`);
  }
  return problems;
}

/** A number that went wrong on its way to words: NaN, Infinity, undefined, or a negative zero ("-0", "-0.0"). */
const BROKEN_NUMBER = /NaN|undefined|Infinity|(^|[^\d\w])-0(\.0+)?(?![\d.,])/;

/** Every string in a value (model ids, names), longest first. */
function stringsIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') found.push(node);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(visit);
  };
  visit(value);
  return found.sort((a, b) => b.length - a.length);
}

/** Prefer cases with many hostile parts, then shorter ones. */
function hostility(tree: J | undefined, text: string): number {
  return (tree ? describeTree(tree).length : 0) * 100_000 - Math.min(text.length, 99_999);
}

/** A full scenario document of a preset (at any published schema version), as a tree. */
function scenarioTree(preset: PresetId, version: number): J {
  const key = `${preset}@${version}`;
  let tree = trees.get(key);
  if (!tree) {
    const revision = presetRevisions(preset).at(-1)!;
    tree = fromValue(presetDocumentAt(preset, revision, version) ?? createScenario(preset));
    trees.set(key, tree);
  }
  return tree;
}

/** Trees are never modified (mutations build new ones), so each preset's is built once. */
const trees = new Map<string, J>();
const requirementsTrees = new Map<PresetId, J>(
  PRESETS.map((preset) => [preset, fromValue(createScenario(preset).requirements)]),
);
const SEED = createScenario('seed');

const versions = Array.from({ length: SCENARIO_VERSION }, (_, i) => i + 1);

/** Replaces (or adds) a member of an object tree; a Raw('') value removes it. */
function withMember(node: J, key: string, value: J): J {
  if (!(node instanceof Obj)) return node;
  const rest = node.entries.filter(([k]) => k !== key);
  return new Obj(value instanceof Raw && value.text === '' ? rest : [...rest, [key, value]]);
}

// ---------------------------------------------------------------------------------------------------------------
// Share links: a real link document { v, p, r, d, u }, encoded both ways.

type LinkCase = { document?: J; fragments: string[] };

const view: fc.Arbitrary<J> = fc.oneof(
  fc
    .record({
      v: fc.constantFrom<J>('r', 'w', 1, null),
      x: fc.constantFrom<J>('l', 'g', true),
      h: fc.oneof(
        fc.subarray([...OPTION_IDS]).map((ids): J => ids),
        fc.array(fc.oneof(fc.constantFrom<J>(...OPTION_IDS), hostileValue), { maxLength: 4 }),
        hostileValue,
      ),
    })
    .map(
      ({ v, x, h }) =>
        new Obj([
          ['v', v],
          ['x', x],
          ['h', h],
        ]),
    ),
  hostileValue,
);

const linkDocument: fc.Arbitrary<J> = fc
  .record({
    preset: fc.constantFrom(...PRESETS),
    version: fc.constantFrom(...versions),
    full: fc.boolean(),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 3 }),
    v: headerField(fc.constantFrom<J>(...versions)),
    p: headerField(fc.constant<J>('')),
    r: headerField(fc.constant<J>('')),
    u: fc.option(view, { nil: undefined }),
    extra: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }),
  })
  .map(({ preset, version, full, mutations, v, p, r, u, extra }) => {
    // The diff starts as the whole scenario (a link from a build that diffs nothing) or its requirements.
    const scenario = scenarioTree(preset, version);
    const base = full ? scenario : new Obj([['requirements', requirementsTrees.get(preset)!]]);
    const d = mutate(base, mutations);
    const fields: [string, J][] = header(
      [
        ['v', v],
        ['p', p === '' ? preset : p],
        ['r', r === '' ? presetRevisions(preset).at(-1)! : r],
        ['d', d],
      ],
      extra,
    );
    if (u !== undefined) fields.push(['u', u]);
    return new Obj(fields);
  });

function linkOutcome(fragment: string): Outcome {
  const decoded = decodeScenarioLink(fragment);
  if (decoded === null)
    return { accepted: false, kind: 'no scenario', message: '', problems: ['link read as empty'] };
  if (decoded.ok) {
    const problems = evaluationProblems(decoded.scenario);
    if (decoded.view.hidden.some((id) => !OPTION_IDS.includes(id)))
      problems.push('hidden holds a non-option');
    return { accepted: true, kind: 'accepted', message: '', problems };
  }
  return { accepted: false, ...messageOf(decoded.error, 'link') };
}

export const linkTarget: Target<LinkCase> = {
  name: 'share links',
  arbitrary: linkDocument.map((document) => {
    const bytes = new TextEncoder().encode(toText(document));
    return {
      document,
      fragments: [
        `s=j1:${bytesToBase64Url(bytes)}`,
        // Level 9 as the app writes; huge payloads (refused for length anyway) at level 1, which is much faster.
        `#s=z1:${bytesToBase64Url(deflateSync(bytes, { level: bytes.length < 20_000 ? 9 : 1 }))}`,
      ],
    };
  }),
  text: (c) => c.fragments.reduce((a, b) => (b.length < a.length ? b : a)).replace(/^#/, ''),
  fromText: (text) => ({ fragments: [text] }),
  check: (c) => {
    const outcomes = c.fragments.map(linkOutcome);
    const problems = outcomes.flatMap((o) => o.problems);
    const [plain, packed] = outcomes;
    // Both codecs carry the same document: they must agree, unless the plain one is too long to be a link.
    if (plain && packed && !/too long|too large/.test(`${plain.kind} ${packed.kind}`))
      if (plain.accepted !== packed.accepted || plain.kind !== packed.kind)
        problems.push(`j1 ${plain.kind} but z1 ${packed.kind}`);
    return { ...outcomes.at(-1)!, problems };
  },
  notable: (c, outcome) => {
    const labels = c.document ? describeTree(c.document) : [];
    const length = linkTarget.text(c).length;
    // Links a browser test opens: hostile yet short enough to paste, one per way of ending.
    const found: [string, number][] = [[outcome.kind, labels.length * 100_000 - length]];
    const depth = Math.max(0, ...labels.map((l) => Number(/^nested (\d+)/.exec(l)?.[1] ?? 0)));
    if (depth > 0) found.push(['deepest nesting', depth]);
    const keys = labels.filter((l) => l.startsWith('key ')).length;
    if (outcome.accepted && keys > 0) found.push(['accepted with hostile keys', keys * 100_000 - length]);
    return found;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Imported files: the export's envelope { format, scenario } or a bare document, as JSON text.

type FileCase = { tree?: J; text: string };

/** A full scenario document with up to `changes` hostile changes and hostile header fields. */
const scenarioDocumentWith = (changes: number, validWeight = 14): fc.Arbitrary<J> =>
  fc
    .record({
      preset: fc.constantFrom(...PRESETS),
      version: fc.constantFrom(...versions),
      mutations: fc.array(mutation, { minLength: 0, maxLength: changes }),
      v: headerField(fc.constant<J>(''), validWeight),
      p: headerField(fc.constant<J>(''), validWeight),
      r: headerField(fc.constant<J>(''), validWeight),
    })
    .map(({ preset, version, mutations, v, p, r }) => {
      let tree = mutate(scenarioTree(preset, version), mutations);
      if (v !== '') tree = withMember(tree, 'version', v);
      if (p !== '') tree = withMember(tree, 'preset', p);
      if (r !== '') tree = withMember(tree, 'presetRevision', r);
      return tree;
    });

const scenarioDocument = scenarioDocumentWith(3);

const fileTree: fc.Arbitrary<J> = fc.oneof(
  { weight: 3, arbitrary: scenarioDocument },
  {
    weight: 4,
    arbitrary: fc
      .record({
        format: headerField(fc.constant<J>(FILE_FORMAT)),
        scenario: fc.oneof(
          { weight: 5, arbitrary: scenarioDocument },
          { weight: 1, arbitrary: hostileValue },
        ),
        extra: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }),
      })
      .map(
        ({ format, scenario, extra }) =>
          new Obj(
            header(
              [
                ['format', format],
                ['scenario', scenario],
              ],
              extra,
            ),
          ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      hostileValue,
      scenarioDocument.map((d): J => [d]),
    ),
  },
);

export const fileTarget: Target<FileCase> = {
  name: 'imported files',
  arbitrary: fileTree.map((tree) => ({ tree, text: toText(tree) })),
  text: (c) => c.text,
  fromText: (text) => ({ text }),
  notable: (c, outcome) => [[outcome.kind, hostility(c.tree, c.text)]],
  check: (c) => {
    const read = readScenarioFile(c.text);
    if (read.ok)
      return { accepted: true, kind: 'accepted', message: '', problems: evaluationProblems(read.scenario) };
    return { accepted: false, ...messageOf(read.error, 'file') };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Saved scenarios: the persisted value in localStorage, read through the store, then one save on top of it.

type SavedCase = { tree?: J; text: string };

// A stored list holds several items, each able to spoil the case: their fields are hostile less often than a
// file's, so that a fair share of cases still has items to read.
const savedItem: fc.Arbitrary<J> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        id: headerField(fc.constantFrom<J>('a', 'b', 'a'), 40),
        name: headerField(fc.string({ maxLength: 30 }), 40),
        savedAt: headerField(fc.constant<J>('2026-11-26T00:00:00.000Z'), 40),
        scenario: fc.oneof(
          { weight: 6, arbitrary: scenarioDocumentWith(1, 40) },
          { weight: 1, arbitrary: hostileValue },
        ),
        extra: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }),
      })
      .map(
        ({ id, name, savedAt, scenario, extra }) =>
          new Obj(
            header(
              [
                ['id', id],
                ['name', name],
                ['savedAt', savedAt],
                ['scenario', scenario],
              ],
              extra,
            ),
          ),
      ),
  },
  { weight: 1, arbitrary: hostileValue },
);

const setAsideValue: fc.Arbitrary<J> = fc.oneof(
  fc.constant<J>([]),
  fc.constant<J>([null]),
  fc.array(
    fc.oneof(
      fc.constant<J>(
        new Obj([
          ['reason', 'not a saved scenario'],
          ['raw', 1],
        ]),
      ),
      fc.constantFrom<J>(null, 'toString', 7, new Obj([['reason', null]])),
      hostileValue,
    ),
    { maxLength: 3 },
  ),
  hostileValue,
  fc.constant(new Raw('', 'absent')),
);

const savedTree: fc.Arbitrary<J> = fc
  .record({
    items: fc.oneof(
      { weight: 10, arbitrary: fc.array(savedItem, { maxLength: 3 }).map((x): J => x) },
      { weight: 1, arbitrary: hostileValue },
    ),
    setAside: setAsideValue,
    version: headerField(fc.constantFrom<J>(1, 1, 1, 1, 2), 40),
    stateExtra: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }),
    extra: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }),
    // A change anywhere in the stored document, now and then.
    mutations: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(mutation, { maxLength: 1 }) },
    ),
  })
  .map(({ items, setAside, version, stateExtra, extra, mutations }) => {
    const state = new Obj(
      header(
        [
          ['items', items],
          ['setAside', setAside],
        ],
        stateExtra,
      ),
    );
    return mutate(
      new Obj(
        header(
          [
            ['state', state],
            ['version', version],
          ],
          extra,
        ),
      ),
      mutations,
    );
  });

export const savedTarget: Target<SavedCase> = {
  name: 'saved scenarios',
  arbitrary: fc
    .record({
      tree: savedTree,
      cut: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
    })
    .map(({ tree, cut }) => {
      const text = toText(tree);
      // Now and then the text is cut short, as by a write interrupted when storage filled up.
      return { tree, text: cut === null ? text : text.slice(0, cut % Math.max(1, text.length)) };
    }),
  text: (c) => c.text,
  fromText: (text) => ({ text }),
  notable: (c, outcome) => [[outcome.kind, hostility(c.tree, c.text)]],
  check: (c) => {
    localStorage.clear();
    localStorage.setItem(STORAGE_KEY, c.text);
    resetSavedStore();
    const before = useSavedStore.getState();
    const problems: string[] = [];
    for (const item of before.items) problems.push(...evaluationProblems(item.scenario));
    for (const entry of before.setAside) problems.push(...plainWordsProblems(entry.reason));
    if (new Set(before.items.map((i) => i.id)).size !== before.items.length)
      problems.push('an id listed twice');
    // One save on top: nothing readable or unreadable may be lost, and a newer version is never written.
    const saved = before.scenarioSaved('Fuzz', SEED);
    const after = useSavedStore.getState();
    const stored = localStorage.getItem(STORAGE_KEY) ?? '';
    const ids = new Set(after.items.map((i) => i.id));
    for (const item of [...before.items, saved]) if (!ids.has(item.id)) problems.push(`lost item ${item.id}`);
    for (const entry of before.setAside)
      if (!stored.includes(entry.text) && !after.setAside.some((s) => s.raw === entry.text))
        problems.push(`lost set-aside entry ${entry.text.slice(0, 80)}`);
    if (before.readOnly && stored !== c.text) problems.push('a newer version was rewritten');
    if (!before.readOnly && readStoredDocument(stored).kind !== 'ours')
      problems.push('wrote something it cannot read');
    const accepted = before.items.length > 0;
    const count = (n: number) => (n === 0 ? 'none' : n === 1 ? 'one' : 'several');
    const kind = before.readOnly
      ? 'newer version (read only)'
      : `${count(before.items.length)} read, ${count(before.setAside.length)} set aside`;
    return { accepted, kind, message: before.setAside.map((s) => s.reason).join(' | '), problems };
  },
};

/** A minimal localStorage for Node (the store only needs these four methods). */
export function installMemoryStorage(): void {
  if (typeof globalThis.localStorage !== 'undefined') return;
  const data = new Map<string, string>();
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, String(value)),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}
