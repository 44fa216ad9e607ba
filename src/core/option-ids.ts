/**
 * The ways of running an LLM workload that the planner compares, in order of operational simplicity. Each has
 * a definition in options/registry.ts (labels, style, cost model, assumptions) and a schema part in
 * options/schemas.ts; both are keyed by these ids, so the compiler lists what a new option still needs.
 */
export const OPTION_IDS = [
  'serverless_api',
  'provisioned_throughput',
  'private_endpoints',
  'custom_deployment',
  'kubernetes',
] as const;

export type OptionId = (typeof OPTION_IDS)[number];

/** Narrows an unknown string to an option id. */
export function isOptionId(value: unknown): value is OptionId {
  return typeof value === 'string' && (OPTION_IDS as readonly string[]).includes(value);
}
