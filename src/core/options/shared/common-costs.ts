import { usdField } from '../../scenario/fields';

/** Costs every option can carry besides its load-driven part. */
export const commonCosts = {
  /** One-off setup cost (engineering, migration), USD. Spread over `amortizationMonths` when that is > 0. */
  setupUsd: usdField(),
  /** Flat monthly cost not tied to load, USD per month (the seed article's `fixed_monthly`). */
  otherFixedUsdPerMonth: usdField(),
};
