import { SCENARIO_VERSION } from './schema';

/**
 * Forward migrations of scenario documents. Migration `id` N turns a version N − 1 document into version N;
 * ids are consecutive from 2 to SCENARIO_VERSION, applied in order, each with its own test. Documents are plain
 * JSON here (unvalidated): the result goes through `parseScenario`.
 */
export type Migration = {
  /** The version this migration produces. */
  id: number;
  description: string;
  up: (document: Record<string, unknown>) => Record<string, unknown>;
};

/** The object at a path, or undefined: migrations change what is there and leave gaps to the schema to report. */
function objectAt(document: Record<string, unknown>, ...path: string[]): Record<string, unknown> | undefined {
  let node: unknown = document;
  for (const key of path) {
    node =
      typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? readOwn(node, key) : undefined;
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node)
    ? (node as Record<string, unknown>)
    : undefined;
}

/** An own property's value (never an inherited one such as `constructor`). */
function readOwn(node: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(node, key)?.value;
}

/** Version 1 is the first published schema; later versions append here, one test each (tests/core/migrate.test.ts). */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 2,
    description:
      'Serverless rates record the catalog they came from (options.serverless_api.catalog, null before v2).',
    up: (document) => {
      const serverless = objectAt(document, 'options', 'serverless_api');
      if (serverless && !Object.hasOwn(serverless, 'catalog')) serverless.catalog = null;
      return document;
    },
  },
];

export type MigrationError =
  | { kind: 'bad-version'; message: string }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'migration-failed'; from: number; to: number; message: string };

export type MigrationResult =
  { ok: true; value: Record<string, unknown>; applied: number[] } | { ok: false; error: MigrationError };

/**
 * Brings a document of any published version up to `target` (default: this build's version). Never throws: a
 * document from a newer build, without a version, or that a migration cannot handle comes back as an error.
 */
export function migrateDocument(
  document: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target = SCENARIO_VERSION,
): MigrationResult {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, error: { kind: 'bad-version', message: 'is not a scenario document' } };
  }
  const version = readOwn(document, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'bad-version', message: 'has no valid schema version' } };
  }
  if (version > target) return { ok: false, error: { kind: 'newer-version', version, supported: target } };
  let current: Record<string, unknown> = { ...document };
  const applied: number[] = [];
  for (let next = version + 1; next <= target; next += 1) {
    const migration = migrations.find((m) => m.id === next);
    if (!migration)
      return {
        ok: false,
        error: { kind: 'migration-failed', from: next - 1, to: next, message: 'no migration registered' },
      };
    try {
      current = { ...migration.up(structuredClone(current)), version: next };
    } catch {
      // The exception's own text is for developers; the error says which step failed.
      return {
        ok: false,
        error: {
          kind: 'migration-failed',
          from: next - 1,
          to: next,
          message: 'the document could not be converted',
        },
      };
    }
    applied.push(next);
  }
  return { ok: true, value: current, applied };
}
