import * as z from 'zod/mini';
import { countField, labelField, numberField, shareField } from '../../scenario/fields';

/** GPU capacity of a self-hosted option (managed endpoint or Kubernetes nodes). */
export const GpuSchema = z.strictObject(
  {
    /**
     * 'auto': the planner serves the cheapest open-weight model that meets the capability rule on the cheapest
     * VM configuration that fits it (the model, VM and throughput fields below are then ignored);
     * 'manual': exactly the figures below. Added in schema v3 (older documents are manual).
     */
    selection: z.enum(['auto', 'manual'], { error: 'must be auto or manual' }),
    /** VM size, e.g. Standard_NC24ads_A100_v4. */
    vmSize: labelField(),
    /** GPUs in one VM (count). */
    gpusPerVm: countField(1, 64),
    /** Memory of one GPU, GB. */
    gpuMemoryGb: numberField({ min: 1, max: 10_000 }),
    /** One VM, USD per hour, for the chosen price term. */
    usdPerVmHour: numberField({ min: 0, max: 10_000 }),
    /** Which price the hourly rate is: pay-as-you-go, reservation or spot. */
    priceTerm: z.enum(['payg', 'reserved_1y', 'reserved_3y', 'spot'], {
      error: 'must be payg, reserved_1y, reserved_3y or spot',
    }),
    /** Open-weight model served. */
    modelId: labelField(),
    /** Weight precision. */
    precision: z.enum(['bf16', 'fp8', 'mxfp4'], { error: 'must be bf16, fp8 or mxfp4' }),
    /** Weights at that precision, GB. */
    weightsGb: numberField({ min: 0, max: 100_000 }),
    /** KV cache per token of context, MB (10^6 bytes). */
    kvCacheMbPerToken: numberField({ min: 0, max: 100 }),
    /** GPUs one serving replica uses (tensor-parallel degree). */
    gpusPerReplica: countField(1, 64),
    /** Output tokens per second one replica sustains at moderate concurrency. */
    outputTokensPerSecondPerReplica: numberField({ min: 1, max: 10_000_000 }),
    /** Requests one replica serves at once; the KV cache must hold this many full contexts. */
    concurrentRequestsPerReplica: countField(1, 10_000),
    /** Load of one input token relative to one output token (prefill is ≈ 10× faster: 0.1). */
    inputTokenWeight: shareField(),
    /** Share of a replica's capacity planned for at peak (headroom: 0.75 leaves 25% spare). */
    targetPeakUtilization: numberField({ min: 0.05, max: 1 }),
    /** Replicas kept running however low the load (availability). */
    minReplicas: countField(1, 100_000),
  },
  { error: 'must be an object' },
);
export type GpuAssumptions = z.infer<typeof GpuSchema>;
