import type { ApiModel, ExclusionKind, OptionModel, Problem } from '../cost/option-model';
import { articleFor, formatCount } from '../format';
import { OPTION_IDS, type OptionId } from '../option-ids';
import { OPTION_REGISTRY } from '../options/registry';
import type { OptionKind } from '../options/types';
import type { Requirements } from '../scenario/schema';
import { capabilityVerdict } from './capability-rule';

/** An option that cannot be the recommendation, with every reason in words. */
export type Exclusion = { option: OptionId; kind: ExclusionKind; reason: string };

/** Below this latency target, shared pay-per-token capacity is a risk (queueing varies with others' load). */
export const SHARED_CAPACITY_LATENCY_MS = 1000;

/**
 * The lowest time to first token each kind of deployment can be relied on for, milliseconds (planner
 * assumption, source 'planner-latency-floors'): a target below it rules the option out.
 */
export const LATENCY_FLOOR_MS: Record<OptionKind, number> = {
  'shared-api': 300,
  'reserved-capacity': 150,
  'self-managed': 100,
};

/** Constraints from the requirements alone: data sensitivity, and a custom model with the article's unnamed one. */
function requirementProblems(id: OptionId, requirements: Requirements, api: ApiModel): Problem[] {
  const problems: Problem[] = [];
  if (requirements.dataSensitivity === 'high' && id === 'serverless_api')
    problems.push({
      kind: 'constraint',
      reason:
        'High data sensitivity: requests would cross the public internet to a shared endpoint. Private endpoints, or PTUs behind Private Link, keep them on your network.',
    });
  const vendorHosted = OPTION_REGISTRY[id].kind !== 'self-managed';
  if (requirements.needCustomModel && api.illustrative && vendorHosted)
    problems.push({
      kind: 'constraint',
      reason:
        'Needs your own or open-weight model: the article’s vendor options serve only the vendor’s catalog models.',
    });
  const kind = OPTION_REGISTRY[id].kind;
  const floor = LATENCY_FLOOR_MS[kind];
  if (requirements.latencyMs < floor)
    problems.push({
      kind: 'latency',
      reason: `${articleFor(requirements.latencyMs) === 'an' ? 'An' : 'A'} ${formatCount(requirements.latencyMs)} ms latency target is below the about ${formatCount(floor)} ms to first token this kind of deployment can be relied on for (planner assumption).`,
    });
  return problems;
}

/**
 * Every option that cannot be the recommendation, whatever it costs: hard constraints of the requirements,
 * problems with the plan itself (does not fit, not offered for the model or region, not reachable privately),
 * the like-for-like capability rule, and latency targets no option of that kind can meet. One entry per
 * option, its reasons joined.
 */
export function findExclusions(
  models: readonly OptionModel[],
  requirements: Requirements,
  api: ApiModel,
): Exclusion[] {
  const out: Exclusion[] = [];
  for (const id of OPTION_IDS) {
    const model = models.find((m) => m.id === id);
    if (!model) continue;
    const problems = [...requirementProblems(id, requirements, api), ...model.problems];
    const verdict = capabilityVerdict(model.model, api, requirements);
    if (!verdict.allowed && verdict.reason) problems.push({ kind: 'capability', reason: verdict.reason });
    if (problems.length > 0)
      out.push({ option: id, kind: problems[0]!.kind, reason: problems.map((p) => p.reason).join(' ') });
  }
  return out;
}

/** Soft mismatches for a chosen option: worth a warning, not a veto. */
export function softWarnings(option: OptionId, requirements: Requirements): string[] {
  const warnings: string[] = [];
  const kind = OPTION_REGISTRY[option].kind;
  if (option === 'kubernetes' && requirements.mlExpertise !== 'high') {
    warnings.push(
      `${OPTION_REGISTRY.kubernetes.label} with ${requirements.mlExpertise} ML expertise: running GPU nodes, vLLM upgrades and on-call is a specialised job; budget for hiring or a partner.`,
    );
  }
  if (option === 'custom_deployment' && requirements.mlExpertise === 'low') {
    warnings.push(
      `${OPTION_REGISTRY.custom_deployment.label} with low ML expertise: someone must package, evaluate and update the model.`,
    );
  }
  if (kind === 'shared-api' && requirements.latencyMs < SHARED_CAPACITY_LATENCY_MS) {
    warnings.push(
      `${articleFor(requirements.latencyMs) === 'an' ? 'An' : 'A'} ${formatCount(requirements.latencyMs)} ms latency target on shared pay-per-token capacity: latency varies with other tenants' load and rate limits apply. Provisioned throughput gives predictable latency.`,
    );
  }
  return warnings;
}
