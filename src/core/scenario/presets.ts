import type { GpuAssumptions, PresetId, Scenario } from './schema';
import type { SourceId } from '../pricing/sources';
import { migrateDocument, v3Additions } from './migrate';
import { decodeScenarioDocument } from './read';

/** The article's example requirements (`select_infrastructure({...})`), with 800 + 400 tokens per request. */
const ARTICLE_REQUIREMENTS: StoredV1['requirements'] = {
  dataSensitivity: 'medium',
  latencyMs: 500,
  monthlyRequests: 500_000,
  inputTokensPerRequest: 800,
  outputTokensPerRequest: 400,
  needCustomModel: false,
  mlExpertise: 'low',
  monthlyBudget: 5000,
};

const USD: StoredV1['display'] = { currency: 'USD', usdToCurrency: 1, rateAsOf: '' };

/**
 * "Seed article": the article's cost table exactly. serverless $0.005/1K; provisioned $0.002/1K + $3,000/month;
 * custom $5,000 setup + $0.001/1K + $8,000/month; kubernetes $20,000 setup + $0.0005/1K + $15,000/month;
 * private endpoints = serverless + one Private Link endpoint at $7.30/month. Run-rate only (no amortisation).
 */
/**
 * A preset as stored: a schema v1 document, frozen with its revision. `createScenarioAt` migrates it to the
 * current schema, so revisions published under v1 never change.
 */
type V1Gpu = Omit<
  GpuAssumptions,
  'selection' | 'precision' | 'weightsGb' | 'kvCacheMbPerToken' | 'concurrentRequestsPerReplica'
> & { modelMemoryGb: number };
type StoredV1 = Omit<
  Scenario,
  | 'version'
  | 'options'
  | 'name'
  | 'platform'
  | 'fineTuning'
  | 'evolution'
  | 'sensitivity'
  | 'requirements'
  | 'workload'
> & {
  version: 1;
  requirements: Omit<Scenario['requirements'], 'modelQuality' | 'qualityTolerance'>;
  workload: Omit<Scenario['workload'], 'reasoningTokensPerOutputToken'>;
  options: {
    serverless_api: Omit<Scenario['options']['serverless_api'], 'catalog'>;
    provisioned_throughput: Omit<Scenario['options']['provisioned_throughput'], 'followApiModel'>;
    private_endpoints: Scenario['options']['private_endpoints'];
    custom_deployment: Omit<Scenario['options']['custom_deployment'], 'labourUsdPerMonth' | 'gpu'> & {
      gpu: V1Gpu | null;
    };
    kubernetes: Omit<Scenario['options']['kubernetes'], 'gpu'> & { gpu: V1Gpu | null };
  };
};

function seedScenario(): StoredV1 {
  return {
    version: 1,
    preset: 'seed',
    presetRevision: '2024-10-01',
    requirements: { ...ARTICLE_REQUIREMENTS },
    workload: { peakToAverage: 2, cacheHitShare: 0, batchShare: 0, locality: 'global' },
    amortizationMonths: 0,
    options: {
      serverless_api: {
        setupUsd: 0,
        otherFixedUsdPerMonth: 0,
        modelId: 'seed-illustrative',
        usdPerMTokInput: 5,
        usdPerMTokCachedInput: 5,
        usdPerMTokOutput: 5,
        batchDiscount: 0.5,
        localityUplift: 0.1,
      },
      provisioned_throughput: {
        setupUsd: 0,
        otherFixedUsdPerMonth: 3000,
        usdPerMTok: 2,
        ptu: null,
        spillover: { enabled: false, basePtu: null },
      },
      private_endpoints: {
        setupUsd: 0,
        otherFixedUsdPerMonth: 0,
        endpointCount: 1,
        usdPerEndpointMonth: 7.3,
        privateDnsUsdPerMonth: 0,
        usdPerGbProcessed: 0,
        bytesPerInputToken: 4,
        bytesPerOutputToken: 200,
      },
      custom_deployment: { setupUsd: 5000, otherFixedUsdPerMonth: 8000, usdPerMTok: 1, gpu: null },
      kubernetes: {
        setupUsd: 20_000,
        otherFixedUsdPerMonth: 15_000,
        usdPerMTok: 0.5,
        controlPlaneUsdPerMonth: 0,
        systemPoolUsdPerMonth: 0,
        platformOverheadUsdPerMonth: 0,
        labourUsdPerMonth: 0,
        gpu: null,
      },
    },
    display: { ...USD },
  };
}

