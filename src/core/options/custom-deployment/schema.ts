import * as z from 'zod/mini';
import { usdField, usdPerMTokField } from '../../scenario/fields';
import { commonCosts } from '../shared/common-costs';
import { GpuSchema } from '../shared/gpu-schema';

export const CustomDeploymentSchema = z.strictObject(
  {
    ...commonCosts,
    /** Per-token charge, USD per 1M (the seed article's illustrative 0.001/1K). */
    usdPerMTok: usdPerMTokField(),
    /** Operations labour for the endpoint (packaging, evaluation, updates, on-call), USD per month. v3. */
    labourUsdPerMonth: usdField(),
    /** GPU capacity; null prices the option as flat fee + per-token rate only. */
    gpu: z.nullable(GpuSchema),
  },
  { error: 'must be an object' },
);
export type CustomDeploymentAssumptions = z.infer<typeof CustomDeploymentSchema>;
