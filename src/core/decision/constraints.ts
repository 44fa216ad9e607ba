import { OPTION_LABELS, type OptionId } from '../option-ids';
import type { Requirements } from '../scenario/schema';

export type Exclusion = { option: OptionId; reason: string };

/** Below this latency target, shared pay-per-token capacity is a risk (queueing varies with others' load). */
export const SHARED_CAPACITY_LATENCY_MS = 1000;

/**
 * Hard constraints: options that cannot meet a requirement at any price, each with the reason.
 * - High data sensitivity rules out options reached over the public internet (serverless API, provisioned
 *   throughput on a public endpoint).
 * - A custom or open-weight model rules out the vendor-hosted options, which serve only the vendor's models.
 */
export function hardExclusions(requirements: Requirements): Exclusion[] {
  const excluded = new Map<OptionId, string[]>();
  const add = (option: OptionId, reason: string) =>
    excluded.set(option, [...(excluded.get(option) ?? []), reason]);
  if (requirements.dataSensitivity === 'high') {
    const why = 'High data sensitivity: requests would cross the public internet to a shared endpoint.';
    add('serverless_api', why);
    add('provisioned_throughput', `${why} Pair PTUs with Private Link to use them privately.`);
  }
  if (requirements.needCustomModel) {
    const why = 'Needs your own or open-weight model: this option serves only the vendor’s catalog models.';
    add('serverless_api', why);
    add('provisioned_throughput', why);
    add('private_endpoints', why);
  }
  return [...excluded.entries()].map(([option, reasons]) => ({ option, reason: reasons.join(' ') }));
}

/** Soft mismatches for a chosen option: worth a warning, not a veto. */
export function softWarnings(option: OptionId, requirements: Requirements): string[] {
  const warnings: string[] = [];
  if (option === 'kubernetes' && requirements.mlExpertise !== 'high') {
    warnings.push(
      `${OPTION_LABELS.kubernetes} with ${requirements.mlExpertise} ML expertise: running GPU nodes, vLLM upgrades and on-call is a specialised job; budget for hiring or a partner.`,
    );
  }
  if (option === 'custom_deployment' && requirements.mlExpertise === 'low') {
    warnings.push(
      `${OPTION_LABELS.custom_deployment} with low ML expertise: someone must package, evaluate and update the model.`,
    );
  }
  if (
    (option === 'serverless_api' || option === 'private_endpoints') &&
    requirements.latencyMs < SHARED_CAPACITY_LATENCY_MS
  ) {
    warnings.push(
      `A ${requirements.latencyMs} ms latency target on shared pay-per-token capacity: latency varies with other tenants' load and rate limits apply. Provisioned throughput gives predictable latency.`,
    );
  }
  return warnings;
}
