import { PRICE_TERM_LABELS } from '../pricing/term-labels';
import { formatCount, formatCountOf, formatNumber, formatRate } from '../format';
import type { GpuAssumptions } from '../scenario/schema';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from '../units';
import { unitsAt, type StepCapacity } from './cost-structure';
import type { CapacityInfo, CostLine, ModelContext } from './option-model';

/** How replicas map onto VMs. */
export type GpuPacking = {
  /** Replicas that fit in one VM (≥ 1), or 1 when a replica spans VMs. */
  replicasPerVm: number;
  /** VMs one replica spans (≥ 1). */
  vmsPerReplica: number;
};

/** Replicas per VM = floor(GPUs per VM ÷ GPUs per replica); a replica larger than a VM spans ceil(ratio) VMs. */
export function gpuPacking(gpu: GpuAssumptions): GpuPacking {
  if (gpu.gpusPerReplica <= gpu.gpusPerVm) {
    return { replicasPerVm: Math.floor(gpu.gpusPerVm / gpu.gpusPerReplica), vmsPerReplica: 1 };
  }
  return { replicasPerVm: 1, vmsPerReplica: Math.ceil(gpu.gpusPerReplica / gpu.gpusPerVm) };
}

/**
 * Output-equivalent tokens per second at the peak per monthly token:
 *   peak × (generated + inputTokenWeight × in) ÷ 2,628,000 s,
 * where generated = visible output × (1 + reasoning ratio): hidden reasoning tokens are decoded like output.
 * Prefill is much faster than decode, so an input token loads a replica far less than an output token.
 */
export function peakLoadPerToken(ctx: ModelContext, gpu: GpuAssumptions): number {
  const { mix, scenario } = ctx;
  return (
    (scenario.workload.peakToAverage * (mix.generatedShare + gpu.inputTokenWeight * mix.inputShare)) /
    SECONDS_PER_MONTH
  );
}

/** Replicas needed before rounding per monthly token: peak load ÷ (throughput × target utilisation at peak). */
export function rawReplicasPerToken(ctx: ModelContext, gpu: GpuAssumptions): number {
  return peakLoadPerToken(ctx, gpu) / (gpu.outputTokensPerSecondPerReplica * gpu.targetPeakUtilization);
}

/**
 * GPU capacity in VMs as a step function. Replicas = max(min, ceil(raw)); VMs = ceil(replicas ÷ replicas per VM)
 * (= ceil(raw ÷ replicas per VM), since nested ceilings of an integer divisor collapse), or replicas × VMs per
 * replica when one replica spans several VMs.
 */
export function gpuStep(ctx: ModelContext, gpu: GpuAssumptions): StepCapacity {
  const packing = gpuPacking(gpu);
  const raw = rawReplicasPerToken(ctx, gpu);
  const usdPerUnitMonth = gpu.usdPerVmHour * HOURS_PER_MONTH;
  if (packing.vmsPerReplica > 1) {
    return {
      rawUnitsPerToken: raw * packing.vmsPerReplica,
      minUnits: gpu.minReplicas * packing.vmsPerReplica,
      stepUnits: packing.vmsPerReplica,
      usdPerUnitMonth,
    };
  }
  return {
    rawUnitsPerToken: raw / packing.replicasPerVm,
    minUnits: Math.ceil(gpu.minReplicas / packing.replicasPerVm),
    stepUnits: 1,
    usdPerUnitMonth,
  };
}

/** Replicas running at T: max(minReplicas, ceil(raw)). */
export function replicasAt(ctx: ModelContext, gpu: GpuAssumptions, monthlyTokens: number): number {
  return unitsAt(
    {
      rawUnitsPerToken: rawReplicasPerToken(ctx, gpu),
      minUnits: gpu.minReplicas,
      stepUnits: 1,
      usdPerUnitMonth: 0,
    },
    monthlyTokens,
  );
}

/** The GPU line, capacity figures and fit warnings at T tokens. */
export function describeGpu(
  ctx: ModelContext,
  gpu: GpuAssumptions,
  monthlyTokens: number,
  label: string,
): { line: CostLine; capacity: CapacityInfo; notes: string[] } {
  const step = gpuStep(ctx, gpu);
  const vms = unitsAt(step, monthlyTokens);
  const replicas = replicasAt(ctx, gpu, monthlyTokens);
  const averageLoad = (peakLoadPerToken(ctx, gpu) * monthlyTokens) / ctx.scenario.workload.peakToAverage;
  const rawReplicas = rawReplicasPerToken(ctx, gpu) * monthlyTokens;
  const notes: string[] = [];
  if (gpu.priceTerm === 'spot')
    notes.push('Spot VMs can be evicted at short notice; keep on-demand capacity for the minimum replicas.');
  return {
    line: {
      label,
      usd: vms * step.usdPerUnitMonth,
      formula: `${formatCount(vms)} × ${gpu.vmSize} × ${formatRate(gpu.usdPerVmHour, ctx.display)}/h × ${HOURS_PER_MONTH} h`,
    },
    capacity: {
      units: vms,
      unitLabel: `× ${gpu.vmSize}`,
      term: PRICE_TERM_LABELS[gpu.priceTerm],
      rawUnits: step.rawUnitsPerToken * monthlyTokens,
      utilization: replicas > 0 ? averageLoad / (replicas * gpu.outputTokensPerSecondPerReplica) : 0,
      detail: `Peak ${formatNumber(peakLoadPerToken(ctx, gpu) * monthlyTokens, 0)} output-equivalent tokens/s ÷ (${formatCount(gpu.outputTokensPerSecondPerReplica)} tokens/s per replica × ${formatNumber(gpu.targetPeakUtilization * 100, 0)}% target) = ${formatNumber(rawReplicas, 2)} → ${formatCountOf(replicas, 'replica')} of ${gpu.modelId} (minimum ${gpu.minReplicas}) on ${formatCountOf(vms, 'VM')}.`,
    },
    notes,
  };
}
