/** GPU VM sizes for managed endpoints and Kubernetes nodes (Linux, East US; catalog of 2026-04, marked verify). */
export type GpuVmRow = {
  vmSize: string;
  gpuFamily: 'a100' | 'h100';
  gpusPerVm: number;
  gpuMemoryGb: number;
  gpuLabel: string;
  /** USD per hour by price term. 3-year and spot are planner assumptions (see `GPU_TERM_NOTES`). */
  usdPerHour: { payg: number; reserved_1y: number; reserved_3y: number; spot: number };
};

/** 3-year reservations are not verified: assumed 40% of pay-as-you-go. Spot: roughly 70% off, evictable. */
const THREE_YEAR_SHARE = 0.4;
const SPOT_SHARE = 0.3;

function row(
  vmSize: string,
  gpuFamily: 'a100' | 'h100',
  gpusPerVm: number,
  gpuMemoryGb: number,
  gpuLabel: string,
  payg: number,
  reserved1y: number,
): GpuVmRow {
  return {
    vmSize,
    gpuFamily,
    gpusPerVm,
    gpuMemoryGb,
    gpuLabel,
    usdPerHour: {
      payg,
      reserved_1y: reserved1y,
      reserved_3y: round3(payg * THREE_YEAR_SHARE),
      spot: round3(payg * SPOT_SHARE),
    },
  };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export const GPU_VMS: readonly GpuVmRow[] = [
  row('Standard_NC24ads_A100_v4', 'a100', 1, 80, '1× A100 80 GB PCIe', 3.673, 2.24),
  row('Standard_NC96ads_A100_v4', 'a100', 4, 80, '4× A100 80 GB PCIe', 14.69, 8.97),
  row('Standard_NC40ads_H100_v5', 'h100', 1, 94, '1× H100 NVL 94 GB', 6.98, 4.47),
  row('Standard_ND96isr_H100_v5', 'h100', 8, 80, '8× H100 SXM 80 GB', 98.32, 61.6),
];

export const GPU_TERM_NOTES = {
  payg: 'Pay-as-you-go (catalog, verify)',
  reserved_1y: '1-year reservation (catalog, verify)',
  reserved_3y:
    '3-year reservation: assumed 40% of pay-as-you-go (Microsoft says “up to 72%” off; not verified)',
  spot: 'Spot: assumed 30% of pay-as-you-go (“roughly 70% off”); can be evicted',
} as const;

/** Open-weight models to self-host, with bf16 weight memory and conservative vLLM throughput per replica. */
export type OpenModelRow = {
  modelId: string;
  /** bf16 weights: 2 bytes × parameters, GB. */
  modelMemoryGb: number;
  perGpuFamily: Record<'a100' | 'h100', { gpusPerReplica: number; outputTokensPerSecond: number }>;
};

export const OPEN_MODELS: readonly OpenModelRow[] = [
  {
    modelId: 'Llama-3.1-8B-Instruct',
    modelMemoryGb: 16,
    perGpuFamily: {
      a100: { gpusPerReplica: 1, outputTokensPerSecond: 1500 },
      h100: { gpusPerReplica: 1, outputTokensPerSecond: 3000 },
    },
  },
  {
    modelId: 'Llama-3.1-70B-Instruct',
    modelMemoryGb: 140,
    perGpuFamily: {
      a100: { gpusPerReplica: 4, outputTokensPerSecond: 800 },
      h100: { gpusPerReplica: 4, outputTokensPerSecond: 1800 },
    },
  },
];

export function findGpuVm(vmSize: string): GpuVmRow | undefined {
  return GPU_VMS.find((vm) => vm.vmSize === vmSize);
}

export function findOpenModel(modelId: string): OpenModelRow | undefined {
  return OPEN_MODELS.find((m) => m.modelId === modelId);
}
