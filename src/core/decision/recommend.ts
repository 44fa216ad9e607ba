import type { ApiModel } from '../cost/option-model';
import type { CheapestRange } from '../cost/break-even';
import { formatMoney, formatTokens, type MoneyDisplay } from '../format';
import { OPTION_IDS, type OptionId } from '../option-ids';
import { OPTION_LABELS } from '../options/registry';
import type { ServedModel } from '../pricing/capability';
import type { Locality, Requirements } from '../scenario/schema';
import { lowerFirstWord } from '../text-case';
import { capabilityVerdict } from './capability-rule';
import { softWarnings, type Exclusion } from './constraints';
import { seedChoiceToOption, seedRecommendation, seedRuleReason, type SeedChoice } from './seed-rule';

export type Recommendation = {
  /**
   * The cheapest option at the scenario's volume that is not ruled out (hard constraints, feasibility,
   * availability, capability, latency); null when every option is ruled out.
   */
  option: OptionId | null;
  /** Eligible options, cheapest first (ties go to the simpler option). */
  eligible: OptionId[];
  /** The next genuinely different eligible option (private endpoints are the API plus a network path). */
  runnerUp: OptionId | null;
  /** Why, as sentences with numbers in them. */
  reasons: string[];
  /** Options ruled out, each with the reason: constraints, plans that cannot run, unlike models. */
  excluded: Exclusion[];
  /** Soft mismatches: latency, expertise, budget, smaller models, unrated models. */
  warnings: string[];
  /** What the seed article's `select_infrastructure` returns for the same requirements. */
  seedRule: SeedChoice;
  /** The article's answer as an option id. */
  seedRuleOption: OptionId;
  /** Where the article's rule and the cost-based recommendation meet or part, in words. */
  seedRuleNote: string;
};

/** "a", "a and b", "a, b and c": one sentence without a colon (the deck keeps a reason's first clause only). */
function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Options whose requests Azure OpenAI processes, where the deployment type (Global, Data Zone) applies. */
const AZURE_HOSTED: ReadonlySet<OptionId> = new Set([
  'serverless_api',
  'provisioned_throughput',
  'private_endpoints',
]);

export type RecommendInput = {
  requirements: Requirements;
  monthlyTokens: number;
  costs: Record<OptionId, number>;
  /** The model each option serves. */
  models: Record<OptionId, ServedModel>;
  api: ApiModel;
  /** Everything ruled out, with reasons (see `findExclusions`). */
  excluded: readonly Exclusion[];
  /** Cheapest eligible option per volume range. */
  cheapest: readonly CheapestRange[];
  display: MoneyDisplay;
  /** Where Azure processes requests; "global" may be any region. Optional for callers without a workload. */
  locality?: Locality;
};

/** "Kubernetes (self-hosted) serving Qwen3-235B-A22B-2507 (FP8)" — every option named with its model. */
export function optionWithModel(option: OptionId, model: ServedModel): string {
  return `${OPTION_LABELS[option]} serving ${model.label}`;
}

/**
 * Everything that is not ruled out competes on cost at the scenario's volume: the cheapest wins (ties go to the
 * simpler option); soft mismatches become warnings. Also reports the article's rule so the UI can show where
 * they differ.
 */
