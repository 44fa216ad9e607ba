import { buildOption, contextOf } from '../cost/build-options';
import { unitsAt, type CostStructure } from '../cost/cost-structure';
import { dailyLoadProfile } from '../cost/load-profile';
import { formatCount } from '../format';
import type { OptionModel } from '../cost/option-model';
import { OPTION_IDS, type OptionId } from '../option-ids';
import { resolvePtu } from '../options/provisioned-throughput/resolve-ptu';
import { suggestBasePtu } from '../options/provisioned-throughput/build';
import { findGpuVm, type GpuPriceTerm } from '../pricing/gpu-tables';
import { usdPerPtuMonth, type PtuTerm } from '../pricing/ptu-table';
import { PRICE_TERM_LABELS, type PriceTerm } from '../pricing/term-labels';
import { monthlyTokensOf, type GpuAssumptions, type Scenario } from '../scenario/schema';
import type { TokensPerMonth, Usd, UsdPerMonth } from '../units';

/** A price term the plan can buy capacity on. */
export type PlanTerm = PriceTerm;

/**
 * Months one purchase binds. Hourly PTU, pay-as-you-go and spot VMs bind nothing; a monthly PTU reservation
 * pays for the month it covers, which in a plan of whole months binds nothing beyond it either.
 */
export const COMMIT_MONTHS: Record<PlanTerm, number> = {
  hourly: 0,
  monthly: 0,
  yearly: 12,
  payg: 0,
  spot: 0,
  reserved_1y: 12,
  reserved_3y: 36,
};

/** How terms read in sentences and tables. */
export const TERM_LABELS: Record<PlanTerm, string> = PRICE_TERM_LABELS;

/** The label of a term as a plan month stores it ('yearly', 'reserved_3y'); null for none or an unknown id. */
export function termLabel(term: string | null): string | null {
  return Object.entries(TERM_LABELS).find(([id]) => id === term)?.[1] ?? null;
}

const PTU_TERMS: readonly PtuTerm[] = ['hourly', 'monthly', 'yearly'];

/**
 * GPU terms the plan may use, least commitment first. Spot is offered only when the scenario itself prices its
 * GPUs on spot: spot VMs can be evicted at short notice and the plan sizes base capacity for the peak, so the
 * planner never moves a production base onto spot on its own; the architect who chose it accepted that risk.
 */
function gpuTerms(current: GpuPriceTerm): GpuPriceTerm[] {
  return current === 'spot'
    ? ['payg', 'spot', 'reserved_1y', 'reserved_3y']
    : ['payg', 'reserved_1y', 'reserved_3y'];
}

/** One option on one price term, priced for every volume. */
export type TermVariant = {
  option: OptionId;
  /** Null for options without capacity terms (pay per token, the article's flat fees). */
  term: PlanTerm | null;
  /** Months one purchase binds (0: nothing held beyond the month). */
  commitMonths: number;
  /** One-off setup, USD (a fine-tuning training run included). */
  setupUsd: Usd;
  /** The cost curve at this term's prices, capacity sized to each volume, setup not amortised. */
  structure: CostStructure;
  /** Capacity units needed at T tokens a month (PTU, VMs); 0 for options that buy none. */
  unitsAt: (monthlyTokens: TokensPerMonth) => number;
  /** One capacity unit, USD per month at this term. */
  usdPerUnitMonth: UsdPerMonth;
  /** "20 PTU", "2 × Standard_ND96isr_H100_v5". */
  capacityLabel: (units: number) => string;
  model: OptionModel;
};

type Priced = { term: PlanTerm | null; scenario: Scenario };

/**
 * PTU at every term. A scenario stores the price of its own term only, and the user may have edited it, so the
 * other terms are priced by the table's ratio to it: price(k) = stored × table(locality, k) ÷ table(locality,
 * stored term). This is an assumption (the UI says so); a fine-tuned model's regional PTU takes the table
 * price per term directly, as the option's builder does.
 */
function ptuTerms(scenario: Scenario): Priced[] {
  const provisioned = scenario.options.provisioned_throughput;
  const ptu = provisioned.ptu;
  if (!ptu) return [{ term: null, scenario }];
  const locality = scenario.workload.locality;
  const reference = usdPerPtuMonth(locality, ptu.term);
  return PTU_TERMS.map((term) => {
    const usd = reference > 0 ? (ptu.usdPerPtuMonth * usdPerPtuMonth(locality, term)) / reference : 0;
    const priced = term === ptu.term ? ptu : { ...ptu, term, usdPerPtuMonth: usd };
    return {
      term,
      scenario: {
        ...scenario,
        options: { ...scenario.options, provisioned_throughput: { ...provisioned, ptu: priced } },
      },
    };
  });
}

