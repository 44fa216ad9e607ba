import { formatPlain } from '../plain-number';
import type { SourceId } from './sources';

/** GPU generations the serving figures are published for. */
export type GpuFamily = 'a100' | 'h100' | 'h200';
export type GpuPriceTerm = 'payg' | 'reserved_1y' | 'reserved_3y' | 'spot';

/** A GPU VM size (Linux, East US) with a price and its source per term. */
export type GpuVmRow = {
  vmSize: string;
  gpuFamily: GpuFamily;
  gpusPerVm: number;
  gpuMemoryGb: number;
  gpuLabel: string;
  /** USD per hour by price term. */
  usdPerHour: Record<GpuPriceTerm, number>;
  /** Where each term's price comes from (planner-assumption for derived ones). */
  priceSource: Record<GpuPriceTerm, SourceId>;
};

/** 3-year reservations are not verified: assumed 40% of pay-as-you-go ("up to 72%" off per Microsoft). */
const THREE_YEAR_SHARE = 0.4;
/** Where no 1-year price was found: the ratio seen on the A100 v4 sizes (2.24 ÷ 3.673 = 0.61). */
const ONE_YEAR_SHARE_A100 = 0.61;
/** … and on the H100 sizes (4.47 ÷ 6.98 = 0.64). */
const ONE_YEAR_SHARE_H100 = 0.64;

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

type Price = { usd: number; source: SourceId };
const listed = (usd: number, source: SourceId = 'azure-gpu-vm-prices'): Price => ({ usd, source });
const assumed = (usd: number): Price => ({ usd: round3(usd), source: 'planner-assumption' });

function vm(
  vmSize: string,
  gpuFamily: GpuFamily,
  gpusPerVm: number,
  gpuMemoryGb: number,
  gpuLabel: string,
  prices: { payg: Price; reserved_1y: Price; spot: Price },
): GpuVmRow {
  const threeYear = assumed(prices.payg.usd * THREE_YEAR_SHARE);
  return {
    vmSize,
    gpuFamily,
    gpusPerVm,
    gpuMemoryGb,
    gpuLabel,
    usdPerHour: {
      payg: prices.payg.usd,
      reserved_1y: prices.reserved_1y.usd,
      reserved_3y: threeYear.usd,
      spot: prices.spot.usd,
    },
    priceSource: {
      payg: prices.payg.source,
      reserved_1y: prices.reserved_1y.source,
      reserved_3y: threeYear.source,
      spot: prices.spot.source,
    },
  };
}

const V2026: SourceId = 'azure-gpu-vm-prices-2026';

/** GPU VM sizes, smallest first within each family. Spot prices are the listed spot meters. */
export const GPU_VMS: readonly GpuVmRow[] = [
  vm('Standard_NC24ads_A100_v4', 'a100', 1, 80, '1× A100 80 GB PCIe', {
    payg: listed(3.673),
    reserved_1y: listed(2.24),
    spot: listed(0.74, V2026),
  }),
  vm('Standard_NC48ads_A100_v4', 'a100', 2, 80, '2× A100 80 GB PCIe', {
    payg: listed(7.35, V2026),
    reserved_1y: assumed(7.35 * ONE_YEAR_SHARE_A100),
    spot: listed(1.48, V2026),
  }),
  vm('Standard_NC96ads_A100_v4', 'a100', 4, 80, '4× A100 80 GB PCIe', {
    payg: listed(14.69),
    reserved_1y: listed(8.97),
    spot: listed(2.96, V2026),
  }),
  vm('Standard_NC40ads_H100_v5', 'h100', 1, 94, '1× H100 NVL 94 GB', {
    payg: listed(6.98),
    reserved_1y: listed(4.47),
    spot: listed(2.49, V2026),
  }),
  vm('Standard_NC80adis_H100_v5', 'h100', 2, 94, '2× H100 NVL 94 GB', {
    payg: listed(13.96, V2026),
    reserved_1y: assumed(13.96 * ONE_YEAR_SHARE_H100),
    spot: listed(4.98, V2026),
  }),
  vm('Standard_ND96isr_H100_v5', 'h100', 8, 80, '8× H100 SXM 80 GB', {
    payg: listed(98.32),
    reserved_1y: listed(61.6),
    spot: listed(18.17, V2026),
  }),
  // No US price found: a capture without its region ($110.272/h; Poland Central lists $130.592). Spot is not a
  // real discount on this size (its meter equals on-demand), so spot is priced as pay-as-you-go.
  vm('Standard_ND96isr_H200_v5', 'h200', 8, 141, '8× H200 141 GB', {
    payg: assumed(110.272),
    reserved_1y: assumed(110.272 * ONE_YEAR_SHARE_H100),
    spot: assumed(110.272),
  }),
];

