import type { Locality } from '../scenario/schema';

/** PTU sizing of one model (Microsoft Learn, "PTU costs and billing", 2026-04-07). */
export type PtuModelRow = {
  modelId: string;
  /** Input tokens per minute one PTU sustains. */
  inputTpmPerPtu: number;
  /** Input tokens one output token counts as. */
  outputTokenWeight: number;
  /** Global and Data Zone deployments: minimum and increment, PTU. */
  globalMinPtu: number;
  globalStepPtu: number;
  /** Regional deployments: minimum and increment, PTU. */
  regionalMinPtu: number;
  regionalStepPtu: number;
};

export const PTU_MODELS: readonly PtuModelRow[] = [
  {
    modelId: 'gpt-4o',
    inputTpmPerPtu: 2500,
    outputTokenWeight: 3,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 50,
    regionalStepPtu: 50,
  },
  {
    modelId: 'gpt-4o-mini',
    inputTpmPerPtu: 37000,
    outputTokenWeight: 3,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 25,
    regionalStepPtu: 25,
  },
  {
    modelId: 'gpt-4.1',
    inputTpmPerPtu: 3000,
    outputTokenWeight: 4,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 50,
    regionalStepPtu: 50,
  },
  {
    modelId: 'gpt-4.1-mini',
    inputTpmPerPtu: 14900,
    outputTokenWeight: 4,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 25,
    regionalStepPtu: 25,
  },
  {
    modelId: 'gpt-4.1-nano',
    inputTpmPerPtu: 59400,
    outputTokenWeight: 4,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 25,
    regionalStepPtu: 25,
  },
  {
    modelId: 'gpt-5',
    inputTpmPerPtu: 4750,
    outputTokenWeight: 8,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 50,
    regionalStepPtu: 50,
  },
  {
    modelId: 'gpt-5-mini',
    inputTpmPerPtu: 23750,
    outputTokenWeight: 8,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 25,
    regionalStepPtu: 25,
  },
  {
    modelId: 'o3',
    inputTpmPerPtu: 3000,
    outputTokenWeight: 4,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 50,
    regionalStepPtu: 50,
  },
  {
    modelId: 'o4-mini',
    inputTpmPerPtu: 5400,
    outputTokenWeight: 4,
    globalMinPtu: 15,
    globalStepPtu: 5,
    regionalMinPtu: 25,
    regionalStepPtu: 25,
  },
];

export type PtuTerm = 'hourly' | 'monthly' | 'yearly';

/** Price of one PTU by deployment type (third-party compilations, marked verify; there is no 3-year term). */
export const PTU_PRICES: Record<
  Locality,
  { usdPerHour: number; usdPerMonthReserved: number; usdPerYearReserved: number }
> = {
  global: { usdPerHour: 1.0, usdPerMonthReserved: 260, usdPerYearReserved: 2652 },
  data_zone: { usdPerHour: 1.1, usdPerMonthReserved: 286, usdPerYearReserved: 2916 },
  regional: { usdPerHour: 2.0, usdPerMonthReserved: 286, usdPerYearReserved: 2916 },
};

/** Effective USD per PTU-month: hourly × 730, the monthly reservation, or the yearly reservation ÷ 12. */
export function usdPerPtuMonth(locality: Locality, term: PtuTerm): number {
  const prices = PTU_PRICES[locality];
  if (term === 'hourly') return prices.usdPerHour * 730;
  if (term === 'monthly') return prices.usdPerMonthReserved;
  return prices.usdPerYearReserved / 12;
}

/** The sizing row of a model, if Microsoft publishes one. */
export function findPtuModel(modelId: string): PtuModelRow | undefined {
  return PTU_MODELS.find((row) => row.modelId === modelId);
}

/** Minimum and increment for a deployment type: Global and Data Zone share one, Regional has its own. */
export function ptuMinAndStep(row: PtuModelRow, locality: Locality): { minPtu: number; ptuStep: number } {
  return locality === 'regional'
    ? { minPtu: row.regionalMinPtu, ptuStep: row.regionalStepPtu }
    : { minPtu: row.globalMinPtu, ptuStep: row.globalStepPtu };
}
