import type { CatalogRef, GpuAssumptions, Locality, PtuAssumptions, Scenario } from '../scenario/schema';
import { findGpuVm, findOpenModel, type Precision } from './gpu-tables';
import { findPtuModel, ptuMinAndStep, usdPerPtuMonth, type PtuTerm } from './ptu-table';
import type { ServerlessModelRates } from './serverless-models';
import { SOURCES } from './sources';

/**
 * Pure helpers that turn a choice in the pricing step (a model, a VM, a term, a region type) into scenario
 * numbers from the sourced tables. The scenario keeps plain numbers, so every one stays editable.
 */

/** The PTU block for a model, deployment type and reservation term; null when Microsoft publishes no row. */
export function ptuFor(modelId: string, locality: Locality, term: PtuTerm): PtuAssumptions | null {
  const row = findPtuModel(modelId);
  if (!row) return null;
  return {
    modelId,
    term,
    usdPerPtuMonth: usdPerPtuMonth(locality, term),
    inputTpmPerPtu: row.inputTpmPerPtu,
    outputTokenWeight: row.outputTokenWeight,
    ...ptuMinAndStep(row, locality),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Changes where requests are processed. Serverless rates carry the uplift themselves; PTU price, minimum and
 * step follow the new deployment type unless the user had edited them (then they are left alone).
 */
export function withLocality(scenario: Scenario, locality: Locality): Scenario {
  const next: Scenario = { ...scenario, workload: { ...scenario.workload, locality } };
  const ptu = scenario.options.provisioned_throughput.ptu;
  if (ptu && sameJson(ptu, ptuFor(ptu.modelId, scenario.workload.locality, ptu.term))) {
    const updated = ptuFor(ptu.modelId, locality, ptu.term);
    if (updated)
      next.options = {
        ...scenario.options,
        provisioned_throughput: { ...scenario.options.provisioned_throughput, ptu: updated },
      };
  }
  return next;
}

/**
 * A GPU block for a model (at a precision) on a VM at a price term, from the tables, keeping the user's
 * headroom, minimum replicas, concurrency and input weight. The serving configuration is the published one for
 * the VM's GPU family with the fewest GPUs per replica that the VM holds. The result is a manual plan: the
 * user chose it. With no choice at all it re-derives the table values for the current selections (what
 * "reset" goes back to: the VM's own price, never a stale preset value).
 */
export function gpuFor(
  current: GpuAssumptions,
  choice: {
    modelId?: string;
    precision?: Precision;
    vmSize?: string;
    priceTerm?: GpuAssumptions['priceTerm'];
  },
): GpuAssumptions {
  const vm = findGpuVm(choice.vmSize ?? current.vmSize);
  const model = choice.modelId
    ? findOpenModel(choice.modelId, choice.precision)
    : findOpenModel(current.modelId, choice.precision ?? current.precision);
  const priceTerm = choice.priceTerm ?? current.priceTerm;
  const next: GpuAssumptions = { ...current, priceTerm, selection: 'manual' };
  if (vm) {
    next.vmSize = vm.vmSize;
    next.gpusPerVm = vm.gpusPerVm;
    next.gpuMemoryGb = vm.gpuMemoryGb;
    next.usdPerVmHour = vm.usdPerHour[priceTerm];
  }
  if (model) {
    next.modelId = model.modelId;
    next.precision = model.precision;
    next.weightsGb = model.weightsGb;
    next.kvCacheMbPerToken = model.kvCacheMbPerToken;
    const family = model.configs
      .filter((c) => !vm || c.gpuFamily === vm.gpuFamily)
      .sort((a, b) => a.gpusPerReplica - b.gpusPerReplica);
    const config = family.find((c) => !vm || c.gpusPerReplica <= vm.gpusPerVm) ?? family[0];
    if (config) {
      next.gpusPerReplica = config.gpusPerReplica;
      next.outputTokensPerSecondPerReplica = config.outputTokensPerSecond;
    }
  }
  return next;
}

/** The catalog reference for a model of the curated short list. */
export function curatedCatalogRef(model: ServerlessModelRates): CatalogRef {
  return {
    source: 'curated',
    provider: model.provider,
    version: 'curated list',
    asOf: SOURCES[model.source].asOf,
    usdPerMTokInput: model.usdPerMTokInput,
    usdPerMTokCachedInput: model.usdPerMTokCachedInput,
    usdPerMTokOutput: model.usdPerMTokOutput,
    tiered: false,
  };
}

/** Which serverless rates differ from the catalog they were taken from (edited by the user). */
export function overriddenRates(serverless: Scenario['options']['serverless_api']): {
  input: boolean;
  cached: boolean;
  output: boolean;
} {
  const c = serverless.catalog;
  if (!c) return { input: false, cached: false, output: false };
  return {
    input: serverless.usdPerMTokInput !== c.usdPerMTokInput,
    cached: serverless.usdPerMTokCachedInput !== c.usdPerMTokCachedInput,
    output: serverless.usdPerMTokOutput !== c.usdPerMTokOutput,
  };
}
