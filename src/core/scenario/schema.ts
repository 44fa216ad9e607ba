import * as z from 'zod/mini';
import {
  LevelSchema,
  countField,
  labelField,
  numberField,
  shareField,
  usdField,
  usdPerMTokField,
} from './fields';

/** The schema version this build writes. Older documents are migrated forward before parsing. */
export const SCENARIO_VERSION = 2;

/** Above this many tokens a month an input is a typo, not a plan (≈ 1,000× the largest public deployments). */
export const MAX_MONTHLY_TOKENS = 1e15;

export const LocalitySchema = z.enum(['global', 'data_zone', 'regional'], {
  error: 'must be global, data_zone or regional',
});
export type Locality = z.infer<typeof LocalitySchema>;

/** What the architect tells the wizard. Field names follow the seed article's `select_infrastructure`. */
export const RequirementsSchema = z.strictObject(
  {
    /** low | medium | high. High: prompts and outputs must not cross the public internet. */
    dataSensitivity: LevelSchema,
    /** Target response latency, milliseconds. */
    latencyMs: numberField({ min: 1, max: 600_000 }),
    /** Requests per month (count). */
    monthlyRequests: numberField({ min: 0, max: 1e12, int: true }),
    /** Prompt tokens per request, including any served from the prompt cache. */
    inputTokensPerRequest: numberField({ min: 0, max: 2_000_000 }),
    /** Completion tokens per request. */
    outputTokensPerRequest: numberField({ min: 0, max: 2_000_000 }),
    /** True when you must run your own or open-weight model weights. */
    needCustomModel: z.boolean({ error: 'must be true or false' }),
    /** The team's experience running ML infrastructure: low | medium | high. */
    mlExpertise: LevelSchema,
    /** Monthly budget, USD per month. */
    monthlyBudget: usdField(),
  },
  { error: 'must be an object' },
);
export type Requirements = z.infer<typeof RequirementsSchema>;

/** How the load is shaped over time and how much of it qualifies for discounts. */
export const WorkloadSchema = z.strictObject(
  {
    /** Peak hourly load ÷ average hourly load over the 730-hour month (1 = flat, 2 = 24×7 app, 5 = business hours). */
    peakToAverage: numberField({ min: 1, max: 24 }),
    /** Share of input tokens served from the prompt cache (0–1). */
    cacheHitShare: shareField(),
    /** Share of requests that can run through a batch API with 24-hour turnaround (0–1). */
    batchShare: shareField(),
    /** Where requests are processed: global, data_zone (e.g. EU) or regional. */
    locality: LocalitySchema,
  },
  { error: 'must be an object' },
);
export type Workload = z.infer<typeof WorkloadSchema>;

/** Costs every option can carry besides its load-driven part. */
const commonCosts = {
  /** One-off setup cost (engineering, migration), USD. Spread over `amortizationMonths` when that is > 0. */
  setupUsd: usdField(),
  /** Flat monthly cost not tied to load, USD per month (the seed article's `fixed_monthly`). */
  otherFixedUsdPerMonth: usdField(),
};

/**
 * Where the pay-per-token rates came from when a model was picked from a catalog: the catalog's own rates for
 * this request size (so an edited rate can be marked as overridden), its version and date. Added in schema v2.
 */
export const CatalogRefSchema = z.strictObject(
  {
    /** 'genai-prices' (the @pydantic/genai-prices catalog) or 'curated' (the short list in src/core/pricing). */
    source: z.enum(['genai-prices', 'curated'], { error: 'must be genai-prices or curated' }),
    /** Provider id in that catalog, e.g. openai, anthropic. */
    provider: labelField(),
    /** Catalog version, e.g. 0.1.8. */
    version: labelField(),
    /** Date of the catalog's prices, YYYY-MM-DD. */
    asOf: z
      .string({ error: 'must be text' })
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })),
    /** The catalog's uncached input rate for this request size, USD per 1M. */
    usdPerMTokInput: usdPerMTokField(),
    /** The catalog's cached input rate, USD per 1M. */
    usdPerMTokCachedInput: usdPerMTokField(),
    /** The catalog's output rate, USD per 1M. */
    usdPerMTokOutput: usdPerMTokField(),
    /** True when the catalog prices long requests higher (rates depend on tokens per request). */
    tiered: z.boolean({ error: 'must be true or false' }),
  },
  { error: 'must be an object' },
);
export type CatalogRef = z.infer<typeof CatalogRefSchema>;