/**
 * "Azure list prices": capacity-aware, every number sourced (see `presetSource`). gpt-4.1 on Global
 * deployments; PTU on a yearly reservation (15 minimum, steps of 5, 3,000 input TPM per PTU, output weight 4:
 * the smallest deployment costs 15 × $2,652 ÷ 12 = $3,315/month); peak-to-average 2; an Azure ML managed
 * endpoint on Standard_NC24ads_A100_v4 pay-as-you-go serving Llama-3.1-8B with at least 2 instances; AKS
 * Standard tier + system pool + GPU nodes (1-year reserved) + an editable labour line.
 */
function azureScenario(): StoredV1 {
  const llama8bOnA100 = {
    vmSize: 'Standard_NC24ads_A100_v4',
    gpusPerVm: 1,
    gpuMemoryGb: 80,
    modelId: 'Llama-3.1-8B-Instruct',
    modelMemoryGb: 16,
    gpusPerReplica: 1,
    outputTokensPerSecondPerReplica: 1500,
    inputTokenWeight: 0.1,
    targetPeakUtilization: 0.75,
    minReplicas: 2,
  };
  return {
    version: 1,
    preset: 'azure',
    presetRevision: '2026-11-26',
    requirements: { ...ARTICLE_REQUIREMENTS },
    workload: { peakToAverage: 2, cacheHitShare: 0, batchShare: 0, locality: 'global' },
    amortizationMonths: 0,
    options: {
      serverless_api: {
        setupUsd: 0,
        otherFixedUsdPerMonth: 0,
        modelId: 'gpt-4.1',
        usdPerMTokInput: 2,
        usdPerMTokCachedInput: 0.5,
        usdPerMTokOutput: 8,
        batchDiscount: 0.5,
        localityUplift: 0.1,
      },
      provisioned_throughput: {
        setupUsd: 0,
        otherFixedUsdPerMonth: 0,
        usdPerMTok: 0,
        ptu: {
          modelId: 'gpt-4.1',
          term: 'yearly',
          usdPerPtuMonth: 2652 / 12,
          inputTpmPerPtu: 3000,
          outputTokenWeight: 4,
          minPtu: 15,
          ptuStep: 5,
        },
        spillover: { enabled: false, basePtu: null },
      },
      private_endpoints: {
        setupUsd: 0,
        otherFixedUsdPerMonth: 0,
        endpointCount: 1,
        usdPerEndpointMonth: 7.3,
        privateDnsUsdPerMonth: 0.5,
        usdPerGbProcessed: 0.01,
        bytesPerInputToken: 4,
        bytesPerOutputToken: 200,
      },
      custom_deployment: {
        setupUsd: 5000,
        otherFixedUsdPerMonth: 0,
        usdPerMTok: 0,
        gpu: { ...llama8bOnA100, usdPerVmHour: 3.673, priceTerm: 'payg' },
      },
      kubernetes: {
        setupUsd: 20_000,
        otherFixedUsdPerMonth: 0,
        usdPerMTok: 0,
        controlPlaneUsdPerMonth: 73,
        systemPoolUsdPerMonth: 280,
        platformOverheadUsdPerMonth: 500,
        labourUsdPerMonth: 4000,
        gpu: { ...llama8bOnA100, usdPerVmHour: 2.24, priceTerm: 'reserved_1y' },
      },
    },
    display: { ...USD },
  };
}

