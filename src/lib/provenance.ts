import {
  createScenario,
  findGpuVm,
  findOpenModel,
  gpuFor,
  presetSource,
  ptuFor,
  SOURCES,
  type GpuAssumptions,
  type Scenario,
  type SourceId,
} from '../core';
import { getAtPath } from './scenario-path';

/** Where a number in use comes from, and the value it had there (to mark and reset edits). */
export type Provenance = {
  /** Short name for tables and slides. */
  short: string;
  /** Full description. */
  title: string;
  asOf: string;
  /** The source's public page; empty when it has none (catalogs, planner assumptions). */
  url: string;
  kind: 'sourced' | 'verify' | 'assumption' | 'catalog';
  /** The value at the source (table, preset or catalog); undefined when the source has none. */
  original: unknown;
};

const CATALOG_FIELDS: Record<string, 'usdPerMTokInput' | 'usdPerMTokCachedInput' | 'usdPerMTokOutput'> = {
  'options.serverless_api.usdPerMTokInput': 'usdPerMTokInput',
  'options.serverless_api.usdPerMTokCachedInput': 'usdPerMTokCachedInput',
  'options.serverless_api.usdPerMTokOutput': 'usdPerMTokOutput',
};

/** Table values for a GPU plan's current VM, model and term; the user's own settings from the preset. */
function gpuDefaults(current: GpuAssumptions | null, preset: GpuAssumptions | null): GpuAssumptions | null {
  if (!current) return preset;
  const table = gpuFor(current, {});
  if (!preset) return table;
  return {
    ...table,
    selection: current.selection,
    targetPeakUtilization: preset.targetPeakUtilization,
    minReplicas: preset.minReplicas,
    inputTokenWeight: preset.inputTokenWeight,
    concurrentRequestsPerReplica: preset.concurrentRequestsPerReplica,
  };
}

/**
 * What each number would be for the scenario's current choices, untouched: the chosen VM's and model's table
 * figures, the PTU row of the chosen model, region and term, and the preset for everything else. A reset goes
 * back to these — never to a stale preset value for a VM that is no longer chosen.
 */
export function selectionDefaults(
  scenario: Scenario,
  preset: Scenario = createScenario(scenario.preset),
): Scenario {
  const ptu = scenario.options.provisioned_throughput.ptu;
  const ptuDefault = ptu ? ptuFor(ptu.modelId, scenario.workload.locality, ptu.term) : null;
  return {
    ...preset,
    options: {
      ...preset.options,
      provisioned_throughput: {
        ...preset.options.provisioned_throughput,
        ptu: ptuDefault ?? preset.options.provisioned_throughput.ptu,
      },
      custom_deployment: {
        ...preset.options.custom_deployment,
        gpu: gpuDefaults(scenario.options.custom_deployment.gpu, preset.options.custom_deployment.gpu),
      },
      kubernetes: {
        ...preset.options.kubernetes,
        gpu: gpuDefaults(scenario.options.kubernetes.gpu, preset.options.kubernetes.gpu),
      },
    },
  };
}

/**
 * The source of a GPU plan's figure from the tables it was taken from: the VM's price for its term, the serving
 * configuration's throughput (published figure or assumption), the model's weights and KV cache. Undefined
 * when the plan's VM or model is not in the tables (an edited plan cites the preset's sources instead).
 */
function gpuFieldSource(scenario: Scenario, path: string): SourceId | undefined {
  const match = /^options\.(custom_deployment|kubernetes)\.gpu\.(\w+)$/.exec(path);
  if (!match) return undefined;
  const gpu = scenario.options[match[1] as 'custom_deployment' | 'kubernetes'].gpu;
  if (!gpu) return undefined;
  const field = match[2];
  const vm = findGpuVm(gpu.vmSize);
  const model = findOpenModel(gpu.modelId, gpu.precision);
  if (field === 'usdPerVmHour' && vm && vm.usdPerHour[gpu.priceTerm] === gpu.usdPerVmHour)
    return vm.priceSource[gpu.priceTerm];
  if ((field === 'gpusPerVm' || field === 'gpuMemoryGb') && vm) return vm.priceSource.payg;
  if ((field === 'weightsGb' || field === 'kvCacheMbPerToken') && model)
    return model.architectureSource ?? 'model-configs';
  if (field === 'outputTokensPerSecondPerReplica' || field === 'gpusPerReplica') {
    const config = model?.configs.find(
      (c) =>
        c.gpuFamily === vm?.gpuFamily &&
        c.gpusPerReplica === gpu.gpusPerReplica &&
        c.outputTokensPerSecond === gpu.outputTokensPerSecondPerReplica,
    );
    return config?.source;
  }
  return undefined;
}

/**
 * Provenance of the number at `path`: pay-per-token rates picked from a catalog cite that catalog (version and
 * date); everything else cites the preset's source table, and its original is the default for the current
 * choices (`selectionDefaults`).
 */
export function provenanceOf(
  scenario: Scenario,
  path: string,
  defaults: Scenario = selectionDefaults(scenario),
): Provenance {
  const catalog = scenario.options.serverless_api.catalog;
  const catalogField = CATALOG_FIELDS[path];
  if (catalog && catalogField) {
    const name =
      catalog.source === 'genai-prices'
        ? `@pydantic/genai-prices ${catalog.version} (${catalog.provider} ${scenario.options.serverless_api.modelId})`
        : `Curated list: ${scenario.options.serverless_api.modelId}`;
    return {
      short: name,
      title: `${name}${catalog.tiered ? ', priced for one request of this size' : ''}`,
      asOf: catalog.asOf,
      url: '',
      kind: 'catalog',
      original: catalog[catalogField],
    };
  }
  const source =
    SOURCES[gpuFieldSource(scenario, path) ?? presetSource(scenario.preset, path) ?? 'planner-assumption'];
  return {
    short: source.short,
    title: source.title,
    asOf: source.asOf,
    url: source.url,
    kind: source.assumption ? 'assumption' : source.verify ? 'verify' : 'sourced',
    original: getAtPath(defaults, path),
  };
}
