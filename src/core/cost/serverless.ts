import { formatMoney, formatNumber, formatPercent, formatRate, formatTokens } from '../format';
import type { ServerlessAssumptions } from '../scenario/schema';
import { usdPerToken, type Usd } from '../units';
import { amortisedSetup } from './cost-structure';
import { fixedLines } from './fixed-lines';
import type { CostLine, ModelContext, OptionModel } from './option-model';

/** USD per token split by component, before and after discounts. */
export type ServerlessRate = {
  uncachedInput: Usd;
  cachedInput: Usd;
  output: Usd;
  /** Multiplier from the batch discount: 1 − batchShare × batchDiscount. */
  batchMultiplier: number;
  /** Multiplier from data-zone / regional processing: 1 + uplift, or 1 for global. */
  localityMultiplier: number;
  /** All of the above: USD per token of the blended mix. */
  total: Usd;
};

/**
 * Blended pay-per-token price of one token of this workload, USD per token:
 *   (in × ((1 − cache) × pIn + cache × pCached) + out × pOut) × (1 − batch × discount) × (1 + uplift)
 * `interactive` drops the batch discount (spillover traffic is real time).
 */
export function serverlessRate(ctx: ModelContext, interactive = false): ServerlessRate {
  const { scenario, mix } = ctx;
  const s = scenario.options.serverless_api;
  const cache = scenario.workload.cacheHitShare;
  const uncachedInput = mix.inputShare * (1 - cache) * usdPerToken(s.usdPerMTokInput);
  const cachedInput = mix.inputShare * cache * usdPerToken(s.usdPerMTokCachedInput);
  const output = mix.outputShare * usdPerToken(s.usdPerMTokOutput);
  const batchMultiplier = interactive ? 1 : 1 - scenario.workload.batchShare * s.batchDiscount;
  const localityMultiplier = scenario.workload.locality === 'global' ? 1 : 1 + s.localityUplift;
  const total = (uncachedInput + cachedInput + output) * batchMultiplier * localityMultiplier;
  return { uncachedInput, cachedInput, output, batchMultiplier, localityMultiplier, total };
}

/** The token lines of a pay-per-token bill at T tokens (shared with private endpoints). */
export function serverlessTokenLines(ctx: ModelContext, monthlyTokens: number): CostLine[] {
  const { scenario, mix, display } = ctx;
  const s: ServerlessAssumptions = scenario.options.serverless_api;
  const rate = serverlessRate(ctx);
  const cache = scenario.workload.cacheHitShare;
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
    label: 'Output tokens',
    usd: rate.output * monthlyTokens,
    formula: `${tokens} × ${formatNumber(mix.outputShare)} output × ${formatRate(s.usdPerMTokOutput, display)} per 1M`,
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

/** Pay-per-token on the vendor's shared endpoint: linear in tokens, no capacity. */
export function buildServerless(ctx: ModelContext): OptionModel {
  const s = ctx.scenario.options.serverless_api;
  const months = ctx.scenario.amortizationMonths;
  return {
    id: 'serverless_api',
    setupUsd: s.setupUsd,
    structure: {
      fixedUsdPerMonth: s.otherFixedUsdPerMonth + amortisedSetup(s.setupUsd, months),
      usdPerToken: serverlessRate(ctx).total,
      step: null,
      hinges: [],
    },
    describe(monthlyTokens) {
      const notes: string[] = [];
      if (ctx.scenario.workload.batchShare > 0) {
        notes.push(
          'Batch requests return within 24 hours; only work that can wait belongs in the batch share.',
        );
      }
      return {
        lines: [...serverlessTokenLines(ctx, monthlyTokens), ...fixedLines(ctx, s, months)],
        capacity: null,
        notes,
      };
    },
  };
}