/**
 * "Azure list prices", revision 2026-12-02 (schema v3): like for like. PTUs follow the API model; both
 * self-hosted options let the planner choose the cheapest open-weight model within 30 rating points of the API
 * model and the cheapest VM configuration that holds it with its KV cache; the managed endpoint carries
 * operations labour too (both labour lines are planner assumptions).
 */
function azureScenarioV3(): Scenario {
  const v1 = azureScenario();
  const added = v3Additions();
  const gpu = {
    selection: 'auto' as const,
    vmSize: 'Standard_ND96isr_H100_v5',
    gpusPerVm: 8,
    gpuMemoryGb: 80,
    usdPerVmHour: 98.32,
    priceTerm: 'payg' as const,
    modelId: 'Qwen3-235B-A22B-Instruct-2507',
    precision: 'fp8' as const,
    weightsGb: 235,
    kvCacheMbPerToken: 0.193,
    gpusPerReplica: 4,
    outputTokensPerSecondPerReplica: 1851,
    concurrentRequestsPerReplica: added.concurrentRequestsPerReplica,
    inputTokenWeight: 0.1,
    targetPeakUtilization: 0.75,
    minReplicas: 2,
  };
  return {
    ...v1,
    version: 3,
    name: added.name,
    presetRevision: '2026-12-02',
    requirements: { ...v1.requirements, ...added.requirements },
    workload: { ...v1.workload, ...added.workload },
    platform: added.platform,
    fineTuning: added.fineTuning,
    evolution: added.evolution,
    sensitivity: added.sensitivity,
    options: {
      serverless_api: { ...v1.options.serverless_api, catalog: null },
      provisioned_throughput: { ...v1.options.provisioned_throughput, followApiModel: true },
      private_endpoints: v1.options.private_endpoints,
      custom_deployment: { ...v1.options.custom_deployment, labourUsdPerMonth: 2000, gpu },
      kubernetes: {
        ...v1.options.kubernetes,
        gpu: { ...gpu, usdPerVmHour: 61.6, priceTerm: 'reserved_1y' as const },
      },
    },
  };
}

/** The names users see for the presets. */
export const PRESET_LABELS: Record<PresetId, string> = {
  seed: 'Seed article (illustrative)',
  azure: 'Azure list prices',
};

/**
 * Every published revision of every preset, as stored documents (any schema version). Prices change by adding
 * a revision, never by editing one: share links name the revision they were made with, so they reopen with the
 * same numbers. The last revision of each preset is the one new scenarios use.
 */
const PRESET_REVISIONS: Record<PresetId, readonly { revision: string; document: () => unknown }[]> = {
  seed: [{ revision: '2024-10-01', document: seedScenario }],
  azure: [
    { revision: '2026-11-26', document: azureScenario },
    { revision: '2026-12-02', document: azureScenarioV3 },
  ],
};

/** Narrows unknown input to a preset id: own keys only, so "toString" or "__proto__" are not presets. */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && Object.hasOwn(PRESET_REVISIONS, value);
}

/** The stored revision of a preset, or undefined (never an inherited property of the table). */
function findRevision(preset: PresetId, revision: string) {
  if (!isPresetId(preset)) return undefined;
  return PRESET_REVISIONS[preset].find((r) => r.revision === revision);
}

/** The revision new scenarios of a preset start from. */
export function latestRevision(preset: PresetId): string {
  const revisions = PRESET_REVISIONS[preset];
  return revisions[revisions.length - 1]!.revision;
}

/** The revisions of a preset, oldest first. */
export function presetRevisions(preset: PresetId): string[] {
  return PRESET_REVISIONS[preset].map((r) => r.revision);
}

/**
 * A preset at a given revision, migrated to this build's schema; null for an unknown revision. Shipped
 * revisions always migrate and validate (tests/core/presets.test.ts checks each one).
 */
export function createScenarioAt(preset: PresetId, revision: string): Scenario | null {
  const found = findRevision(preset, revision);
  if (!found) return null;
  const read = decodeScenarioDocument(found.document());
  return read.ok ? read.value : null;
}

