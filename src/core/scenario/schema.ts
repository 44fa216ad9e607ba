import * as z from 'zod/mini';
import { OptionsSchema } from '../options/schemas';
import { UNCERTAIN_INPUT_PATHS } from './uncertain-paths';
import {
  LevelSchema,
  countField,
  labelField,
  numberField,
  shareField,
  usdField,
  usdPerMTokField,
} from './fields';

export { OptionsSchema, type OptionAssumptions } from '../options/schemas';
export {
  CatalogRefSchema,
  type CatalogRef,
  type ServerlessAssumptions,
} from '../options/serverless-api/schema';
export { type PtuAssumptions, type ProvisionedAssumptions } from '../options/provisioned-throughput/schema';
export { type PrivateEndpointsAssumptions } from '../options/private-endpoints/schema';
export { type CustomDeploymentAssumptions } from '../options/custom-deployment/schema';
export { type KubernetesAssumptions } from '../options/kubernetes/schema';
export { GpuSchema, type GpuAssumptions } from '../options/shared/gpu-schema';

/** The schema version this build writes. Older documents are migrated forward before parsing. */
export const SCENARIO_VERSION = 3;

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
    /**
     * 'match': options whose model rates more than `qualityTolerance` below the API model's are ruled out;
     * 'allow-lower': they stay eligible and every view says they serve a smaller model. Added in schema v3.
     */
    modelQuality: z.enum(['match', 'allow-lower'], { error: 'must be match or allow-lower' }),
    /** How far below the API model's capability rating another model may be, rating points (LMArena Elo). v3. */
    qualityTolerance: numberField({ min: 0, max: 1000 }),
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
    /**
     * Hidden reasoning tokens per visible output token (billed as output, counted in PTU and GPU sizing). 0 when
     * the model does not reason or no ratio is known. Added in schema v3.
     */
    reasoningTokensPerOutputToken: numberField({ min: 0, max: 1000 }),
  },
  { error: 'must be an object' },
);
export type Workload = z.infer<typeof WorkloadSchema>;

/** Cost lines an architect adds to every option alike (API gateway, logs, egress); all off by default. v3. */
export const PlatformSchema = z.strictObject(
  {
    apiGateway: z.strictObject({
      enabled: z.boolean({ error: 'must be true or false' }),
      /** Gateway units (count). */
      units: countField(1, 100),
      /** One unit, USD per month. */
      usdPerUnitMonth: usdField(),
    }),
    logIngestion: z.strictObject({
      enabled: z.boolean({ error: 'must be true or false' }),
      /** Log data written per request, KB (10^3 bytes). */
      kbPerRequest: numberField({ min: 0, max: 10_000 }),
      /** Ingestion price, USD per GB. */
      usdPerGb: numberField({ min: 0, max: 100 }),
      /** GB per month ingested free. */
      freeGbPerMonth: numberField({ min: 0, max: 1e6 }),
    }),
    egress: z.strictObject({
      enabled: z.boolean({ error: 'must be true or false' }),
      /** Response bytes sent to users per output token (streaming framing included). */
      bytesPerOutputToken: numberField({ min: 0, max: 100_000 }),
      /** Internet egress price, USD per GB. */
      usdPerGb: numberField({ min: 0, max: 100 }),
      /** GB per month sent free. */
      freeGbPerMonth: numberField({ min: 0, max: 1e6 }),
    }),
  },
  { error: 'must be an object' },
);
export type Platform = z.infer<typeof PlatformSchema>;

/**
 * A fine-tuned Azure OpenAI model, used by the vendor-hosted options when the requirements need a custom model:
 * hosting per deployment-hour on pay-per-token deployments (PTU-hours replace it), base-model token prices,
 * and a one-off training run. v3.
 */
export const FineTuningSchema = z.strictObject(
  {
    /** Tokens in the training file (count). */
    trainingTokens: numberField({ min: 0, max: 1e12 }),
    /** Passes over the training file (count). */
    epochs: countField(1, 100),
    /** Training price, USD per 1M training tokens. */
    usdPerMTokTraining: usdPerMTokField(),
    /** Hosting of one fine-tuned deployment, USD per hour, charged whether called or not. */
    hostingUsdPerDeploymentHour: numberField({ min: 0, max: 10_000 }),
    /** Fine-tuned deployments kept (count). */
    deployments: countField(1, 100),
  },
  { error: 'must be an object' },
);
export type FineTuning = z.infer<typeof FineTuningSchema>;