export const GPU_TERM_NOTES: Record<GpuPriceTerm, string> = {
  payg: 'Pay-as-you-go (catalog, verify)',
  reserved_1y: '1-year reservation (catalog where listed, else assumed at the ratio of similar sizes)',
  reserved_3y:
    '3-year reservation: assumed 40% of pay-as-you-go (Microsoft says “up to 72%” off; not verified)',
  spot: 'Spot (listed spot meter; can be evicted at short notice)',
};

export type Precision = 'bf16' | 'fp8' | 'mxfp4';

/** One published (or assumed) serving configuration: tensor-parallel GPUs of a family and output throughput. */
export type ServingConfig = {
  gpuFamily: GpuFamily;
  /** GPUs one replica uses (tensor-parallel degree), always within one VM. */
  gpusPerReplica: number;
  /** Output tokens per second one replica sustains at moderate concurrency. */
  outputTokensPerSecond: number;
  source: SourceId;
  /** How the figure was derived. */
  note: string;
};

/** An open-weight model at one precision, with memory figures and where it can be served. */
export type OpenModelRow = {
  modelId: string;
  precision: Precision;
  /** Weights at this precision, GB. */
  weightsGb: number;
  /** KV cache per token of context (BF16 cache), MB (1 MB = 10^6 bytes). */
  kvCacheMbPerToken: number;
  /** Where the weights and KV-cache figures come from when not the shared model-configs source. */
  architectureSource?: SourceId;
  configs: readonly ServingConfig[];
};

const conservative = (gpuFamily: GpuFamily, gpusPerReplica: number, outputTokensPerSecond: number) => ({
  gpuFamily,
  gpusPerReplica,
  outputTokensPerSecond,
  source: 'vllm-benchmarks' as SourceId,
  note: 'conservative vLLM figure at moderate concurrency',
});
const halved = (gpuFamily: GpuFamily, gpusPerReplica: number, fullLoad: number, where: string) => ({
  gpuFamily,
  gpusPerReplica,
  outputTokensPerSecond: Math.round(fullLoad / 2),
  source: 'gpu-serving-benchmarks' as SourceId,
  note: `${formatPlain(fullLoad, 0)} tokens/s at full load (${where}), halved for moderate concurrency`,
});

/**
 * Open-weight models to self-host. KV bytes per token from each model's configuration: layers × KV heads ×
 * head size × 2 (K, V) × 2 bytes — Llama 3.1 8B 32 × 8 × 128 × 4 = 131,072; 70B 80 × 8 × 128 × 4 = 327,680;
 * 405B 126 × 8 × 128 × 4 = 516,096; Qwen3-235B 94 × 4 × 128 × 4 = 192,512; gpt-oss-120b 36 × 8 × 64 × 4 =
 * 73,728; gpt-oss-20b 24 × 8 × 64 × 4 = 49,152; DeepSeek V3/R1 (MLA) 61 × (512 + 64) × 2 = 70,272.
 */
