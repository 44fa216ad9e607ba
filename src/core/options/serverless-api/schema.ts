import * as z from 'zod/mini';
import { labelField, shareField, usdPerMTokField } from '../../scenario/fields';
import { commonCosts } from '../shared/common-costs';

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
    /** Id of the API model (catalog or curated id); every other option is compared with this model. */
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
