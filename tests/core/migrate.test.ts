import { describe, expect, it } from 'vitest';
import {
  createScenario,
  migrateDocument,
  MIGRATIONS,
  SCENARIO_VERSION,
  type Migration,
} from '../../src/core';

describe('scenario migrations', () => {
  it('ids are consecutive from 2 up to the current schema version', () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(
      Array.from({ length: SCENARIO_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('a current document passes through unchanged', () => {
    const scenario = createScenario('seed');
    expect(migrateDocument(scenario)).toEqual({ ok: true, value: scenario, applied: [] });
  });

  it('refuses documents from a newer build, without a version, or that are not objects', () => {
    expect(migrateDocument({ ...createScenario('seed'), version: SCENARIO_VERSION + 1 })).toEqual({
      ok: false,
      error: { kind: 'newer-version', version: SCENARIO_VERSION + 1, supported: SCENARIO_VERSION },
    });
    expect(migrateDocument({ preset: 'seed' })).toMatchObject({ ok: false, error: { kind: 'bad-version' } });
    expect(migrateDocument('hello')).toMatchObject({ ok: false, error: { kind: 'bad-version' } });
  });

  it('runs a chain in order and reports a failing step (mechanism, with stand-in migrations)', () => {
    const chain: Migration[] = [
      { id: 2, description: 'add a', up: (d) => ({ ...d, a: 1 }) },
      { id: 3, description: 'double a', up: (d) => ({ ...d, a: (d.a as number) * 2 }) },
    ];
    expect(migrateDocument({ version: 1 }, chain, 3)).toEqual({
      ok: true,
      value: { version: 3, a: 2 },
      applied: [2, 3],
    });
    expect(migrateDocument({ version: 2, a: 5 }, chain, 3)).toEqual({
      ok: true,
      value: { version: 3, a: 10 },
      applied: [3],
    });
    const broken: Migration[] = [
      chain[0]!,
      {
        id: 3,
        description: 'boom',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(migrateDocument({ version: 1 }, broken, 3)).toMatchObject({
      ok: false,
      error: { kind: 'migration-failed', from: 2, to: 3 },
    });
    expect(migrateDocument({ version: 1 }, [chain[1]!], 3)).toMatchObject({
      ok: false,
      error: { kind: 'migration-failed', from: 1, to: 2, message: 'no migration registered' },
    });
  });
});

describe('migration 2: serverless rates record their catalog', () => {
  it('adds catalog: null to a v1 document and nothing else', () => {
    const v1 = structuredClone(createScenario('azure')) as unknown as Record<string, unknown> & {
      options: { serverless_api: Record<string, unknown> };
    };
    delete v1.options.serverless_api.catalog;
    v1.version = 1;
    const migrated = migrateDocument(v1);
    expect(migrated).toEqual({ ok: true, value: createScenario('azure'), applied: [2] });
  });

  it('leaves a v1 document without serverless options for the schema to report', () => {
    expect(migrateDocument({ version: 1, options: {} })).toEqual({
      ok: true,
      value: { version: 2, options: {} },
      applied: [2],
    });
  });
});

describe('every migration ran', () => {
  it('a document of the first version passes through every migration, in order', () => {
    const v1 = structuredClone(createScenario('seed')) as unknown as Record<string, unknown> & {
      options: { serverless_api: Record<string, unknown> };
    };
    delete v1.options.serverless_api.catalog;
    v1.version = 1;
    const migrated = migrateDocument(v1);
    expect(migrated.ok && migrated.applied).toEqual(MIGRATIONS.map((m) => m.id));
    expect(migrated.ok && migrated.value.version).toBe(SCENARIO_VERSION);
  });
});
