import type { AssumptionField } from '../types';

type OptionPrefix =
  | 'options.serverless_api'
  | 'options.provisioned_throughput'
  | 'options.private_endpoints'
  | 'options.custom_deployment'
  | 'options.kubernetes';

/** The fixed-cost fields every option carries. */
export const commonFields = (prefix: OptionPrefix): AssumptionField[] => [
  { path: `${prefix}.otherFixedUsdPerMonth`, label: 'Other fixed cost', unit: 'USD / month' },
  { path: `${prefix}.setupUsd`, label: 'One-off setup', unit: 'USD' },
];

/** The GPU block's fields, shared by the managed endpoint and Kubernetes. */
export const gpuFields = (prefix: 'options.custom_deployment' | 'options.kubernetes'): AssumptionField[] => [
  { path: `${prefix}.gpu.usdPerVmHour`, label: 'GPU VM price', unit: 'USD / hour' },
  { path: `${prefix}.gpu.gpusPerVm`, label: 'GPUs per VM', unit: 'GPUs', integer: true },
  { path: `${prefix}.gpu.gpuMemoryGb`, label: 'Memory per GPU', unit: 'GB' },
  { path: `${prefix}.gpu.weightsGb`, label: 'Model weights', unit: 'GB' },
  { path: `${prefix}.gpu.kvCacheMbPerToken`, label: 'KV cache per token', unit: 'MB' },
  { path: `${prefix}.gpu.gpusPerReplica`, label: 'GPUs per replica', unit: 'GPUs', integer: true },
  {
    path: `${prefix}.gpu.outputTokensPerSecondPerReplica`,
    label: 'Throughput per replica',
    unit: 'output tokens / s',
  },
  {
    path: `${prefix}.gpu.concurrentRequestsPerReplica`,
    label: 'Requests at once per replica',
    unit: 'requests',
    integer: true,
  },
  {
    path: `${prefix}.gpu.inputTokenWeight`,
    label: 'Input token load',
    unit: '% of an output token',
    scale: 100,
  },
  { path: `${prefix}.gpu.targetPeakUtilization`, label: 'Target utilisation at peak', unit: '%', scale: 100 },
  { path: `${prefix}.gpu.minReplicas`, label: 'Minimum replicas', unit: 'replicas', integer: true },
];
