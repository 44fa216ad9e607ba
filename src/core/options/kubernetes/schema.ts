import * as z from 'zod/mini';
import { usdField, usdPerMTokField } from '../../scenario/fields';
import { commonCosts } from '../shared/common-costs';
import { GpuSchema } from '../shared/gpu-schema';

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
