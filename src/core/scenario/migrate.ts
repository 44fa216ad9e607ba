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
/**
 * What schema v3 added, as published on 2026-12-02. Frozen here (not read from the pricing tables) so that
 * migrating an old document gives the same result forever; v3 presets start from the same values.
 */
export function v3Additions() {
  return {
    name: '',
    requirements: { modelQuality: 'match' as const, qualityTolerance: 30 },
    workload: { reasoningTokensPerOutputToken: 0 },
    platform: {
      apiGateway: { enabled: false, units: 1, usdPerUnitMonth: 700 },
      logIngestion: { enabled: false, kbPerRequest: 4, usdPerGb: 2.3, freeGbPerMonth: 5 },
      egress: { enabled: false, bytesPerOutputToken: 200, usdPerGb: 0.087, freeGbPerMonth: 100 },
    },
    fineTuning: {
      trainingTokens: 10_000_000,
      epochs: 3,
      usdPerMTokTraining: 25,
      hostingUsdPerDeploymentHour: 1.7,
      deployments: 1,
    },
    evolution: {
      horizonMonths: 36,
      growth: { mode: 'rate' as const, monthlyRate: 0, points: [] },
      switchingCostUsd: null,
      annualDiscountRate: 0,
    },
    sensitivity: { seed: 1, samples: 10_000, inputs: [] },
    /** Requests one replica serves at once (the KV cache must hold that many full contexts). */
    concurrentRequestsPerReplica: 8,
  };
}

/** KV-cache MB per token of the two models v1/v2 documents could name (layers × KV heads × head size × 4 B). */
const V2_KV_MB_PER_TOKEN: Record<string, number> = {
  'Llama-3.1-8B-Instruct': 0.131,
  'Llama-3.1-70B-Instruct': 0.328,
};

function upgradeGpuToV3(gpu: Record<string, unknown> | undefined): void {
  if (!gpu) return;
  gpu.selection = 'manual';
  gpu.precision = 'bf16';
  if (Object.hasOwn(gpu, 'modelMemoryGb')) {
    gpu.weightsGb = gpu.modelMemoryGb;
    delete gpu.modelMemoryGb;
  }
  const modelId = typeof gpu.modelId === 'string' ? gpu.modelId : '';
  gpu.kvCacheMbPerToken = Object.hasOwn(V2_KV_MB_PER_TOKEN, modelId) ? V2_KV_MB_PER_TOKEN[modelId] : 0;
  gpu.concurrentRequestsPerReplica = v3Additions().concurrentRequestsPerReplica;
}

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
  {
    id: 3,
    description:
      'Like-for-like planning: a name, model-quality rule, reasoning tokens, platform lines, fine-tuning, ' +
      'evolution and sensitivity settings; PTU may follow the API model; GPU capacity can be chosen by the ' +
      'planner and counts the KV cache; managed endpoints carry operations labour. Old documents keep their ' +
      'costs: PTU and GPU blocks stay as written (manual), new cost lines start at zero or off.',
    up: (document) => {
      const added = v3Additions();
      document.name = added.name;
      const requirements = objectAt(document, 'requirements');
      if (requirements) Object.assign(requirements, added.requirements);
      const workload = objectAt(document, 'workload');
      if (workload) Object.assign(workload, added.workload);
      document.platform = added.platform;
      document.fineTuning = added.fineTuning;
      document.evolution = added.evolution;
      document.sensitivity = added.sensitivity;
      const provisioned = objectAt(document, 'options', 'provisioned_throughput');
      if (provisioned) provisioned.followApiModel = false;
      const custom = objectAt(document, 'options', 'custom_deployment');
      if (custom) custom.labourUsdPerMonth = 0;
      upgradeGpuToV3(objectAt(document, 'options', 'custom_deployment', 'gpu'));
      upgradeGpuToV3(objectAt(document, 'options', 'kubernetes', 'gpu'));
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
