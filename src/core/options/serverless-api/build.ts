import { formatMoney, formatNumber, formatPercent, formatRate, formatTokens } from '../../format';
import { amortisedSetup } from '../../cost/cost-structure';
import { fixedLines } from '../../cost/fixed-lines';
import type { CostLine, ModelContext, OptionModel } from '../../cost/option-model';
import { usdPerToken, type Usd } from '../../units';
import { fineTunedPath, hostingLine, trainingNote } from '../shared/fine-tuned';

/** USD per token split by component, before and after discounts. */
export type ServerlessRate = {
  uncachedInput: Usd;
  cachedInput: Usd;
  /** Visible and reasoning output, both billed as output. */
  output: Usd;
  /** Multiplier from the batch discount: 1 − batchShare × batchDiscount (1 for real-time or fine-tuned traffic). */
  batchMultiplier: number;
  /** Multiplier from data-zone / regional processing: 1 + uplift, or 1 for global. */
  localityMultiplier: number;
  /** All of the above: USD per visible token of the blended mix. */
  total: Usd;
};

/**
 * Blended pay-per-token price of one visible token of this workload, USD per token:
 *   (in × ((1 − cache) × pIn + cache × pCached) + out × (1 + reasoning) × pOut) × (1 − batch × discount) × (1 + uplift)
 * `interactive` drops the batch discount (spillover traffic is real time); so does a fine-tuned deployment,
 * whose batch pricing is not published.
 */
export function serverlessRate(ctx: ModelContext, interactive = false): ServerlessRate {
  const { scenario, mix } = ctx;
  const s = scenario.options.serverless_api;
  const cache = scenario.workload.cacheHitShare;
  const uncachedInput = mix.inputShare * (1 - cache) * usdPerToken(s.usdPerMTokInput);
  const cachedInput = mix.inputShare * cache * usdPerToken(s.usdPerMTokCachedInput);
  const output = mix.generatedShare * usdPerToken(s.usdPerMTokOutput);
  const batch = interactive || fineTunedPath(ctx).active ? 0 : scenario.workload.batchShare * s.batchDiscount;
  const batchMultiplier = 1 - batch;
  const localityMultiplier = scenario.workload.locality === 'global' ? 1 : 1 + s.localityUplift;
  const total = (uncachedInput + cachedInput + output) * batchMultiplier * localityMultiplier;
  return { uncachedInput, cachedInput, output, batchMultiplier, localityMultiplier, total };
}

/** The token lines of a pay-per-token bill at T tokens (shared with private endpoints). */
export function serverlessTokenLines(ctx: ModelContext, monthlyTokens: number): CostLine[] {
  const { scenario, mix, display } = ctx;
  const s = scenario.options.serverless_api;
  const rate = serverlessRate(ctx);
  const cache = scenario.workload.cacheHitShare;
  const reasoning = scenario.workload.reasoningTokensPerOutputToken;
  const tokens = formatTokens(monthlyTokens);
  const lines: CostLine[] = [
    {
      label: 'Input tokens',
      usd: rate.uncachedInput * monthlyTokens,
      formula: `${tokens} × ${formatNumber(mix.inputShare)} input${cache > 0 ? ` × ${formatNumber(1 - cache)} uncached` : ''} × ${formatRate(s.usdPerMTokInput, display)} per 1M`,
    },
  ];
  if (cache > 0) {
    lines.push({
      label: 'Cached input tokens',
      usd: rate.cachedInput * monthlyTokens,
      formula: `${tokens} × ${formatNumber(mix.inputShare)} input × ${formatNumber(cache)} cached × ${formatRate(s.usdPerMTokCachedInput, display)} per 1M`,
    });
  }
  lines.push({
    label: reasoning > 0 ? 'Output and reasoning tokens' : 'Output tokens',
    usd: rate.output * monthlyTokens,
    formula: `${tokens} × ${formatNumber(mix.outputShare)} output${reasoning > 0 ? ` × ${formatNumber(1 + reasoning)} with reasoning` : ''} × ${formatRate(s.usdPerMTokOutput, display)} per 1M`,
  });
  const subtotal = (rate.uncachedInput + rate.cachedInput + rate.output) * monthlyTokens;
  const batchSaving = subtotal * (1 - rate.batchMultiplier);
  if (batchSaving > 0) {
    lines.push({
      label: 'Batch discount',
      usd: -batchSaving,
      formula: `−${formatMoney(subtotal, display)} × ${formatPercent(scenario.workload.batchShare)} batch × ${formatPercent(s.batchDiscount)} off`,
    });
  }
  if (rate.localityMultiplier !== 1) {
    const base = subtotal - batchSaving;
    lines.push({
      label: scenario.workload.locality === 'data_zone' ? 'Data Zone surcharge' : 'Regional surcharge',
      usd: base * (rate.localityMultiplier - 1),
      formula: `${formatMoney(base, display)} × ${formatPercent(s.localityUplift)}`,
    });
  }
  return lines;
}

/** Notes shared by both pay-per-token options: batch turnaround and the fine-tuned variant. */
export function payPerTokenNotes(ctx: ModelContext): string[] {
  const notes: string[] = [];
  const path = fineTunedPath(ctx);
  if (ctx.scenario.workload.batchShare > 0 && !path.active)
    notes.push('Batch requests return within 24 hours; only work that can wait belongs in the batch share.');
  if (path.active && ctx.scenario.workload.batchShare > 0)
    notes.push('No batch discount for the fine-tuned deployment: Azure publishes no batch price for it.');
  notes.push(...trainingNote(ctx, path));
  return notes;
}

/** Pay-per-token on the vendor's shared endpoint (the fine-tuned model's deployment when a custom model is needed). */
export function buildServerless(ctx: ModelContext): OptionModel {
  const s = ctx.scenario.options.serverless_api;
  const months = ctx.scenario.amortizationMonths;
  const path = fineTunedPath(ctx);
  const setupUsd = s.setupUsd + path.trainingUsd;
  return {
    id: 'serverless_api',
    setupUsd,
    model: path.model,
    problems: path.problems,
    structure: {
      fixedUsdPerMonth: s.otherFixedUsdPerMonth + path.hostingUsdPerMonth + amortisedSetup(setupUsd, months),
      usdPerToken: serverlessRate(ctx).total,
      step: null,
      hinges: [],
    },
    describe(monthlyTokens) {
      return {
        lines: [
          ...serverlessTokenLines(ctx, monthlyTokens),
          ...hostingLine(ctx, path),
          ...fixedLines(ctx, { ...s, setupUsd }, months),
        ],
        capacity: null,
        notes: payPerTokenNotes(ctx),
      };
    },
  };
}
