import { formatNumber, formatRate } from '../format';
import type { Hinge } from './cost-structure';
import type { CostLine, ModelContext, OptionModel } from './option-model';

const BYTES_PER_GB = 1e9;

/** GB per visible token of a per-request or per-output-token quantity. */
function platformRates(ctx: ModelContext) {
  const { platform } = ctx.scenario;
  const { mix } = ctx;
  const logGbPerToken =
    mix.tokensPerRequest > 0
      ? (platform.logIngestion.kbPerRequest * 1e3) / BYTES_PER_GB / mix.tokensPerRequest
      : 0;
  const egressGbPerToken = (mix.outputShare * platform.egress.bytesPerOutputToken) / BYTES_PER_GB;
  return { logGbPerToken, egressGbPerToken };
}

/** A free allowance then a price per GB, as a hinge: nothing below the allowance, linear above it. */
function allowanceHinge(gbPerToken: number, freeGb: number, usdPerGb: number): Hinge[] {
  if (!(gbPerToken > 0) || !(usdPerGb > 0)) return [];
  return [{ atTokens: freeGb / gbPerToken, usdPerToken: gbPerToken * usdPerGb }];
}

/**
 * The platform lines an architect switched on (API gateway, log ingestion, internet egress), added to an
 * option alike: gateway units are fixed; logs and egress are free up to an allowance, then per GB, which in
 * tokens is a hinge at allowance ÷ GB per token.
 */
export function withPlatformLines(ctx: ModelContext, model: OptionModel): OptionModel {
  const { platform } = ctx.scenario;
  const { logGbPerToken, egressGbPerToken } = platformRates(ctx);
  const gateway = platform.apiGateway.enabled
    ? platform.apiGateway.units * platform.apiGateway.usdPerUnitMonth
    : 0;
  const hinges = [
    ...(platform.logIngestion.enabled
      ? allowanceHinge(logGbPerToken, platform.logIngestion.freeGbPerMonth, platform.logIngestion.usdPerGb)
      : []),
    ...(platform.egress.enabled
      ? allowanceHinge(egressGbPerToken, platform.egress.freeGbPerMonth, platform.egress.usdPerGb)
      : []),
  ];
  if (gateway === 0 && hinges.length === 0) return model;
  const { display } = ctx;
  return {
    ...model,
    structure: {
      ...model.structure,
      fixedUsdPerMonth: model.structure.fixedUsdPerMonth + gateway,
      hinges: [...model.structure.hinges, ...hinges],
    },
    describe(monthlyTokens) {
      const breakdown = model.describe(monthlyTokens);
      const lines: CostLine[] = [];
      if (gateway > 0)
        lines.push({
          label: 'API gateway',
          usd: gateway,
          formula: `${platform.apiGateway.units} unit${platform.apiGateway.units === 1 ? '' : 's'} × ${formatRate(platform.apiGateway.usdPerUnitMonth, display)} per month`,
        });
      const perGb = (
        label: string,
        gbPerToken: number,
        settings: { freeGbPerMonth: number; usdPerGb: number },
      ) => {
        const gb = gbPerToken * monthlyTokens;
        const billed = Math.max(0, gb - settings.freeGbPerMonth);
        lines.push({
          label,
          usd: billed * settings.usdPerGb,
          formula: `(${formatNumber(gb, 1)} GB − ${formatNumber(settings.freeGbPerMonth, 0)} GB free) × ${formatRate(settings.usdPerGb, display)} per GB`,
        });
      };
      if (platform.logIngestion.enabled) perGb('Log ingestion', logGbPerToken, platform.logIngestion);
      if (platform.egress.enabled) perGb('Internet egress', egressGbPerToken, platform.egress);
      return { ...breakdown, lines: [...breakdown.lines, ...lines] };
    },
  };
}
