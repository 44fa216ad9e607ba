import { formatNumber } from '../format';
import { GPU_MEMORY_UTILIZATION, RUNTIME_OVERHEAD_GB_PER_GPU } from '../pricing/gpu-tables';
import type { GpuAssumptions } from '../scenario/schema';

/** Memory one replica needs against what it has, GB. */
export type MemoryFit = {
  fits: boolean;
  /** Usable memory of the replica's GPUs: GPUs × memory × 0.9 (vLLM's default share), GB. */
  usableGb: number;
  weightsGb: number;
  /** Runtime overhead: 2 GB per GPU. */
  overheadGb: number;
  /** KV cache for the concurrent requests' full contexts, GB. */
  kvCacheGb: number;
  /** weights + overhead + KV cache, GB. */
  neededGb: number;
};

/**
 * Whether a model fits one replica with its KV cache:
 *   needed = weights + 2 GB × GPUs + concurrent requests × context tokens × KV MB per token ÷ 1,000
 *   usable = GPUs per replica × GPU memory × 0.9.
 * E.g. Llama 3.3 70B BF16 with a 32,768-token context and 8 requests at once: 140 + 4 + 8 × 32,768 × 0.328 ÷
 * 1,000 = 230 GB against 2 × 80 × 0.9 = 144 GB on two A100s (does not fit), 288 GB on four (fits).
 */
export function memoryFit(gpu: GpuAssumptions, contextTokens: number): MemoryFit {
  const usableGb = gpu.gpusPerReplica * gpu.gpuMemoryGb * GPU_MEMORY_UTILIZATION;
  const overheadGb = gpu.gpusPerReplica * RUNTIME_OVERHEAD_GB_PER_GPU;
  const kvCacheGb = (gpu.concurrentRequestsPerReplica * contextTokens * gpu.kvCacheMbPerToken) / 1000;
  const neededGb = gpu.weightsGb + overheadGb + kvCacheGb;
  return { fits: neededGb <= usableGb, usableGb, weightsGb: gpu.weightsGb, overheadGb, kvCacheGb, neededGb };
}

/** The fit in words: "needs 230 GB (140 weights + 4 runtime + 86 KV cache) of 144 GB usable". */
export function describeFit(fit: MemoryFit): string {
  const gb = (value: number) => formatNumber(value, value < 10 ? 1 : 0);
  return `needs ${gb(fit.neededGb)} GB (${gb(fit.weightsGb)} weights + ${gb(fit.overheadGb)} runtime + ${gb(fit.kvCacheGb)} KV cache) of ${gb(fit.usableGb)} GB usable`;
}