/**
 * A preset revision as a plain document in schema version `version` (stored documents migrated forward as
 * far as needed), or null for an unknown revision or version. Share links made by an older build diff against
 * this.
 */
export function presetDocumentAt(
  preset: PresetId,
  revision: string,
  version: number,
): Record<string, unknown> | null {
  const found = findRevision(preset, revision);
  if (!found) return null;
  const migrated = migrateDocument(found.document(), undefined, version);
  return migrated.ok ? migrated.value : null;
}

/**
 * A complete, valid scenario for a preset at its latest revision. The built-in default is `seed`, so a first
 * visit reproduces the article's numbers.
 */
export function createScenario(preset: PresetId): Scenario {
  const scenario = createScenarioAt(preset, latestRevision(preset));
  if (!scenario) throw new Error(`preset ${preset} does not validate`); // unreachable: guarded by tests
  return scenario;
}

/** Sources of the fields schema v3 added, shared by both presets. */
const V3_SOURCES: Record<string, SourceId> = {
  name: 'planner-assumption',
  'requirements.modelQuality': 'planner-assumption',
  'requirements.qualityTolerance': 'planner-assumption',
  'workload.reasoningTokensPerOutputToken': 'openai-reasoning',
  platform: 'planner-assumption',
  'platform.apiGateway.usdPerUnitMonth': 'azure-apim-pricing',
  'platform.logIngestion.usdPerGb': 'azure-log-analytics',
  'platform.logIngestion.freeGbPerMonth': 'azure-log-analytics',
  'platform.egress.usdPerGb': 'azure-egress',
  'platform.egress.freeGbPerMonth': 'azure-egress',
  fineTuning: 'azure-openai-fine-tuning',
  'fineTuning.trainingTokens': 'planner-assumption',
  'fineTuning.epochs': 'planner-assumption',
  'fineTuning.deployments': 'planner-assumption',
  'options.provisioned_throughput.followApiModel': 'planner-assumption',
  'options.custom_deployment.labourUsdPerMonth': 'planner-assumption',
  'options.custom_deployment.gpu.kvCacheMbPerToken': 'model-configs',
  'options.custom_deployment.gpu.weightsGb': 'model-configs',
  'options.custom_deployment.gpu.concurrentRequestsPerReplica': 'planner-assumption',
  'options.kubernetes.gpu.kvCacheMbPerToken': 'model-configs',
  'options.kubernetes.gpu.weightsGb': 'model-configs',
  'options.kubernetes.gpu.concurrentRequestsPerReplica': 'planner-assumption',
  evolution: 'planner-assumption',
  sensitivity: 'planner-assumption',
};

/**
 * Workload shares are the user's own estimates: only the peak-to-average ratio has a convention behind it
 * ('pricing-conventions'); cache hits, batch share and where requests are processed must not cite it.
 */
const WORKLOAD_SOURCES: Record<string, SourceId> = {
  'workload.cacheHitShare': 'planner-assumption',
  'workload.batchShare': 'planner-assumption',
  'workload.locality': 'planner-assumption',
};

