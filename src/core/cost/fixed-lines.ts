import { formatMoney, formatRate, formatTokens } from '../format';
import type { CostLine, ModelContext } from './option-model';

/** The load-independent lines every option may carry: a flat monthly fee and amortised setup. */
export function fixedLines(
  ctx: ModelContext,
  costs: { setupUsd: number; otherFixedUsdPerMonth: number },
  amortizationMonths: number,
): CostLine[] {
  const lines: CostLine[] = [];
  if (costs.otherFixedUsdPerMonth > 0) {
    lines.push({
      label: 'Fixed monthly cost',
      usd: costs.otherFixedUsdPerMonth,
      formula: `${formatMoney(costs.otherFixedUsdPerMonth, ctx.display)} per month, whatever the volume`,
    });
  }
  if (amortizationMonths > 0 && costs.setupUsd > 0) {
    lines.push({
      label: 'Setup, amortised',
      usd: costs.setupUsd / amortizationMonths,
      formula: `${formatMoney(costs.setupUsd, ctx.display)} setup ÷ ${amortizationMonths} months`,
    });
  }
  return lines;
}

/** A per-token line for the seed article's flat per-1K rates. */
export function perTokenLine(
  ctx: ModelContext,
  usdPerMTok: number,
  monthlyTokens: number,
  label: string,
): CostLine[] {
  if (usdPerMTok <= 0) return [];
  return [
    {
      label,
      usd: (usdPerMTok / 1e6) * monthlyTokens,
      formula: `${formatTokens(monthlyTokens)} tokens × ${formatRate(usdPerMTok, ctx.display)} per 1M`,
    },
  ];
}
