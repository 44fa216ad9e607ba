import type { OptionResult, Scenario } from '../core';

/** The model an option serves, as exports name it. */
export type ServedModel = { id: string; label: string };

function isServedModel(value: unknown): value is ServedModel {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'label' in value &&
    typeof value.id === 'string' &&
    typeof value.label === 'string'
  );
}

/**
 * The model an option serves: the evaluation's own `model` when the core provides one (newer cores attach
 * `{ id, label, capability }` to each option), else read from the scenario's assumptions for the five built-in
 * options. Null when the plan names no model (e.g. a self-hosted option priced as a flat fee).
 */
export function servedModelOf(option: OptionResult, scenario: Scenario): ServedModel | null {
  // `in` narrows without a cast: cores without the field still type-check, newer ones are used as they are.
  const model = 'model' in option ? option.model : undefined;
  if (isServedModel(model)) return { id: model.id, label: model.label };
  const { options } = scenario;
  const byId = (id: string | undefined): ServedModel | null => (id ? { id, label: id } : null);
  switch (option.id) {
    case 'serverless_api':
    case 'private_endpoints':
      return byId(options.serverless_api.modelId);
    case 'provisioned_throughput':
      return byId(options.provisioned_throughput.ptu?.modelId ?? options.serverless_api.modelId);
    case 'custom_deployment':
      return byId(options.custom_deployment.gpu?.modelId);
    case 'kubernetes':
      return byId(options.kubernetes.gpu?.modelId);
    default:
      return null;
  }
}