/** Where each preset's numbers come from: the longest matching path prefix wins. */
const PRESET_SOURCES: Record<PresetId, Record<string, SourceId>> = {
  seed: {
    requirements: 'seed-article',
    'requirements.inputTokensPerRequest': 'planner-assumption',
    'requirements.outputTokensPerRequest': 'planner-assumption',
    workload: 'pricing-conventions',
    ...WORKLOAD_SOURCES,
    amortizationMonths: 'seed-article',
    options: 'seed-article',
    'options.serverless_api.batchDiscount': 'azure-openai-pricing-modifiers',
    'options.serverless_api.localityUplift': 'azure-openai-pricing-modifiers',
    'options.private_endpoints': 'azure-private-link',
    'options.private_endpoints.bytesPerInputToken': 'planner-assumption',
    'options.private_endpoints.bytesPerOutputToken': 'planner-assumption',
    'options.private_endpoints.usdPerGbProcessed': 'seed-article',
    'options.private_endpoints.privateDnsUsdPerMonth': 'seed-article',
    ...V3_SOURCES,
    display: 'planner-assumption',
  },
  azure: {
    requirements: 'seed-article',
    'requirements.inputTokensPerRequest': 'planner-assumption',
    'requirements.outputTokensPerRequest': 'planner-assumption',
    workload: 'pricing-conventions',
    ...WORKLOAD_SOURCES,
    amortizationMonths: 'planner-assumption',
    'options.serverless_api': 'openai-azure-token-prices',
    'options.serverless_api.setupUsd': 'planner-assumption',
    'options.serverless_api.otherFixedUsdPerMonth': 'planner-assumption',
    'options.serverless_api.batchDiscount': 'azure-openai-pricing-modifiers',
    'options.serverless_api.localityUplift': 'azure-openai-pricing-modifiers',
    'options.provisioned_throughput': 'azure-ptu-billing',
    'options.provisioned_throughput.setupUsd': 'planner-assumption',
    'options.provisioned_throughput.otherFixedUsdPerMonth': 'planner-assumption',
    'options.provisioned_throughput.usdPerMTok': 'azure-ptu-billing',
    'options.provisioned_throughput.ptu.usdPerPtuMonth': 'azure-ptu-prices',
    'options.provisioned_throughput.ptu.term': 'azure-ptu-prices',
    'options.provisioned_throughput.spillover': 'planner-assumption',
    'options.private_endpoints': 'azure-private-link',
    'options.private_endpoints.setupUsd': 'planner-assumption',
    'options.private_endpoints.otherFixedUsdPerMonth': 'planner-assumption',
    'options.private_endpoints.bytesPerInputToken': 'planner-assumption',
    'options.private_endpoints.bytesPerOutputToken': 'planner-assumption',
    'options.custom_deployment': 'planner-assumption',
    'options.custom_deployment.setupUsd': 'seed-article',
    'options.custom_deployment.gpu': 'azure-gpu-vm-prices',
    'options.custom_deployment.gpu.modelId': 'vllm-benchmarks',
    'options.custom_deployment.gpu.gpusPerReplica': 'vllm-benchmarks',
    'options.custom_deployment.gpu.outputTokensPerSecondPerReplica': 'vllm-benchmarks',
    'options.custom_deployment.gpu.inputTokenWeight': 'vllm-benchmarks',
    'options.custom_deployment.gpu.targetPeakUtilization': 'vllm-benchmarks',
    'options.custom_deployment.gpu.minReplicas': 'planner-assumption',
    'options.kubernetes': 'planner-assumption',
    'options.kubernetes.setupUsd': 'seed-article',
    'options.kubernetes.controlPlaneUsdPerMonth': 'azure-aks-pricing',
    'options.kubernetes.systemPoolUsdPerMonth': 'azure-aks-pricing',
    'options.kubernetes.gpu': 'azure-gpu-vm-prices',
    'options.kubernetes.gpu.modelId': 'vllm-benchmarks',
    'options.kubernetes.gpu.gpusPerReplica': 'vllm-benchmarks',
    'options.kubernetes.gpu.outputTokensPerSecondPerReplica': 'vllm-benchmarks',
    'options.kubernetes.gpu.inputTokenWeight': 'vllm-benchmarks',
    'options.kubernetes.gpu.targetPeakUtilization': 'vllm-benchmarks',
    'options.kubernetes.gpu.minReplicas': 'planner-assumption',
    ...V3_SOURCES,
    display: 'planner-assumption',
  },
};

/** The source of a preset's value at a dotted path, e.g. "options.serverless_api.usdPerMTokInput". */
export function presetSource(preset: PresetId, path: string): SourceId | undefined {
  if (!isPresetId(preset)) return undefined;
  const table = PRESET_SOURCES[preset];
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const key = parts.slice(0, length).join('.');
    const found = Object.hasOwn(table, key) ? table[key] : undefined;
    if (found) return found;
  }
  return undefined;
}
