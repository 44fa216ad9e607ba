import type { OptionId } from '../core';

/** One editable number of the scenario, with how to show it. */
export type AssumptionField = {
  path: string;
  label: string;
  unit: string;
  /** Display multiplier (100 for shares shown as %). */
  scale?: number;
  /** Whole numbers only. */
  integer?: boolean;
};

export type AssumptionSection = {
  id: string;
  title: string;
  option?: OptionId;
  /** Path of a nullable capacity block; its fields show only when it is set. */
  nullable?: { path: string; label: string; fields: AssumptionField[] };
  fields: AssumptionField[];
};

const common = (prefix: string): AssumptionField[] => [
  { path: `${prefix}.otherFixedUsdPerMonth`, label: 'Other fixed cost', unit: 'USD / month' },
  { path: `${prefix}.setupUsd`, label: 'One-off setup', unit: 'USD' },
];

const gpuFields = (prefix: string): AssumptionField[] => [
  { path: `${prefix}.gpu.usdPerVmHour`, label: 'GPU VM price', unit: 'USD / hour' },
  { path: `${prefix}.gpu.gpusPerVm`, label: 'GPUs per VM', unit: 'GPUs', integer: true },
  { path: `${prefix}.gpu.gpuMemoryGb`, label: 'Memory per GPU', unit: 'GB' },
  { path: `${prefix}.gpu.modelMemoryGb`, label: 'Model memory', unit: 'GB' },
  { path: `${prefix}.gpu.gpusPerReplica`, label: 'GPUs per replica', unit: 'GPUs', integer: true },
  {
    path: `${prefix}.gpu.outputTokensPerSecondPerReplica`,
    label: 'Throughput per replica',
    unit: 'output tokens / s',
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

/** Every number the cost models use, grouped as an architect reads them. */
export const ASSUMPTION_SECTIONS: readonly AssumptionSection[] = [
  {
    id: 'workload',
    title: 'Workload shape and horizon',
    fields: [
      { path: 'workload.peakToAverage', label: 'Peak-to-average load', unit: '× average' },
      { path: 'workload.cacheHitShare', label: 'Prompt cache hits', unit: '% of input', scale: 100 },
      { path: 'workload.batchShare', label: 'Batch share', unit: '% of requests', scale: 100 },
      { path: 'amortizationMonths', label: 'Amortisation period', unit: 'months', integer: true },
    ],
  },
  {
    id: 'serverless',
    title: 'Serverless API',
    option: 'serverless_api',
    fields: [
      { path: 'options.serverless_api.usdPerMTokInput', label: 'Input price', unit: 'USD / 1M tokens' },
      {
        path: 'options.serverless_api.usdPerMTokCachedInput',
        label: 'Cached input price',
        unit: 'USD / 1M tokens',
      },
      { path: 'options.serverless_api.usdPerMTokOutput', label: 'Output price', unit: 'USD / 1M tokens' },
      { path: 'options.serverless_api.batchDiscount', label: 'Batch discount', unit: '%', scale: 100 },
      {
        path: 'options.serverless_api.localityUplift',
        label: 'Data Zone / Regional surcharge',
        unit: '%',
        scale: 100,
      },
      ...common('options.serverless_api'),
    ],
  },
  {
    id: 'provisioned',
    title: 'Provisioned throughput',
    option: 'provisioned_throughput',
    fields: [
      {
        path: 'options.provisioned_throughput.usdPerMTok',
        label: 'Per-token charge',
        unit: 'USD / 1M tokens',
      },
      ...common('options.provisioned_throughput'),
    ],
    nullable: {
      path: 'options.provisioned_throughput.ptu',
      label: 'PTU capacity',
      fields: [
        {
          path: 'options.provisioned_throughput.ptu.usdPerPtuMonth',
          label: 'PTU price',
          unit: 'USD / PTU-month',
        },
        {
          path: 'options.provisioned_throughput.ptu.inputTpmPerPtu',
          label: 'Input throughput per PTU',
          unit: 'tokens / min',
        },
        {
          path: 'options.provisioned_throughput.ptu.outputTokenWeight',
          label: 'Output token weight',
          unit: '× input token',
        },
        {
          path: 'options.provisioned_throughput.ptu.minPtu',
          label: 'Minimum deployment',
          unit: 'PTU',
          integer: true,
        },
        {
          path: 'options.provisioned_throughput.ptu.ptuStep',
          label: 'Deployment increment',
          unit: 'PTU',
          integer: true,
        },
      ],
    },
  },
  {
    id: 'private',
    title: 'Private endpoints',
    option: 'private_endpoints',
    fields: [
      {
        path: 'options.private_endpoints.endpointCount',
        label: 'Endpoints',
        unit: 'endpoints',
        integer: true,
      },
      {
        path: 'options.private_endpoints.usdPerEndpointMonth',
        label: 'Endpoint price',
        unit: 'USD / endpoint-month',
      },
      {
        path: 'options.private_endpoints.privateDnsUsdPerMonth',
        label: 'Private DNS zone',
        unit: 'USD / month',
      },
      { path: 'options.private_endpoints.usdPerGbProcessed', label: 'Data processed', unit: 'USD / GB' },
      {
        path: 'options.private_endpoints.bytesPerInputToken',
        label: 'Wire bytes per input token',
        unit: 'bytes',
      },
      {
        path: 'options.private_endpoints.bytesPerOutputToken',
        label: 'Wire bytes per output token',
        unit: 'bytes',
      },
      ...common('options.private_endpoints'),
    ],
  },
  {
    id: 'custom',
    title: 'Custom deployment',
    option: 'custom_deployment',
    fields: [
      { path: 'options.custom_deployment.usdPerMTok', label: 'Per-token charge', unit: 'USD / 1M tokens' },
      ...common('options.custom_deployment'),
    ],
    nullable: {
      path: 'options.custom_deployment.gpu',
      label: 'GPU capacity',
      fields: gpuFields('options.custom_deployment'),
    },
  },
  {
    id: 'kubernetes',
    title: 'Kubernetes (self-hosted)',
    option: 'kubernetes',
    fields: [
      { path: 'options.kubernetes.controlPlaneUsdPerMonth', label: 'Control plane', unit: 'USD / month' },
      { path: 'options.kubernetes.systemPoolUsdPerMonth', label: 'System node pool', unit: 'USD / month' },
      {
        path: 'options.kubernetes.platformOverheadUsdPerMonth',
        label: 'Platform overhead',
        unit: 'USD / month',
      },
      { path: 'options.kubernetes.labourUsdPerMonth', label: 'Operations labour', unit: 'USD / month' },
      { path: 'options.kubernetes.usdPerMTok', label: 'Per-token charge', unit: 'USD / 1M tokens' },
      ...common('options.kubernetes'),
    ],
    nullable: {
      path: 'options.kubernetes.gpu',
      label: 'GPU capacity',
      fields: gpuFields('options.kubernetes'),
    },
  },
];
