import type { NumberPath } from './paths';
import { UNCERTAIN_INPUT_PATHS, type UncertainPath } from './uncertain-paths';

export { UNCERTAIN_INPUT_PATHS, type UncertainPath };

/** Display units of the analysed inputs; values are stored in the schema's own unit (volume as requests). */
export type InputUnit =
  | 'tokens-per-month'
  | 'tokens'
  | 'factor'
  | 'share'
  | 'reasoning'
  | 'usd-per-mtok'
  | 'usd-per-ptu-month'
  | 'usd-per-vm-hour'
  | 'tokens-per-second'
  | 'usd-per-month';

export type UncertainInput = {
  path: UncertainPath;
  label: string;
  /** The input in a sentence, singular ("volume", "the API input price"): "Holds while {noun} stays …". */
  noun: string;
  /** How its values are shown (see sensitivity/describe.ts). */
  unit: InputUnit;
  /** The schema's range for the field (the zod schema in scenario/ or options/<id>/; a test ties the two). */
  bounds: { min: number; max: number };
  /**
   * How every option's monthly cost responds to the input alone, which decides how a threshold is found:
   * 'volume': through monthly tokens only (cost curves of tokens, solved exactly as break-evens are);
   * 'linear': affine in it, eligibility unchanged (solved exactly, then checked);
   * 'stepped': piecewise, with capacity steps and possibly eligibility (bracketed search).
   */
  response: 'volume' | 'linear' | 'stepped';
  /** How the default range is built from today's value. */
  range: { kind: 'factor' | 'offset'; low: number; high: number };
  /** Monte Carlo distribution between low and high (mode = today's value for triangular). */
  distribution: 'lognormal' | 'triangular';
  /** Marked uncertain (drawn at random) unless the scenario says otherwise. */
  uncertainByDefault: boolean;
};

/**
 * The inputs a sensitivity analysis may vary, by scenario path, with the default low/high range and
 * distribution of each. Ranges are relative ('factor': today's value × low/high) or absolute offsets for shares
 * ('offset': today's value + low/high, clamped to the field's bounds). A scenario stores only overrides
 * (`sensitivity.inputs`), so adding an input here is backwards compatible.
 */
export const UNCERTAIN_INPUTS: readonly UncertainInput[] = [
  {
    path: 'requirements.monthlyRequests',
    bounds: { min: 0, max: 1e12 },
    response: 'volume',
    label: 'Volume',
    noun: 'volume',
    unit: 'tokens-per-month',
    range: { kind: 'factor', low: 0.5, high: 2 },
    distribution: 'lognormal',
    uncertainByDefault: true,
  },
  {
    path: 'requirements.inputTokensPerRequest',
    bounds: { min: 0, max: 2_000_000 },
    response: 'stepped',
    label: 'Input tokens per request',
    noun: 'the input size per request',
    unit: 'tokens',
    range: { kind: 'factor', low: 0.7, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'requirements.outputTokensPerRequest',
    bounds: { min: 0, max: 2_000_000 },
    response: 'stepped',
    label: 'Output tokens per request',
    noun: 'the output size per request',
    unit: 'tokens',
    range: { kind: 'factor', low: 0.7, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'workload.peakToAverage',
    bounds: { min: 1, max: 24 },
    response: 'stepped',
    label: 'Peak-to-average load',
    noun: 'the peak-to-average load',
    unit: 'factor',
    range: { kind: 'factor', low: 0.75, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'workload.cacheHitShare',
    bounds: { min: 0, max: 1 },
    response: 'stepped',
    label: 'Prompt cache hits',
    noun: 'the prompt cache hit share',
    unit: 'share',
    range: { kind: 'offset', low: -0.2, high: 0.2 },
    distribution: 'triangular',
    uncertainByDefault: false,
  },
  {
    path: 'workload.batchShare',
    bounds: { min: 0, max: 1 },
    response: 'stepped',
    label: 'Batch share',
    noun: 'the batch share',
    unit: 'share',
    range: { kind: 'offset', low: -0.2, high: 0.2 },
    distribution: 'triangular',
    uncertainByDefault: false,
  },
  {
    path: 'workload.reasoningTokensPerOutputToken',
    bounds: { min: 0, max: 1000 },
    response: 'stepped',
    label: 'Reasoning tokens per output token',
    noun: 'the reasoning ratio',
    unit: 'reasoning',
    range: { kind: 'offset', low: 0, high: 2 },
    distribution: 'triangular',
    uncertainByDefault: false,
  },
  {
    path: 'options.serverless_api.usdPerMTokInput',
    bounds: { min: 0, max: 1e6 },
    response: 'linear',
    label: 'API input price',
    noun: 'the API input price',
    unit: 'usd-per-mtok',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.serverless_api.usdPerMTokOutput',
    bounds: { min: 0, max: 1e6 },
    response: 'linear',
    label: 'API output price',
    noun: 'the API output price',
    unit: 'usd-per-mtok',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.provisioned_throughput.ptu.usdPerPtuMonth',
    bounds: { min: 0, max: 1e6 },
    response: 'linear',
    label: 'PTU price',
    noun: 'the PTU price',
    unit: 'usd-per-ptu-month',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.custom_deployment.gpu.usdPerVmHour',
    bounds: { min: 0, max: 10_000 },
    response: 'linear',
    label: 'Managed endpoint GPU VM price',
    noun: 'the managed endpoint’s VM price',
    unit: 'usd-per-vm-hour',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.kubernetes.gpu.usdPerVmHour',
    bounds: { min: 0, max: 10_000 },
    response: 'linear',
    label: 'Kubernetes GPU VM price',
    noun: 'the Kubernetes VM price',
    unit: 'usd-per-vm-hour',
    range: { kind: 'factor', low: 0.8, high: 1.2 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.kubernetes.gpu.outputTokensPerSecondPerReplica',
    bounds: { min: 1, max: 10_000_000 },
    response: 'stepped',
    label: 'GPU throughput per replica (Kubernetes)',
    noun: 'the Kubernetes GPU throughput',
    unit: 'tokens-per-second',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.custom_deployment.gpu.outputTokensPerSecondPerReplica',
    bounds: { min: 1, max: 10_000_000 },
    response: 'stepped',
    label: 'GPU throughput per replica (managed endpoint)',
    noun: 'the managed endpoint’s GPU throughput',
    unit: 'tokens-per-second',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.kubernetes.labourUsdPerMonth',
    bounds: { min: 0, max: 1e12 },
    response: 'linear',
    label: 'Kubernetes operations labour',
    noun: 'Kubernetes operations labour',
    unit: 'usd-per-month',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
  {
    path: 'options.custom_deployment.labourUsdPerMonth',
    bounds: { min: 0, max: 1e12 },
    response: 'linear',
    label: 'Managed endpoint operations labour',
    noun: 'the managed endpoint’s operations labour',
    unit: 'usd-per-month',
    range: { kind: 'factor', low: 0.5, high: 1.5 },
    distribution: 'triangular',
    uncertainByDefault: true,
  },
];

// Every path names a number in the scenario: the compiler checks it here (the schema cannot import NumberPath).
UNCERTAIN_INPUT_PATHS satisfies readonly NumberPath[];
