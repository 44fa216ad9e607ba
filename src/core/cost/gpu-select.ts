import { capabilityVerdict } from '../decision/capability-rule';
import { formatCount } from '../format';
import { servedModel, type ServedModel } from '../pricing/capability';
import { GPU_VMS, OPEN_MODELS, findGpuVm, type Precision } from '../pricing/gpu-tables';
import type { GpuAssumptions } from '../scenario/schema';
import { unitsAt } from './cost-structure';
import { gpuStep } from './gpu-capacity';
import { describeFit, memoryFit, type MemoryFit } from './gpu-memory';
import type { ModelContext, Problem } from './option-model';

/** A self-hosted option's GPU plan with the numbers actually used. */
export type ResolvedGpu = {
  gpu: GpuAssumptions;
  model: ServedModel;
  fit: MemoryFit;
  /** Feasibility problems (memory, tensor parallelism across VMs); empty when it can run. */
  problems: Problem[];
  /** How the planner chose (auto), in one sentence; null for a manual plan. */
  choice: string | null;
};

const PRECISION_LABEL = { bf16: 'BF16', fp8: 'FP8', mxfp4: 'MXFP4' } as const;

/** A model as results name it, with its precision: "Qwen3-235B-A22B-2507 (FP8)". */
export function servedWithPrecision(gpu: GpuAssumptions): ServedModel {
  const model = servedModel(gpu.modelId);
  return { ...model, label: `${model.label} (${PRECISION_LABEL[gpu.precision]})` };
}

function feasibility(gpu: GpuAssumptions, fit: MemoryFit, contextTokens: number): Problem[] {
  const problems: Problem[] = [];
  if (gpu.gpusPerReplica > gpu.gpusPerVm)
    problems.push({
      kind: 'feasibility',
      reason: `One replica of ${gpu.modelId} needs ${gpu.gpusPerReplica} GPUs on one machine but ${gpu.vmSize} has ${gpu.gpusPerVm}: tensor parallelism does not span VMs here. Choose a VM with ${gpu.gpusPerReplica} or more GPUs.`,
    });
  if (!fit.fits)
    problems.push({
      kind: 'feasibility',
      reason: `${gpu.modelId} does not fit ${gpu.gpusPerReplica} × ${formatCount(gpu.gpuMemoryGb)} GB: it ${describeFit(fit)} for ${gpu.concurrentRequestsPerReplica} requests of ${formatCount(contextTokens)} tokens at once.`,
    });
  return problems;
}

type Candidate = { gpu: GpuAssumptions; model: ServedModel; fit: MemoryFit; costUsd: number };

/** Every table configuration that fits one VM with the scenario's context, priced at T tokens a month. */
function candidates(
  ctx: ModelContext,
  base: GpuAssumptions,
  monthlyTokens: number,
  only?: { modelId: string; precision: Precision },
): Candidate[] {
  const found: Candidate[] = [];
  for (const row of OPEN_MODELS) {
    if (only && (row.modelId !== only.modelId || row.precision !== only.precision)) continue;
    for (const config of row.configs) {
      for (const vm of GPU_VMS) {
        if (vm.gpuFamily !== config.gpuFamily || vm.gpusPerVm < config.gpusPerReplica) continue;
        const gpu: GpuAssumptions = {
          ...base,
          vmSize: vm.vmSize,
          gpusPerVm: vm.gpusPerVm,
          gpuMemoryGb: vm.gpuMemoryGb,
          usdPerVmHour: vm.usdPerHour[base.priceTerm],
          modelId: row.modelId,
          precision: row.precision,
          weightsGb: row.weightsGb,
          kvCacheMbPerToken: row.kvCacheMbPerToken,
          gpusPerReplica: config.gpusPerReplica,
          outputTokensPerSecondPerReplica: config.outputTokensPerSecond,
        };
        const fit = memoryFit(gpu, ctx.mix.contextTokens);
        if (!fit.fits) continue;
        const step = gpuStep(ctx, gpu);
        const costUsd = unitsAt(step, monthlyTokens) * step.usdPerUnitMonth;
        found.push({ gpu, model: servedWithPrecision(gpu), fit, costUsd });
      }
    }
  }
  return found;
}

