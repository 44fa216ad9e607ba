import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createScenario,
  createScenarioAt,
  migrateDocument,
  MIGRATIONS,
  SCENARIO_VERSION,
  type Migration,
  type Scenario,
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

/** Frozen documents as published: the azure preset of 2026-11-26 in schema v1 and v2 (tests/fixtures/documents). */
const frozen = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`tests/fixtures/documents/${name}.json`, 'utf8')) as Record<string, unknown>;

describe('migration 2: serverless rates record their catalog', () => {
  it('adds catalog: null to a v1 document and nothing else', () => {
    const migrated = migrateDocument(frozen('azure-2026-11-26-v1'), MIGRATIONS, 2);
    expect(migrated).toEqual({ ok: true, value: frozen('azure-2026-11-26-v2'), applied: [2] });
  });

  it('leaves a v1 document without serverless options for the schema to report', () => {
    expect(migrateDocument({ version: 1, options: {} }, MIGRATIONS, 2)).toEqual({
      ok: true,
      value: { version: 2, options: {} },
      applied: [2],
    });
  });
});

describe('migration 3: like-for-like planning', () => {
  it('adds the v3 fields with costs unchanged: PTU and GPU blocks stay manual, new lines off or zero', () => {
    const migrated = migrateDocument(frozen('azure-2026-11-26-v2'));
    if (!migrated.ok) throw new Error('migration failed');
    expect(migrated.applied).toEqual([3]);
    const v3 = migrated.value as unknown as Scenario;
    expect(v3.requirements).toMatchObject({ modelQuality: 'match', qualityTolerance: 30 });
    expect(v3.workload.reasoningTokensPerOutputToken).toBe(0);
    expect(v3.options.provisioned_throughput.followApiModel).toBe(false);
    expect(v3.options.custom_deployment.labourUsdPerMonth).toBe(0);
    expect(v3.options.custom_deployment.gpu).toMatchObject({
      selection: 'manual',
      precision: 'bf16',
      weightsGb: 16,
      kvCacheMbPerToken: 0.131,
      concurrentRequestsPerReplica: 8,
    });
    expect(v3.options.custom_deployment.gpu).not.toHaveProperty('modelMemoryGb');
    expect(v3.platform.apiGateway.enabled).toBe(false);
    expect(v3.evolution.horizonMonths).toBe(36);
    // And it is exactly what the preset revision gives (the schema accepts it).
    expect(v3).toEqual(createScenarioAt('azure', '2026-11-26'));
  });

  it('a GPU model it does not know gets no KV-cache figure rather than a guess', () => {
    const v2 = frozen('azure-2026-11-26-v2') as { options: { kubernetes: { gpu: Record<string, unknown> } } };
    v2.options.kubernetes.gpu.modelId = 'my-own-model';
    const migrated = migrateDocument(v2);
    expect(
      migrated.ok && (migrated.value as unknown as Scenario).options.kubernetes.gpu?.kvCacheMbPerToken,
    ).toBe(0);
  });
});

describe('every migration ran', () => {
  it('a document of the first version passes through every migration, in order', () => {
    const migrated = migrateDocument(frozen('seed-2024-10-01-v1'));
    expect(migrated.ok && migrated.applied).toEqual(MIGRATIONS.map((m) => m.id));
    expect(migrated.ok && migrated.value.version).toBe(SCENARIO_VERSION);
    expect(migrated.ok && migrated.value).toEqual(createScenario('seed'));
  });
});