export const ServerlessSchema = z.strictObject(
  {
    ...commonCosts,
    /** The catalog the rates were taken from; null when they are the preset's or typed in by hand. */
    catalog: z.nullable(CatalogRefSchema),
    /** Catalog id of the model whose rates are used (informational; the rates below are what count). */
    modelId: labelField(),
    /** Uncached input tokens, USD per 1M. */
    usdPerMTokInput: usdPerMTokField(),
    /** Input tokens served from the prompt cache, USD per 1M. */
    usdPerMTokCachedInput: usdPerMTokField(),
    /** Output tokens, USD per 1M. */
    usdPerMTokOutput: usdPerMTokField(),
    /** Discount on the batch share (0.5 = half price). */
    batchDiscount: shareField(),
    /** Surcharge for data_zone and regional processing (0.1 = +10%). */
    localityUplift: shareField(),
  },
  { error: 'must be an object' },
);
export type ServerlessAssumptions = z.infer<typeof ServerlessSchema>;

export const PtuSchema = z.strictObject(
  {
    /** Model the PTU sizing row belongs to. */
    modelId: labelField(),
    /** Reservation term the price below comes from. */
    term: z.enum(['hourly', 'monthly', 'yearly'], { error: 'must be hourly, monthly or yearly' }),
    /** Effective price of one PTU, USD per month. */
    usdPerPtuMonth: numberField({ min: 0, max: 1e6 }),
    /** Input tokens per minute one PTU sustains. */
    inputTpmPerPtu: numberField({ min: 1, max: 1e7 }),
    /** How many input tokens one output token counts as. */
    outputTokenWeight: numberField({ min: 0, max: 100 }),
    /** Smallest deployment, PTU. */
    minPtu: countField(1, 100_000),
    /** Deployment increment, PTU. */
    ptuStep: countField(1, 100_000),
  },
  { error: 'must be an object' },
);
export type PtuAssumptions = z.infer<typeof PtuSchema>;

export const ProvisionedSchema = z.strictObject(
  {
    ...commonCosts,
    /** Per-token charge on top of the capacity, USD per 1M (the seed article's illustrative 0.002/1K). */
    usdPerMTok: usdPerMTokField(),
    /** Capacity pricing; null prices the option as flat fee + per-token rate only. */
    ptu: z.nullable(PtuSchema),
    /** Reserve a base and pay per token for what exceeds it. */
    spillover: z.strictObject({
      enabled: z.boolean({ error: 'must be true or false' }),
      /** Reserved base, PTU; null = the cost-minimising base at the scenario's volume. */
      basePtu: z.nullable(countField(0, 1_000_000)),
    }),
  },
  { error: 'must be an object' },
);
export type ProvisionedAssumptions = z.infer<typeof ProvisionedSchema>;

export const PrivateEndpointsSchema = z.strictObject(
  {
    ...commonCosts,
    /** Private Link endpoints in use (count). */
    endpointCount: countField(0, 1000),
    /** One endpoint, USD per month. */
    usdPerEndpointMonth: usdField(),
    /** Private DNS zone, USD per month. */
    privateDnsUsdPerMonth: usdField(),
    /** Data processed through the endpoint, USD per GB, charged on traffic in each direction. */
    usdPerGbProcessed: numberField({ min: 0, max: 100 }),
    /** Request bytes on the wire per input token. */
    bytesPerInputToken: numberField({ min: 0, max: 100_000 }),
    /** Response bytes on the wire per output token (streaming adds framing per token). */
    bytesPerOutputToken: numberField({ min: 0, max: 100_000 }),
  },
  { error: 'must be an object' },
);
export type PrivateEndpointsAssumptions = z.infer<typeof PrivateEndpointsSchema>;

