import { formatMoney, formatTokens, type MoneyDisplay } from '../format';
import { OPTION_IDS, OPTION_LABELS, type OptionId } from '../option-ids';
import type { CheapestRange } from '../cost/break-even';
import type { Requirements } from '../scenario/schema';
import { hardExclusions, softWarnings, type Exclusion } from './constraints';
import { seedChoiceToOption, seedRecommendation, seedRuleReason, type SeedChoice } from './seed-rule';

export type Recommendation = {
  /** The cheapest option that meets every hard constraint at the scenario's volume. */
  option: OptionId;
  /** Why, as sentences with numbers in them. */
  reasons: string[];
  /** Options ruled out by hard constraints, each with the reason. */
  excluded: Exclusion[];
  /** Soft mismatches: latency, expertise, budget. */
  warnings: string[];
  /** What the seed article's `select_infrastructure` returns for the same requirements. */
  seedRule: SeedChoice;
  /** The article's answer as an option id. */
  seedRuleOption: OptionId;
  /** Where the article's rule and the cost-based recommendation meet or part, in words. */
  seedRuleNote: string;
};

export type RecommendInput = {
  requirements: Requirements;
  monthlyTokens: number;
  costs: Record<OptionId, number>;
  /** Problems with an option's plan itself (e.g. the model does not fit the GPU), by option. */
  problems?: Partial<Record<OptionId, string>>;
  /** Cheapest-option ranges over the analysed volume, for all options. */
  cheapest: readonly CheapestRange[];
  display: MoneyDisplay;
};

/**
 * Hard constraints first, then the cheapest remaining option at the scenario's volume (ties go to the simpler
 * option); soft mismatches become warnings. Also reports the article's rule so the UI can show where they differ.
 */
export function recommend(input: RecommendInput): Recommendation {
  const { requirements, monthlyTokens, costs, display } = input;
  const excluded = hardExclusions(requirements);
  const excludedIds = new Set(excluded.map((e) => e.option));
  const eligible = OPTION_IDS.filter((id) => !excludedIds.has(id)).sort(
    (x, y) => costs[x] - costs[y] || OPTION_IDS.indexOf(x) - OPTION_IDS.indexOf(y),
  );
  const option = eligible[0] ?? 'serverless_api';
  const cost = costs[option];
  const tokens = formatTokens(monthlyTokens);
  const money = (usd: number) => formatMoney(usd, display);

  const reasons: string[] = [];
  // Private endpoints are the serverless API plus a network path: when the API wins, compare it with the next
  // genuinely different option and state the private path's price separately.
  const privateVariant = option === 'serverless_api' && eligible.includes('private_endpoints');
  const alternatives = eligible.filter(
    (id) => id !== option && !(privateVariant && id === 'private_endpoints'),
  );
  const runnerUp = alternatives[0];
  if (runnerUp) {
    reasons.push(
      `At ${tokens} tokens/month the ${OPTION_LABELS[option]} option costs ${money(cost)}, ${money(costs[runnerUp] - cost)} less than ${OPTION_LABELS[runnerUp]} (${money(costs[runnerUp])}).`,
    );
  } else {
    reasons.push(
      `At ${tokens} tokens/month the ${OPTION_LABELS[option]} option costs ${money(cost)} and is the only option that meets the hard constraints.`,
    );
  }
  if (privateVariant) {
    reasons.push(
      `Private endpoints would keep the same API on your network for ${money(costs.private_endpoints - cost)} more a month.`,
    );
  }
  const others = alternatives.slice(1);
  if (others.length > 0) {
    reasons.push(
      `The other eligible options cost ${others.map((id) => `${money(costs[id])} (${OPTION_LABELS[id]})`).join(', ')}.`,
    );
  }
  const range = input.cheapest.find(
    (r) => r.option === option && r.fromTokens <= monthlyTokens && monthlyTokens <= r.toTokens,
  );
  if (range) {
    reasons.push(
      `Of all five options it is the cheapest from ${formatTokens(range.fromTokens)} to ${formatTokens(range.toTokens)} tokens/month.`,
    );
  }
  if (excluded.length > 0) {
    reasons.push(
      `${excluded.length} option${excluded.length === 1 ? ' is' : 's are'} ruled out by your constraints (see below).`,
    );
  }
  const budget = requirements.monthlyBudget;
  const warnings = softWarnings(option, requirements);
  const problem = input.problems?.[option];
  if (problem)
    warnings.push(
      `${OPTION_LABELS[option]}: ${problem}; fix the GPU choice in the pricing step before relying on this plan.`,
    );
  if (cost <= budget) {
    reasons.push(`It fits your ${money(budget)} monthly budget with ${money(budget - cost)} to spare.`);
  } else {
    warnings.push(
      `Over budget: ${money(cost)} a month is ${money(cost - budget)} more than your ${money(budget)} budget, and it is the cheapest option that meets your constraints.`,
    );
  }

  const seedRule = seedRecommendation(requirements);
  const seedRuleOption = seedChoiceToOption(seedRule);
  const seedWhy = seedRuleReason(requirements);
  const seedRuleNote =
    seedRuleOption === option
      ? `The article’s decision rule agrees (${seedWhy}).`
      : excludedIds.has(seedRuleOption)
        ? `The article’s decision rule picks ${OPTION_LABELS[seedRuleOption]} (${seedWhy}), which your constraints rule out.`
        : `The article’s decision rule picks ${OPTION_LABELS[seedRuleOption]} (${seedWhy}); here it would cost ${money(costs[seedRuleOption])}, ${money(costs[seedRuleOption] - cost)} more a month.`;

  return { option, reasons, excluded, warnings, seedRule, seedRuleOption, seedRuleNote };
}
