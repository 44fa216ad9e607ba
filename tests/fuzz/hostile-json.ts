import fc from 'fast-check';

/**
 * Well-formed JSON documents with hostile parts, for structured fuzzing. Mutating bytes of a valid link almost
 * never yields a document that parses, so it never reaches the code that reads fields; these arbitraries start
 * from a real document and change a few places in ways a hostile (or newer, or broken) writer would.
 *
 * Documents are built as a small tree (`J`) rather than JS objects, so that they can hold what a JS object
 * cannot: duplicate keys, a "__proto__" key, numbers JSON.stringify would turn into null (1e999, -0), and
 * nesting or sizes too large to build as values (written straight as text).
 */
export type J = number | string | boolean | null | J[] | Obj | Raw;

/** An object as its members in order (duplicates and "__proto__" allowed). */
export class Obj {
  constructor(readonly entries: [string, J][]) {}
}

/** JSON text written as is: non-finite or negative-zero numbers, deep nesting, huge arrays. */
export class Raw {
  constructor(
    readonly text: string,
    readonly label: string,
  ) {}
}

/** A plain JSON value as a tree. */
export function fromValue(value: unknown): J {
  if (Array.isArray(value)) return value.map(fromValue);
  if (typeof value === 'object' && value !== null)
    return new Obj(Object.entries(value).map(([k, v]) => [k, fromValue(v)]));
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** JSON text of a tree (numbers JSON cannot hold are written as Raw by the arbitraries). */
export function toText(node: J): string {
  if (node instanceof Raw) return node.text;
  if (node instanceof Obj)
    return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${toText(v)}`).join(',')}}`;
  if (Array.isArray(node)) return `[${node.map(toText).join(',')}]`;
  return JSON.stringify(node);
}

/** The member of an object tree, last one winning (as JSON.parse does). */
export function member(node: J, key: string): J | undefined {
  if (!(node instanceof Obj)) return undefined;
  return node.entries.findLast(([k]) => k === key)?.[1];
}

/** Names every JavaScript object inherits, and other keys that have tripped readers before. */
export const INHERITED_NAMES = [
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
] as const;

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INHERITED_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('', '0', 'length', '-1', 'then', '$ref', '\u0000', 'é', '💥') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('k'.repeat(5000)) },
);

/** Numbers a reader must refuse or survive: huge, tiny, negative, non-finite (as 1e999), -0, unsafe integers. */
export const hostileNumber: fc.Arbitrary<J> = fc.oneof(
  fc.constantFrom<J>(
    0,
    -1,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 2,
    1e21,
    0.1,
    new Raw('1e999', 'Infinity'),
    new Raw('-1e999', '-Infinity'),
    new Raw('-0', '-0'),
    new Raw('1e-400', 'underflow'),
    new Raw('123456789012345678901234567890', 'long integer'),
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  fc.integer(),
);

export const numericString: fc.Arbitrary<J> = fc.constantFrom(
  '1',
  '1e9',
  '-0',
  'Infinity',
  '-Infinity',
  'NaN',
  '0x10',
  ' 12 ',
  '1,5',
  '1_000',
  '',
  '1.5M',
);

/** Nested deeper than any scenario (written as text: as values they would overflow a recursive writer). */
export const deepNesting: fc.Arbitrary<J> = fc
  .record({
    depth: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 6, max: 40 }) },
      { weight: 1, arbitrary: fc.integer({ min: 40, max: 20_000 }) },
    ),
    array: fc.boolean(),
    key: fc.constantFrom(...INHERITED_NAMES, 'a'),
  })
  .map(({ depth, array, key }) => {
    const open = array ? '[' : `{${JSON.stringify(key)}:`;
    const close = array ? ']' : '}';
    return new Raw(`${open.repeat(depth)}1${close.repeat(depth)}`, `nested ${depth} deep`);
  });

/**
 * Built once: payloads just past the readers' limits (16,000 characters in a link, 20,000 values in a document),
 * where an off-by-one would show, and a few far past them. Kept near the limits rather than huge: a 1 MB
 * document costs milliseconds per read, and the suite reads tens of thousands.
 */
const OVERSIZED: J[] = [
  'x'.repeat(16_001),
  'x'.repeat(40_000),
  new Raw(`[${'0,'.repeat(19_990)}0]`, 'array of 19991'),
  new Raw(`[${'0,'.repeat(20_000)}0]`, 'array of 20001'),
  new Raw(`[${'[],'.repeat(25_000)}0]`, 'array of 25001'),
  new Raw(
    `{${Array.from({ length: 20_001 }, (_, i) => `"${i.toString(36)}":0`).join(',')}}`,
    'object of 20001 keys',
  ),
];

export const oversized: fc.Arbitrary<J> = fc.constantFrom(...OVERSIZED);

export const wrongType: fc.Arbitrary<J> = fc.constantFrom<J>(
  true,
  false,
  null,
  [],
  new Obj([]),
  [1, 2, 3],
  new Obj([['a', 1]]),
  [new Obj([])],
);

