import * as z from 'zod/mini';
import { countField, numberField, usdField } from '../../scenario/fields';
import { commonCosts } from '../shared/common-costs';

/** Private Link figures; the PTU option reuses them when data must stay off the public internet. */
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