/** Most months the evolution plan looks ahead. */
export const MAX_HORIZON_MONTHS = 60;

/** How volume evolves and what moving between options costs. v3. */
export const EvolutionSchema = z.strictObject(
  {
    /** Months to plan over, 1–60. */
    horizonMonths: countField(1, MAX_HORIZON_MONTHS),
    growth: z.strictObject({
      /** 'rate': constant monthly growth from today's volume; 'points': (month, volume) points, geometric in between. */
      mode: z.enum(['rate', 'points'], { error: 'must be rate or points' }),
      /** Monthly growth, a share (0.05 = +5% a month; negative shrinks). */
      monthlyRate: numberField({ min: -0.5, max: 10 }),
      /** Known volumes: month 0 is today; months ascending. */
      points: z
        .array(
          z.strictObject({
            month: countField(0, MAX_HORIZON_MONTHS),
            monthlyTokens: numberField({ min: 0, max: MAX_MONTHLY_TOKENS }),
          }),
          { error: 'must be a list' },
        )
        .check(z.maxLength(MAX_HORIZON_MONTHS + 1, { error: 'must have at most 61 points' })),
    }),
    /** One-off cost of each move between two options, USD; null = the target option's setup cost. */
    switchingCostUsd: z.nullable(usdField()),
    /** Annual discount rate for the present value (0.08 = 8%). */
    annualDiscountRate: numberField({ min: 0, max: 1 }),
  },
  { error: 'must be an object' },
);
export type Evolution = z.infer<typeof EvolutionSchema>;

/** What-if analysis settings: ranges per uncertain input (overrides of the defaults), the random seed. v3. */
export const SensitivitySchema = z.strictObject(
  {
    /** Seed of the Monte Carlo's random generator: the same seed gives the same numbers. */
    seed: countField(0, 2_147_483_647),
    /** Monte Carlo samples. */
    samples: countField(100, 100_000),
    /** Inputs whose range or uncertainty differs from the defaults, by scenario path. */
    inputs: z
      .array(
        z.strictObject({
          path: z.string({ error: 'must be text' }).check(
            z.refine((path) => (UNCERTAIN_INPUT_PATHS as readonly string[]).includes(path), {
              error: 'is not an input the analysis can vary',
            }),
          ),
          /** Low and high values, in the input's own unit. */
          low: numberField({ min: -1e15, max: 1e15 }),
          high: numberField({ min: -1e15, max: 1e15 }),
          /** Drawn at random in the Monte Carlo. */
          uncertain: z.boolean({ error: 'must be true or false' }),
        }),
        { error: 'must be a list' },
      )
      .check(z.maxLength(64, { error: 'must have at most 64 entries' })),
  },
  { error: 'must be an object' },
);
export type Sensitivity = z.infer<typeof SensitivitySchema>;

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
      /** The scenario's name (exports and file names carry it); empty = untitled. v3. */
      name: labelField(),
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
      platform: PlatformSchema,
      fineTuning: FineTuningSchema,
      options: OptionsSchema,
      evolution: EvolutionSchema,
      sensitivity: SensitivitySchema,
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
    z.refine((s) => pointsAscending(s.evolution.growth.points), {
      path: ['evolution', 'growth', 'points'],
      error: 'months must be in ascending order, each at most once',
    }),
    z.refine((s) => s.sensitivity.inputs.every((i) => i.low <= i.high), {
      path: ['sensitivity', 'inputs'],
      error: 'each low value must be at most its high value',
    }),
  );

function pointsAscending(points: readonly { month: number }[]): boolean {
  return points.every((point, i) => i === 0 || point.month > points[i - 1]!.month);
}
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Monthly tokens = requests × (input + output tokens per request). */
export function monthlyTokensOf(requirements: Requirements): number {
  return (
    requirements.monthlyRequests * (requirements.inputTokensPerRequest + requirements.outputTokensPerRequest)
  );
}
