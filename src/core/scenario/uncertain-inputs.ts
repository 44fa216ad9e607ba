/**
 * The inputs a sensitivity analysis may vary, by scenario path, with the default low/high range and
 * distribution of each. Ranges are relative ('factor': today's value × low/high) or absolute offsets for shares
 * ('offset': today's value + low/high, clamped to the field's bounds). A scenario stores only overrides
 * (`sensitivity.inputs`), so adding an input here is backwards compatible.
 */
export type UncertainInput = {
  path: string;
  label: string;
  /** How the default range is built from today's value. */
  range: { kind: 'factor' | 'offset'; low: number; high: number };
  /** Monte Carlo distribution between low and high (mode = today's value for triangular). */
  distribution: 'lognormal' | 'triangular';
  /** Marked uncertain (drawn at random) unless the scenario says otherwise. */
  uncertainByDefault: boolean;
};

export const UNCERTAIN_INPUTS: readonly UncertainInput[] = [
  {
    path: 'requirements.monthlyRequests',
    label: 'Volume (requests a month)',
    range: { kind: 'factor', low: 0.5, high: 2 },
    distribution: 'lognormal',
    uncertainByDefault: true,
  },
  {
    path: 'requirements.inputTokensPerRequest',
    label: 'Input tokens per request',
    range: { kind: 'factor', low: 0.7, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'requirements.outputTokensPerRequest',
    label: 'Output tokens per request',
    range: { kind: 'factor', low: 0.7, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'workload.peakToAverage',
    label: 'Peak-to-average load',
    range: { kind: 'factor', low: 0.75, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'workload.cacheHitShare',
    label: 'Prompt cache hits',
    range: { kind: 'offset', low: -0.2, high: 0.2 },
    distribution: 'triangular',
    uncertainByDefault: false,
  },
  {
    path: 'workload.batchShare',
    label: 'Batch share',
    range: { kind: 'offset', low: -0.2, high: 0.2 },
    distribution: 'triangular',
    uncertainByDefault: false,
  },
  {
    path: 'workload.reasoningTokensPerOutputToken',
    label: 'Reasoning tokens per output token',
    range: { kind: 'offset', low: 0, high: 2 },
    distribution: 'triangular',
    uncertainByDefault: false,
  },
  {
    path: 'options.serverless_api.usdPerMTokInput',
    label: 'API input price',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.serverless_api.usdPerMTokOutput',
    label: 'API output price',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.provisioned_throughput.ptu.usdPerPtuMonth',
    label: 'PTU price',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.custom_deployment.gpu.usdPerVmHour',
    label: 'Managed endpoint GPU VM price',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.kubernetes.gpu.usdPerVmHour',
    label: 'Kubernetes GPU VM price',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.kubernetes.gpu.outputTokensPerSecondPerReplica',
    label: 'GPU throughput per replica (Kubernetes)',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.custom_deployment.gpu.outputTokensPerSecondPerReplica',
    label: 'GPU throughput per replica (managed endpoint)',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.kubernetes.labourUsdPerMonth',
    label: 'Kubernetes operations labour',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.custom_deployment.labourUsdPerMonth',
    label: 'Managed endpoint operations labour',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
];

export const UNCERTAIN_INPUT_PATHS: readonly string[] = UNCERTAIN_INPUTS.map((input) => input.path);
