import {
  createScenario,
  gpuFor,
  presetSource,
  ptuFor,
  SOURCES,
  type GpuAssumptions,
  type Scenario,
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
  const source = SOURCES[presetSource(scenario.preset, path) ?? 'planner-assumption'];
  return {
    short: source.short,
    title: source.title,
    asOf: source.asOf,
    url: source.url,
    kind: source.assumption ? 'assumption' : source.verify ? 'verify' : 'sourced',
    original: getAtPath(defaults, path),
  };
}