export const GpuSchema = z.strictObject(
  {
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
    /** Memory the weights and runtime need, GB. */
    modelMemoryGb: numberField({ min: 0, max: 100_000 }),
    /** GPUs one serving replica uses (tensor-parallel degree). */
    gpusPerReplica: countField(1, 64),
    /** Output tokens per second one replica sustains at moderate concurrency. */
    outputTokensPerSecondPerReplica: numberField({ min: 1, max: 10_000_000 }),
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

export const CustomDeploymentSchema = z.strictObject(
  {
    ...commonCosts,
    /** Per-token charge, USD per 1M (the seed article's illustrative 0.001/1K). */
    usdPerMTok: usdPerMTokField(),
    /** GPU capacity; null prices the option as flat fee + per-token rate only. */
    gpu: z.nullable(GpuSchema),
  },
  { error: 'must be an object' },
);
export type CustomDeploymentAssumptions = z.infer<typeof CustomDeploymentSchema>;

export const KubernetesSchema = z.strictObject(
  {
    ...commonCosts,
    /** Per-token charge, USD per 1M (the seed article's illustrative 0.0005/1K). */
    usdPerMTok: usdPerMTokField(),
    /** Managed control plane (AKS Standard tier), USD per month. */
    controlPlaneUsdPerMonth: usdField(),
    /** System node pool, USD per month. */
    systemPoolUsdPerMonth: usdField(),
    /** Load balancer, disks, registry, logs, USD per month. */
    platformOverheadUsdPerMonth: usdField(),
    /** Operations labour, USD per month. */
    labourUsdPerMonth: usdField(),
    /** GPU node pool; null prices the option as flat fee + per-token rate only. */
    gpu: z.nullable(GpuSchema),
  },
  { error: 'must be an object' },
);
export type KubernetesAssumptions = z.infer<typeof KubernetesSchema>;

export const OptionsSchema = z.strictObject(
  {
    serverless_api: ServerlessSchema,
    provisioned_throughput: ProvisionedSchema,
    private_endpoints: PrivateEndpointsSchema,
    custom_deployment: CustomDeploymentSchema,
    kubernetes: KubernetesSchema,
  },
  { error: 'must be an object' },
);
export type OptionAssumptions = z.infer<typeof OptionsSchema>;

/** How money is shown. The core computes in USD; display divides nothing, it multiplies by the rate. */
export const DisplaySchema = z.strictObject(
  {
    /** ISO 4217 code, e.g. USD, EUR. */
    currency: z
      .string({ error: 'must be text' })
      .check(z.regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter currency code' })),
    /** Units of the display currency per 1 USD. */
    usdToCurrency: numberField({ min: 0, max: 1e6, above: 0 }),
    /** Date the exchange rate was taken (YYYY-MM-DD), empty for USD. */
    rateAsOf: z
      .string({ error: 'must be text' })
      .check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'must be a date as YYYY-MM-DD' })),
  },
  { error: 'must be an object' },
);
export type Display = z.infer<typeof DisplaySchema>;

export const PresetIdSchema = z.enum(['seed', 'azure'], { error: 'must be seed or azure' });
export type PresetId = z.infer<typeof PresetIdSchema>;

export const ScenarioSchema = z
  .strictObject(
    {
      /** Schema version of this document. */
      version: z.literal(SCENARIO_VERSION, { error: `must be ${SCENARIO_VERSION}` }),
      /** The price preset this scenario started from (share links store only the differences from it). */
      preset: PresetIdSchema,
      /** Which dated revision of that preset: old links keep the prices they were made with. */
      presetRevision: z
        .string({ error: 'must be text' })
        .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })),
      requirements: RequirementsSchema,
      workload: WorkloadSchema,
      /** Months to spread setup cost over; 0 = run-rate only, as the seed article's `calculate_monthly_cost`. */
      amortizationMonths: countField(0, 120),
      options: OptionsSchema,
      display: DisplaySchema,
    },
    { error: 'must be a scenario object' },
  )
  .check(
    z.refine((s) => s.requirements.inputTokensPerRequest + s.requirements.outputTokensPerRequest > 0, {
      path: ['requirements', 'outputTokensPerRequest'],
      error: 'a request must have at least one token',
    }),
    z.refine((s) => monthlyTokensOf(s.requirements) <= MAX_MONTHLY_TOKENS, {
      path: ['requirements', 'monthlyRequests'],
      error: 'gives more than 1,000,000,000,000,000 tokens a month: check the volume',
    }),
  );
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Monthly tokens = requests × (input + output tokens per request). */
export function monthlyTokensOf(requirements: Requirements): number {
  return (
    requirements.monthlyRequests * (requirements.inputTokensPerRequest + requirements.outputTokensPerRequest)
  );
}
