import { formatRate, type MoneyDisplay } from '../../core';

/**
 * A price per 1M tokens for a committee: to the cent from 10 cents up ("$0.98", not "$0.9817"), finer only
 * below, where cents would read "$0.00" ("$0.0750"). Rounded in the display currency, then formatted by core.
 */
export function formatRateForPeople(usd: number, display: MoneyDisplay): string {
  const rate = display.usdToCurrency;
  const shown = usd * rate;
  if (!Number.isFinite(shown) || Math.abs(shown) < 0.1 || !(rate > 0)) return formatRate(usd, display);
  return formatRate(Math.round(shown * 100) / 100 / rate, display);
}
