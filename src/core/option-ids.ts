/** The five ways of running an LLM workload that the planner compares, in order of operational simplicity. */
export const OPTION_IDS = [
  'serverless_api',
  'provisioned_throughput',
  'private_endpoints',
  'custom_deployment',
  'kubernetes',
] as const;

export type OptionId = (typeof OPTION_IDS)[number];

/** Full names, used in tables, sentences and exports. */
export const OPTION_LABELS: Record<OptionId, string> = {
  serverless_api: 'Serverless API',
  provisioned_throughput: 'Provisioned throughput',
  private_endpoints: 'Private endpoints',
  custom_deployment: 'Custom deployment',
  kubernetes: 'Kubernetes (self-hosted)',
};

/** One-line descriptions shown beside each option. */
export const OPTION_DESCRIPTIONS: Record<OptionId, string> = {
  serverless_api: 'Pay per token on the vendor’s shared endpoint.',
  provisioned_throughput: 'Reserved model capacity (PTU), billed per hour whether used or not.',
  private_endpoints: 'The pay-per-token API reached only through your network (Private Link).',
  custom_deployment: 'Your own or open-weight model on a managed endpoint billed by GPU VM.',
  kubernetes: 'vLLM on your own Kubernetes GPU nodes: full control, full responsibility.',
};

/** Narrows an unknown string to an option id. */
export function isOptionId(value: unknown): value is OptionId {
  return typeof value === 'string' && (OPTION_IDS as readonly string[]).includes(value);
}
