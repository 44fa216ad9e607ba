import * as z from 'zod/mini';
import type { OptionId } from '../option-ids';
import { CustomDeploymentSchema } from './custom-deployment/schema';
import { KubernetesSchema } from './kubernetes/schema';
import { PrivateEndpointsSchema } from './private-endpoints/schema';
import { ProvisionedSchema } from './provisioned-throughput/schema';
import { ServerlessSchema } from './serverless-api/schema';

/** Each option's schema part, keyed by id: the compiler names any option id left without one. */
const OPTION_SCHEMAS = {
  serverless_api: ServerlessSchema,
  provisioned_throughput: ProvisionedSchema,
  private_endpoints: PrivateEndpointsSchema,
  custom_deployment: CustomDeploymentSchema,
  kubernetes: KubernetesSchema,
} satisfies Record<OptionId, unknown>;

export const OptionsSchema = z.strictObject(OPTION_SCHEMAS, { error: 'must be an object' });
export type OptionAssumptions = z.infer<typeof OptionsSchema>;
