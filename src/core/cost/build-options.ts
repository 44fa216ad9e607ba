import { OPTION_IDS, type OptionId } from '../option-ids';
import type { Scenario } from '../scenario/schema';
import { buildCustomDeployment } from './custom-deployment';
import { buildKubernetes } from './kubernetes';
import { tokenMixOf, type ModelContext, type OptionModel } from './option-model';
import { buildPrivateEndpoints } from './private-endpoints';
import { buildProvisioned } from './provisioned';
import { buildServerless } from './serverless';

const BUILDERS: Record<OptionId, (ctx: ModelContext) => OptionModel> = {
  serverless_api: buildServerless,
  provisioned_throughput: buildProvisioned,
  private_endpoints: buildPrivateEndpoints,
  custom_deployment: buildCustomDeployment,
  kubernetes: buildKubernetes,
};

/** The pricing context of a scenario: its token mix and display currency. */
export function contextOf(scenario: Scenario): ModelContext {
  return { scenario, mix: tokenMixOf(scenario), display: scenario.display };
}

/** Builds one option's cost model for a scenario. */
export function buildOption(
  scenario: Scenario,
  id: OptionId,
  ctx: ModelContext = contextOf(scenario),
): OptionModel {
  return BUILDERS[id](ctx);
}

/** Builds all five options' cost models, in the canonical order. */
export function buildOptions(scenario: Scenario): OptionModel[] {
  const ctx = contextOf(scenario);
  return OPTION_IDS.map((id) => BUILDERS[id](ctx));
}
