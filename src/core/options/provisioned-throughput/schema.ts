import * as z from 'zod/mini';
import { countField, labelField, numberField, usdPerMTokField } from '../../scenario/fields';
import { commonCosts } from '../shared/common-costs';

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
    /**
     * True: PTUs serve the API model — sizing comes from Microsoft's row for it (modelId, throughput, weight,
     * minimum and step in the block are then ignored; price and term are kept). False: the block as it is.
     * Added in schema v3.
     */
    followApiModel: z.boolean({ error: 'must be true or false' }),
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
