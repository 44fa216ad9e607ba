import type { ModelContext, OptionModel } from '../cost/option-model';
import type { OptionId } from '../option-ids';
import { buildCustomDeployment } from './custom-deployment/build';
import { buildKubernetes } from './kubernetes/build';
import { buildPrivateEndpoints } from './private-endpoints/build';
import { buildProvisioned } from './provisioned-throughput/build';
import { buildServerless } from './serverless-api/build';

/** Each option's cost model builder, keyed by id: a missing or extra id is a compile error. */
export const OPTION_BUILDERS: Readonly<Record<OptionId, (ctx: ModelContext) => OptionModel>> = {
  serverless_api: buildServerless,
  provisioned_throughput: buildProvisioned,
  private_endpoints: buildPrivateEndpoints,
  custom_deployment: buildCustomDeployment,
  kubernetes: buildKubernetes,
};