function withGpu(scenario: Scenario, id: 'custom_deployment' | 'kubernetes', gpu: GpuAssumptions): Scenario {
  const options =
    id === 'kubernetes'
      ? { ...scenario.options, kubernetes: { ...scenario.options.kubernetes, gpu } }
      : { ...scenario.options, custom_deployment: { ...scenario.options.custom_deployment, gpu } };
  return { ...scenario, options };
}

/**
 * GPU VMs at every term, by the table's ratio to the stored term's price (same assumption as PTU). A VM size
 * the table does not list has no known ratio: only the scenario's own term is offered.
 */
function gpuTermsOf(scenario: Scenario, id: 'custom_deployment' | 'kubernetes'): Priced[] {
  const gpu = scenario.options[id].gpu;
  if (!gpu) return [{ term: null, scenario }];
  const row = findGpuVm(gpu.vmSize);
  const reference = row?.usdPerHour[gpu.priceTerm] ?? 0;
  if (!row || reference <= 0) return [{ term: gpu.priceTerm, scenario }];
  return gpuTerms(gpu.priceTerm).map((term) => ({
    term,
    scenario:
      term === gpu.priceTerm
        ? scenario
        : withGpu(scenario, id, {
            ...gpu,
            priceTerm: term,
            usdPerVmHour: (gpu.usdPerVmHour * row.usdPerHour[term]) / reference,
          }),
  }));
}

/**
 * A PTU base with spillover is chosen once, at today's volume (as the option's curve does): the plan prices
 * that base on each term rather than re-sizing it every month, so it is written into the scenario here.
 */
function pinSpilloverBase(scenario: Scenario): Scenario {
  const provisioned = scenario.options.provisioned_throughput;
  if (!provisioned.spillover.enabled || provisioned.spillover.basePtu !== null) return scenario;
  const ctx = contextOf(scenario);
  const ptu = resolvePtu(ctx).ptu;
  if (!ptu) return scenario;
  const profile = dailyLoadProfile(scenario.workload.peakToAverage);
  const basePtu = suggestBasePtu(ctx, ptu, monthlyTokensOf(scenario.requirements), profile);
  return {
    ...scenario,
    options: {
      ...scenario.options,
      provisioned_throughput: { ...provisioned, spillover: { enabled: true, basePtu } },
    },
  };
}

function pricedFor(scenario: Scenario, id: OptionId): Priced[] {
  if (id === 'provisioned_throughput') return ptuTerms(scenario);
  if (id === 'custom_deployment' || id === 'kubernetes') return gpuTermsOf(scenario, id);
  return [{ term: null, scenario }];
}

function variantOf(id: OptionId, { term, scenario }: Priced): TermVariant {
  const model = buildOption(scenario, id);
  const base = {
    option: id,
    term,
    commitMonths: term ? COMMIT_MONTHS[term] : 0,
    setupUsd: model.setupUsd,
    structure: model.structure,
    model,
  };
  const provisioned = scenario.options.provisioned_throughput;
  if (id === 'provisioned_throughput' && provisioned.spillover.enabled) {
    const ptu = resolvePtu(contextOf(scenario)).ptu;
    const basePtu = provisioned.spillover.basePtu ?? 0;
    return {
      ...base,
      unitsAt: () => (ptu ? basePtu : 0),
      usdPerUnitMonth: ptu?.usdPerPtuMonth ?? 0,
      capacityLabel: (units) => `${formatCount(units)} PTU`,
    };
  }
  const step = model.structure.step;
  const gpu = id === 'custom_deployment' || id === 'kubernetes' ? scenario.options[id].gpu : null;
  return {
    ...base,
    unitsAt: step ? (monthlyTokens) => unitsAt(step, monthlyTokens) : () => 0,
    usdPerUnitMonth: step?.usdPerUnitMonth ?? 0,
    capacityLabel: (units) => (gpu ? `${formatCount(units)} × ${gpu.vmSize}` : `${formatCount(units)} PTU`),
  };
}

/**
 * Every option on every price term the plan may use, in option order and least commitment first within an
 * option (the order breaks ties). Expects a scenario whose planner choices are pinned (`pinSelections`); setup
 * is taken out of the monthly cost (amortisation 0) because the plan pays it once, when an option is entered.
 */
export function termVariants(pinned: Scenario): TermVariant[] {
  const scenario = pinSpilloverBase({ ...pinned, amortizationMonths: 0 });
  return OPTION_IDS.flatMap((id) => pricedFor(scenario, id).map((priced) => variantOf(id, priced)));
}