export function recommend(input: RecommendInput): Recommendation {
  const { requirements, monthlyTokens, costs, display, models, api } = input;
  const excluded = [...input.excluded];
  const excludedIds = new Set(excluded.map((e) => e.option));
  const eligible = OPTION_IDS.filter((id) => !excludedIds.has(id)).sort(
    (x, y) => costs[x] - costs[y] || OPTION_IDS.indexOf(x) - OPTION_IDS.indexOf(y),
  );
  const option = eligible[0] ?? null;
  const tokens = formatTokens(monthlyTokens);
  const money = (usd: number) => formatMoney(usd, display);
  // The article's model has no name: its sentences name the option alone, as the article does.
  const named = (id: OptionId, first = false) =>
    api.illustrative
      ? first
        ? `the ${OPTION_LABELS[id]} option`
        : OPTION_LABELS[id]
      : optionWithModel(id, models[id]);
  const seedRule = seedRecommendation(requirements);
  const seedRuleOption = seedChoiceToOption(seedRule);
  const seedWhy = seedRuleReason(requirements);
  const warnings: string[] = [];
  if (api.capability === null && !api.illustrative)
    warnings.push(
      `${api.label} has no capability rating on the planner’s scale: it cannot check that other models match it, so compare quality yourself.`,
    );

  if (option === null) {
    const cheapestOut = [...OPTION_IDS].sort((x, y) => costs[x] - costs[y])[0]!;
    return {
      option: null,
      eligible: [],
      runnerUp: null,
      reasons: [
        `No option meets every requirement at ${tokens} tokens/month: each one is ruled out below. Relax a constraint (data sensitivity, the model-quality rule, the latency target) or choose other models or VMs.`,
      ],
      excluded,
      warnings: [
        ...warnings,
        `The cheapest ruled-out option is ${named(cheapestOut)} at ${money(costs[cheapestOut])} a month.`,
      ],
      seedRule,
      seedRuleOption,
      seedRuleNote: `The article’s decision rule picks ${OPTION_LABELS[seedRuleOption]} (${seedWhy}).`,
    };
  }

  const cost = costs[option];
  const reasons: string[] = [];
  // Private endpoints are the serverless API plus a network path: when the API wins, compare it with the next
  // genuinely different option and state the private path's price separately.
  const privateVariant = option === 'serverless_api' && eligible.includes('private_endpoints');
  const alternatives = eligible.filter(
    (id) => id !== option && !(privateVariant && id === 'private_endpoints'),
  );
  const runnerUp = alternatives[0] ?? null;
  if (runnerUp) {
    reasons.push(
      `At ${tokens} tokens/month ${named(option, true)} costs ${money(cost)}, ${money(costs[runnerUp] - cost)} less than ${named(runnerUp)} (${money(costs[runnerUp])}).`,
    );
  } else {
    reasons.push(
      `At ${tokens} tokens/month ${named(option, true)} costs ${money(cost)} and is the only option that meets every requirement.`,
    );
  }
  if (privateVariant)
    reasons.push(
      `Private endpoints would keep the same API on your network for ${money(costs.private_endpoints - cost)} more a month.`,
    );
  const others = alternatives.slice(1);
  if (others.length > 0)
    reasons.push(
      `The other eligible options are ${andList(others.map((id) => `${OPTION_LABELS[id]} at ${money(costs[id])}`))}.`,
    );
  const range = input.cheapest.find(
    (r) => r.option === option && r.fromTokens <= monthlyTokens && monthlyTokens <= r.toTokens,
  );
  if (range)
    reasons.push(
      `Of the eligible options it is the cheapest from ${formatTokens(range.fromTokens)} to ${formatTokens(range.toTokens)} tokens/month.`,
    );
  if (excluded.length > 0)
    reasons.push(
      `${excluded.length} option${excluded.length === 1 ? ' is' : 's are'} ruled out (see below), whatever ${excluded.length === 1 ? 'it costs' : 'they cost'}.`,
    );

  warnings.push(...softWarnings(option, requirements));
  if (requirements.dataSensitivity === 'high' && input.locality === 'global' && AZURE_HOSTED.has(option))
    warnings.push(
      'High data sensitivity with Global processing: to keep prompts and completions in your geography, choose Data Zone or Regional in Pricing (its prices differ). On Global, Azure may process them in any of its regions; data at rest stays in your geography (Azure OpenAI deployment types documentation).',
    );
  const verdict = capabilityVerdict(models[option], api, requirements);
  if (verdict.lower && verdict.reason)
    warnings.push(`${OPTION_LABELS[option]} ${lowerFirstWord(verdict.reason)}`);
  const budget = requirements.monthlyBudget;
  if (cost <= budget)
    reasons.push(`It fits your ${money(budget)} monthly budget with ${money(budget - cost)} to spare.`);
  else
    warnings.push(
      `Over budget: ${money(cost)} a month is ${money(cost - budget)} more than your ${money(budget)} budget, and it is the cheapest option that meets your requirements.`,
    );

  const seedRuleNote =
    seedRuleOption === option
      ? `The article’s decision rule agrees (${seedWhy}).`
      : excludedIds.has(seedRuleOption)
        ? `The article’s decision rule picks ${OPTION_LABELS[seedRuleOption]} (${seedWhy}), which is ruled out here.`
        : `The article’s decision rule picks ${OPTION_LABELS[seedRuleOption]} (${seedWhy}); here it would cost ${money(costs[seedRuleOption])}, ${money(costs[seedRuleOption] - cost)} more a month.`;

  return { option, eligible, runnerUp, reasons, excluded, warnings, seedRule, seedRuleOption, seedRuleNote };
}
