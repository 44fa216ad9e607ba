import type { GpuPriceTerm } from './gpu-tables';
import type { PtuTerm } from './ptu-table';

/** A price term capacity can be bought on: PTU hourly/monthly/yearly, GPU VMs pay-as-you-go/reserved/spot. */
export type PriceTerm = PtuTerm | GpuPriceTerm;

/** How price terms read in sentences and tables (one table for the monthly view and the roadmap alike). */
export const PRICE_TERM_LABELS: Record<PriceTerm, string> = {
  hourly: 'hourly',
  monthly: 'monthly reservation',
  yearly: 'yearly reservation',
  payg: 'pay-as-you-go',
  spot: 'spot',
  reserved_1y: '1-year reservation',
  reserved_3y: '3-year reservation',
};
