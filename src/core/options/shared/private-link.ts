import { formatCount, formatNumber, formatRate } from '../../format';
import type { CostLine, ModelContext } from '../../cost/option-model';
import type { UsdPerMonth } from '../../units';

const BYTES_PER_GB = 1e9;

/** GB through a Private Link endpoint per monthly token: (in × bytes per input token + out × bytes per output token) ÷ 1e9. */
export function gbPerToken(ctx: ModelContext): number {
  const pe = ctx.scenario.options.private_endpoints;
  return (
    (ctx.mix.inputShare * pe.bytesPerInputToken + ctx.mix.outputShare * pe.bytesPerOutputToken) / BYTES_PER_GB
  );
}

/** Private Link as cost parts: endpoint-hours and DNS (fixed), data processed (per token). */
export function privateLinkCosts(ctx: ModelContext): { fixedUsdPerMonth: UsdPerMonth; usdPerToken: number } {
  const pe = ctx.scenario.options.private_endpoints;
  return {
    fixedUsdPerMonth: pe.endpointCount * pe.usdPerEndpointMonth + pe.privateDnsUsdPerMonth,
    usdPerToken: gbPerToken(ctx) * pe.usdPerGbProcessed,
  };
}

/** The Private Link lines of a bill at T tokens: endpoints, DNS zone, data processed. */
export function privateLinkLines(ctx: ModelContext, monthlyTokens: number): CostLine[] {
  const pe = ctx.scenario.options.private_endpoints;
  const { display } = ctx;
  const lines: CostLine[] = [
    {
      label: 'Private Link endpoints',
      usd: pe.endpointCount * pe.usdPerEndpointMonth,
      formula: `${formatCount(pe.endpointCount)} endpoint${pe.endpointCount === 1 ? '' : 's'} × ${formatRate(pe.usdPerEndpointMonth, display)} per month`,
    },
  ];
  if (pe.privateDnsUsdPerMonth > 0)
    lines.push({
      label: 'Private DNS zone',
      usd: pe.privateDnsUsdPerMonth,
      formula: `${formatRate(pe.privateDnsUsdPerMonth, display)} per month`,
    });
  if (pe.usdPerGbProcessed > 0) {
    const gb = gbPerToken(ctx) * monthlyTokens;
    lines.push({
      label: 'Data processed',
      usd: gb * pe.usdPerGbProcessed,
      formula: `${formatNumber(gb, 1)} GB × ${formatRate(pe.usdPerGbProcessed, display)} per GB`,
    });
  }
  return lines;
}
