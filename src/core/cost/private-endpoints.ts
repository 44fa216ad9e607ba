import { formatCount, formatMoney, formatNumber, formatRate } from '../format';
import { amortisedSetup } from './cost-structure';
import { fixedLines } from './fixed-lines';
import type { CostLine, ModelContext, OptionModel } from './option-model';
import { serverlessRate, serverlessTokenLines } from './serverless';

const BYTES_PER_GB = 1e9;

/** GB through the endpoint per monthly token: (in × bytes per input token + out × bytes per output token) ÷ 1e9. */
export function gbPerToken(ctx: ModelContext): number {
  const pe = ctx.scenario.options.private_endpoints;
  return (
    (ctx.mix.inputShare * pe.bytesPerInputToken + ctx.mix.outputShare * pe.bytesPerOutputToken) / BYTES_PER_GB
  );
}

/** The pay-per-token API reached through Private Link: the serverless bill plus endpoint-hours, DNS and data processed. */
export function buildPrivateEndpoints(ctx: ModelContext): OptionModel {
  const pe = ctx.scenario.options.private_endpoints;
  const months = ctx.scenario.amortizationMonths;
  const endpointsUsd = pe.endpointCount * pe.usdPerEndpointMonth;
  return {
    id: 'private_endpoints',
    setupUsd: pe.setupUsd,
    structure: {
      fixedUsdPerMonth:
        endpointsUsd +
        pe.privateDnsUsdPerMonth +
        pe.otherFixedUsdPerMonth +
        amortisedSetup(pe.setupUsd, months),
      usdPerToken: serverlessRate(ctx).total + gbPerToken(ctx) * pe.usdPerGbProcessed,
      step: null,
      hinges: [],
    },
    describe(monthlyTokens) {
      const { display } = ctx;
      const lines: CostLine[] = serverlessTokenLines(ctx, monthlyTokens);
      lines.push({
        label: 'Private Link endpoints',
        usd: endpointsUsd,
        formula: `${pe.endpointCount} endpoint${pe.endpointCount === 1 ? '' : 's'} × ${formatRate(pe.usdPerEndpointMonth, display)} per month`,
      });
      if (pe.privateDnsUsdPerMonth > 0) {
        lines.push({
          label: 'Private DNS zone',
          usd: pe.privateDnsUsdPerMonth,
          formula: `${formatRate(pe.privateDnsUsdPerMonth, display)} per month`,
        });
      }
      if (pe.usdPerGbProcessed > 0) {
        const gb = gbPerToken(ctx) * monthlyTokens;
        lines.push({
          label: 'Data processed',
          usd: gb * pe.usdPerGbProcessed,
          formula: `${formatNumber(gb, 1)} GB × ${formatRate(pe.usdPerGbProcessed, display)} per GB`,
        });
      }
      lines.push(...fixedLines(ctx, pe, months));
      const notes = [
        `Same model and token prices as the serverless API, reachable only from your network: ${formatMoney(endpointsUsd + pe.privateDnsUsdPerMonth, display)} a month of network cost buys the private path.`,
      ];
      if (pe.endpointCount > 1)
        notes.push(`${formatCount(pe.endpointCount)} endpoints, e.g. one per region or VNet.`);
      return { lines, capacity: null, notes };
    },
  };
}
