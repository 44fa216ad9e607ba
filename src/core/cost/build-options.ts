import { OPTION_IDS, type OptionId } from '../option-ids';
import { OPTION_BUILDERS } from '../options/builders';
import { apiModelOf } from '../pricing/api-model';
import type { Scenario } from '../scenario/schema';
import { tokenMixOf, type ModelContext, type OptionModel } from './option-model';
import { withPlatformLines } from './platform-lines';

/** The pricing context of a scenario: its token mix, display currency and API model. */
export function contextOf(scenario: Scenario): ModelContext {
  return { scenario, mix: tokenMixOf(scenario), display: scenario.display, api: apiModelOf(scenario) };
}

/** Builds one option's cost model for a scenario (platform lines included). */
export function buildOption(
  scenario: Scenario,
  id: OptionId,
  ctx: ModelContext = contextOf(scenario),
): OptionModel {
  return withPlatformLines(ctx, OPTION_BUILDERS[id](ctx));
}

/** Builds every option's cost model, in the canonical order. */
export function buildOptions(scenario: Scenario): OptionModel[] {
  const ctx = contextOf(scenario);
  return OPTION_IDS.map((id) => buildOption(scenario, id, ctx));
}
