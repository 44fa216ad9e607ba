import type { OptionId } from '../option-ids';
import type { Requirements } from '../scenario/schema';

/** The strings the seed article's `select_infrastructure` returns. */
export type SeedChoice =
  | 'kubernetes_private'
  | 'private_endpoints'
  | 'provisioned_throughput'
  | 'custom_deployment'
  | 'serverless_api';

/** Requests a month above which the article switches to provisioned throughput (`monthly_volume > 1000000`). */
export const SEED_VOLUME_THRESHOLD = 1_000_000;

/**
 * The article's decision rule, branch for branch and in the same order:
 * high sensitivity → kubernetes_private (custom model) or private_endpoints; more than 1,000,000 requests a
 * month → provisioned_throughput; custom model with high expertise → custom_deployment; else serverless_api.
 */
export function seedRecommendation(requirements: Requirements): SeedChoice {
  if (requirements.dataSensitivity === 'high') {
    if (requirements.needCustomModel) return 'kubernetes_private';
    return 'private_endpoints';
  }
  if (requirements.monthlyRequests > SEED_VOLUME_THRESHOLD) return 'provisioned_throughput';
  if (requirements.needCustomModel && requirements.mlExpertise === 'high') return 'custom_deployment';
  return 'serverless_api';
}

/** The article's branch that fired, in words. */
export function seedRuleReason(requirements: Requirements): string {
  if (requirements.dataSensitivity === 'high') {
    return requirements.needCustomModel
      ? 'high data sensitivity with a custom model → Kubernetes, private'
      : 'high data sensitivity → private endpoints';
  }
  if (requirements.monthlyRequests > SEED_VOLUME_THRESHOLD)
    return 'more than 1,000,000 requests a month → provisioned throughput';
  if (requirements.needCustomModel && requirements.mlExpertise === 'high')
    return 'custom model and high ML expertise → custom deployment';
  return 'none of its conditions hold → serverless API (the default)';
}

/** Maps the article's answer onto the planner's options (kubernetes_private is the kubernetes option). */
export function seedChoiceToOption(choice: SeedChoice): OptionId {
  return choice === 'kubernetes_private' ? 'kubernetes' : choice;
}