export const OPEN_MODELS: readonly OpenModelRow[] = [
  {
    modelId: 'Llama-3.1-8B-Instruct',
    precision: 'bf16',
    weightsGb: 16,
    kvCacheMbPerToken: 0.131,
    configs: [conservative('a100', 1, 1500), conservative('h100', 1, 3000)],
  },
  {
    modelId: 'gpt-oss-20b',
    precision: 'mxfp4',
    weightsGb: 12.8,
    kvCacheMbPerToken: 0.049,
    configs: [
      {
        gpuFamily: 'h100',
        gpusPerReplica: 1,
        outputTokensPerSecond: 1450,
        source: 'planner-assumption',
        note: 'no published figure: assumed equal to gpt-oss-120b on one H100',
      },
      {
        gpuFamily: 'a100',
        gpusPerReplica: 1,
        outputTokensPerSecond: 725,
        source: 'planner-assumption',
        note: 'no published figure: assumed half the H100 figure, as for Llama 3.1 8B',
      },
    ],
  },
  {
    modelId: 'Llama-3.1-70B-Instruct',
    precision: 'bf16',
    weightsGb: 140,
    kvCacheMbPerToken: 0.328,
    configs: [conservative('a100', 4, 800), conservative('h100', 4, 1800)],
  },
  {
    modelId: 'Llama-3.3-70B-Instruct',
    precision: 'bf16',
    weightsGb: 140,
    kvCacheMbPerToken: 0.328,
    configs: [conservative('a100', 4, 800), conservative('h100', 4, 1800)],
  },
  {
    modelId: 'Llama-3.3-70B-Instruct',
    precision: 'fp8',
    weightsGb: 70,
    kvCacheMbPerToken: 0.328,
    configs: [
      halved('h100', 2, 4205, 'TensorRT-LLM, an upper bound'),
      halved('h200', 1, 2909, 'TensorRT-LLM, an upper bound'),
    ],
  },
  {
    modelId: 'gpt-oss-120b',
    precision: 'mxfp4',
    weightsGb: 60.8,
    kvCacheMbPerToken: 0.074,
    configs: [
      halved('h100', 1, 2901, 'vLLM 0.10.2, ShareGPT'),
      halved('h100', 2, 7649, 'vLLM 0.10.2, ShareGPT'),
    ],
  },
  {
    modelId: 'Qwen3-235B-A22B-Instruct-2507',
    precision: 'fp8',
    architectureSource: 'qwen3-model-card',
    weightsGb: 235,
    kvCacheMbPerToken: 0.193,
    configs: [halved('h100', 4, 3701, 'vLLM 0.11.0, ShareGPT')],
  },
  {
    modelId: 'Qwen3-235B-A22B-Instruct-2507',
    precision: 'bf16',
    architectureSource: 'qwen3-model-card',
    weightsGb: 470,
    kvCacheMbPerToken: 0.193,
    configs: [halved('h100', 8, 4015, 'vLLM 0.11.0, ShareGPT')],
  },
  {
    modelId: 'Llama-3.1-405B-Instruct',
    precision: 'fp8',
    weightsGb: 405,
    kvCacheMbPerToken: 0.516,
    configs: [
      halved('h100', 8, 2919, 'TensorRT-LLM, an upper bound'),
      halved('h200', 8, 3330, 'TensorRT-LLM, an upper bound'),
    ],
  },
  {
    modelId: 'DeepSeek-R1-0528',
    precision: 'fp8',
    weightsGb: 671,
    kvCacheMbPerToken: 0.07,
    configs: [halved('h200', 8, 2621, 'vLLM 0.11.0, ShareGPT')],
  },
  {
    modelId: 'DeepSeek-V3-0324',
    precision: 'fp8',
    weightsGb: 671,
    kvCacheMbPerToken: 0.07,
    configs: [halved('h200', 8, 2621, 'DeepSeek-R1-0528 figure: same architecture, vLLM 0.11.0')],
  },
];

export function findGpuVm(vmSize: string): GpuVmRow | undefined {
  return GPU_VMS.find((row) => row.vmSize === vmSize);
}

/** The table row of a model at a precision, or its first listed precision when none is given. */
export function findOpenModel(modelId: string, precision?: Precision): OpenModelRow | undefined {
  return OPEN_MODELS.find(
    (m) => m.modelId === modelId && (precision === undefined || m.precision === precision),
  );
}

/** Share of each GPU's memory vLLM uses by default (gpu_memory_utilization). */
export const GPU_MEMORY_UTILIZATION = 0.9;
/** Runtime overhead per GPU (CUDA context, activations), GB. */
export const RUNTIME_OVERHEAD_GB_PER_GPU = 2;