/**
 * Any hostile value. Payload bombs are rare per value (about 1 in 140), as a document holds several hostile
 * values and each bomb costs a reader milliseconds: about one case in fifty carries one, which is hundreds per
 * run, and the limits they probe are counts, not contents.
 */
export const hostileValue: fc.Arbitrary<J> = fc.oneof(
  { weight: 100, arbitrary: hostileNumber },
  { weight: 50, arbitrary: numericString },
  { weight: 50, arbitrary: fc.constantFrom<J>(...INHERITED_NAMES) },
  { weight: 50, arbitrary: wrongType },
  { weight: 16, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(fromValue) },
  { weight: 16, arbitrary: deepNesting },
  { weight: 2, arbitrary: oversized },
);

/**
 * One change to a tree at a place chosen by `walk` (an index at each level, taken modulo the children there):
 * replace a value, add a member with a hostile key (which may duplicate a key already there), delete one, put
 * an array where an object belongs or an object in an array.
 */
export type Mutation = {
  walk: number[];
  op: 'replace' | 'scale' | 'add-key' | 'delete' | 'to-array' | 'wrap';
  /** For 'scale': a number at the place is multiplied by 10 to this power (often still valid, and extreme). */
  power: number;
  key: string;
  value: J;
};

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  walk: fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
  op: fc.constantFrom(
    'replace',
    'replace',
    'scale',
    'scale',
    'scale',
    'add-key',
    'add-key',
    'delete',
    'to-array',
    'wrap',
  ),
  power: fc.integer({ min: -8, max: 14 }),
  key: hostileKey,
  value: hostileValue,
});

function children(node: J): J[] {
  if (node instanceof Obj) return node.entries.map(([, v]) => v);
  return Array.isArray(node) ? node : [];
}

function withChild(node: J, index: number, child: J | undefined): J {
  if (node instanceof Obj) {
    const entries = node.entries.flatMap(([k, v], i): [string, J][] =>
      i !== index ? [[k, v]] : child === undefined ? [] : [[k, child]],
    );
    return new Obj(entries);
  }
  if (Array.isArray(node))
    return node.flatMap((v, i) => (i !== index ? [v] : child === undefined ? [] : [child]));
  return node;
}

function scaled(node: J, power: number): J {
  return typeof node === 'number' ? node * 10 ** power : node;
}

function applyAt(node: J, walk: number[], m: Mutation): J {
  const kids = children(node);
  const [step, ...rest] = walk;
  // Descend while the walk says so and there is somewhere to go; else change this node.
  if (step !== undefined && kids.length > 0 && (rest.length > 0 || m.op !== 'add-key')) {
    const i = step % kids.length;
    const kid = kids[i]!;
    if (rest.length === 0 || children(kid).length === 0) {
      if (m.op === 'delete') return withChild(node, i, undefined);
      if (m.op === 'replace') return withChild(node, i, m.value);
      if (m.op === 'scale') return withChild(node, i, scaled(kid, m.power));
    }
    return withChild(node, i, applyAt(kid, rest, m));
  }
  switch (m.op) {
    case 'add-key':
      return node instanceof Obj ? new Obj([...node.entries, [m.key, m.value]]) : node;
    case 'to-array':
      return node instanceof Obj ? node.entries.map(([, v]) => v) : node;
    case 'wrap':
      return [node];
    case 'scale':
      return scaled(node, m.power);
    default:
      return m.value;
  }
}

export function mutate(node: J, mutations: readonly Mutation[]): J {
  return mutations.reduce((tree, m) => applyAt(tree, m.walk, m), node);
}

/** A header field (version, preset, revision…): right `validWeight` times in `validWeight + 5`, else hostile. */
export function headerField(valid: fc.Arbitrary<J>, validWeight = 14): fc.Arbitrary<J> {
  return fc.oneof(
    { weight: validWeight, arbitrary: valid },
    { weight: 2, arbitrary: fc.constantFrom<J>(...INHERITED_NAMES) },
    { weight: 2, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(new Raw('', 'absent')) },
  );
}

/** An object of header members; a Raw('') value means the member is left out. */
export function header(fields: [string, J][], extra: [string, J][] = []): [string, J][] {
  return [...fields, ...extra].filter(([, v]) => !(v instanceof Raw && v.text === ''));
}

/** Short description of a tree for reports: its size in characters and its most hostile parts. */
export function describeTree(node: J): string[] {
  const found = new Set<string>();
  const visit = (n: J) => {
    if (n instanceof Raw) found.add(n.label);
    else if (n instanceof Obj)
      for (const [k, v] of n.entries) {
        if ((INHERITED_NAMES as readonly string[]).includes(k)) found.add(`key ${k}`);
        visit(v);
      }
    else if (Array.isArray(n)) n.forEach(visit);
    else if (typeof n === 'string' && (INHERITED_NAMES as readonly string[]).includes(n))
      found.add(`value ${n}`);
  };
  visit(node);
  return [...found];
}