const byCost = (a: Candidate, b: Candidate) =>
  a.costUsd - b.costUsd || a.gpu.gpusPerReplica - b.gpu.gpusPerReplica;
const byRating = (a: Candidate, b: Candidate) =>
  (b.model.capability ?? -Infinity) - (a.model.capability ?? -Infinity) || byCost(a, b);

/**
 * The GPU plan of a self-hosted option. Manual: the block as written, checked for fit. Auto: among every
 * open-weight model × serving configuration × VM that holds the model with its KV cache on one VM, the
 * cheapest at the scenario's volume whose model meets the capability rule; when the API model has no rating,
 * the highest-rated model (quality first); when none meets the rule, the highest-rated one (which the rule
 * then rules out, with its reason). O(models × configs × VMs) ≈ 150 cost evaluations.
 */
export function resolveGpu(ctx: ModelContext, gpu: GpuAssumptions, monthlyTokens: number): ResolvedGpu {
  if (gpu.selection === 'manual') {
    const fit = memoryFit(gpu, ctx.mix.contextTokens);
    return {
      gpu,
      model: servedWithPrecision(gpu),
      fit,
      problems: feasibility(gpu, fit, ctx.mix.contextTokens),
      choice: null,
    };
  }
  const all = candidates(ctx, gpu, monthlyTokens);
  const { api, scenario } = ctx;
  if (all.length === 0) {
    const fit = memoryFit(gpu, ctx.mix.contextTokens);
    return {
      gpu,
      model: servedWithPrecision(gpu),
      fit,
      problems: [
        {
          kind: 'feasibility',
          reason: `No open-weight model in the planner’s table fits one VM with ${gpu.concurrentRequestsPerReplica} requests of ${formatCount(ctx.mix.contextTokens)} tokens at once.`,
        },
      ],
      choice: null,
    };
  }
  const requirements = scenario.requirements;
  const allowed = all.filter((c) => {
    const verdict = capabilityVerdict(c.model, api, requirements);
    return verdict.allowed && !(requirements.modelQuality === 'match' && verdict.lower);
  });
  const unratedApi = api.capability === null && !api.illustrative;
  const pick =
    unratedApi && requirements.modelQuality === 'match'
      ? [...all].sort(byRating)[0]!
      : allowed.length > 0
        ? [...allowed].sort(byCost)[0]!
        : [...all].sort(byRating)[0]!;
  const vm = findGpuVm(pick.gpu.vmSize);
  const why = unratedApi
    ? `the highest-rated open-weight model (${api.label} has no rating to match)`
    : allowed.length === 0
      ? `the highest-rated open-weight model, yet not within ${formatCount(requirements.qualityTolerance)} points of ${api.label}`
      : requirements.modelQuality === 'match' && !api.illustrative
        ? `the cheapest open-weight model within ${formatCount(requirements.qualityTolerance)} points of ${api.label}`
        : 'the cheapest open-weight model';
  return {
    gpu: pick.gpu,
    model: pick.model,
    fit: pick.fit,
    problems: [],
    choice: `Chosen by the planner: ${pick.model.label}, ${why}, on ${pick.gpu.vmSize}${vm ? ` (${vm.gpuLabel})` : ''} with ${pick.gpu.gpusPerReplica} GPU${pick.gpu.gpusPerReplica === 1 ? '' : 's'} per replica — the cheapest configuration that holds it and its KV cache at this volume.`,
  };
}

/**
 * The cheapest VM configuration that holds one given model (at a precision) with the scenario's context, as a
 * manual plan — what choosing a model in the pricing step does. Undefined when no VM of the table holds it.
 */
export function cheapestPlanFor(
  ctx: ModelContext,
  gpu: GpuAssumptions,
  monthlyTokens: number,
  model: { modelId: string; precision: Precision },
): GpuAssumptions | undefined {
  const best = candidates(ctx, gpu, monthlyTokens, model).sort(byCost)[0];
  return best ? { ...best.gpu, selection: 'manual' } : undefined;
}
