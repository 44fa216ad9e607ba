import { PRICE_TERM_LABELS } from '../../pricing/term-labels';
import { formatCount, formatNumber, formatPercent, formatRate, formatTokens } from '../../format';
import type { PtuAssumptions } from '../../scenario/schema';
import { MINUTES_PER_MONTH, type TokensPerMonth } from '../../units';
import {
  amortisedSetup,
  costAt,
  unitsAt,
  type CostStructure,
  type Hinge,
  type StepCapacity,
} from '../../cost/cost-structure';
import { fixedLines, perTokenLine } from '../../cost/fixed-lines';
import { dailyLoadProfile } from '../../cost/load-profile';
import type { CapacityInfo, CostLine, ModelContext, OptionModel } from '../../cost/option-model';
import { fineTunedPath, trainingNote } from '../shared/fine-tuned';
import { privateLinkCosts, privateLinkLines } from '../shared/private-link';
import { serverlessRate } from '../serverless-api/build';
import { resolvePtu } from './resolve-ptu';

/** PTU terms in words (the shared table of price terms). */
const TERM_WORDS: Record<PtuAssumptions['term'], string> = PRICE_TERM_LABELS;

/**
 * Average PTU-equivalent tokens per minute per monthly token:
 *   (in × (1 − cache) + out × (1 + reasoning) × outputWeight) ÷ 43,800 min.
 * Cached input is fully deducted on PTU deployments; one output token (visible or reasoning) counts as
 * `outputWeight` input tokens.
 */
export function equivalentTpmPerToken(ctx: ModelContext, ptu: PtuAssumptions): number {
  const { mix, scenario } = ctx;
  const weighted =
    mix.inputShare * (1 - scenario.workload.cacheHitShare) + mix.generatedShare * ptu.outputTokenWeight;
  return weighted / MINUTES_PER_MONTH;
}

/**
 * The average utilisation at which a PTU costs the same per token as pay-per-token:
 *   PTU price ÷ (tokens one PTU serves in a month at 100% × the pay-per-token rate this workload pays),
 * where one PTU serves TPM per PTU × 43,800 min ÷ (equivalent tokens per token) tokens a month. The rate
 * includes the batch and cache discounts: batch-eligible traffic is cheaper on the API, so PTUs must be busier
 * to beat it (gpt-4.1, 2:1 mix: 84% without batch, 168% — never — with every request on batch).
 */
export function ptuBreakEvenUtilization(ctx: ModelContext, ptu: PtuAssumptions): number {
  const tokensPerPtuMonth = ptu.inputTpmPerPtu / equivalentTpmPerToken(ctx, ptu);
  const rate = serverlessRate(ctx).total;
  return tokensPerPtuMonth > 0 && rate > 0 ? ptu.usdPerPtuMonth / (tokensPerPtuMonth * rate) : Infinity;
}

/** PTU capacity sized to the peak hour: raw PTU = T × equivalentTpmPerToken × peak ÷ TPM per PTU. */
export function ptuStep(ctx: ModelContext, ptu: PtuAssumptions): StepCapacity {
  return {
    rawUnitsPerToken:
      (equivalentTpmPerToken(ctx, ptu) * ctx.scenario.workload.peakToAverage) / ptu.inputTpmPerPtu,
    minUnits: ptu.minPtu,
    stepUnits: ptu.ptuStep,
    usdPerUnitMonth: ptu.usdPerPtuMonth,
  };
}

/**
 * Spillover as hinges: with a base of B PTU (capacity C = B × TPM per PTU) and hourly multipliers p_h of the
 * average load, hour h overflows once T × k × p_h > C (k = equivalent TPM per token), and from then on each
 * further token of that hour — a share p_h ÷ 24 of all tokens — is billed at the interactive pay-per-token rate.
 */
export function spilloverHinges(
  ctx: ModelContext,
  ptu: PtuAssumptions,
  basePtu: number,
  profile: readonly number[],
): Hinge[] {
  const k = equivalentTpmPerToken(ctx, ptu);
  const rate = serverlessRate(ctx, true).total;
  const capacityTpm = basePtu * ptu.inputTpmPerPtu;
  if (k <= 0) return [];
  return profile
    .filter((multiplier) => multiplier > 0)
    .map((multiplier) => ({
      atTokens: capacityTpm / (k * multiplier),
      usdPerToken: (multiplier / 24) * rate,
    }));
}

/** Tokens a month that overflow a base of B PTU: Σ_h max(0, T × p_h − C ÷ k) ÷ 24. */
export function spilledTokens(
  ctx: ModelContext,
  ptu: PtuAssumptions,
  basePtu: number,
  profile: readonly number[],
  monthlyTokens: TokensPerMonth,
): number {
  const k = equivalentTpmPerToken(ctx, ptu);
  if (k <= 0) return 0;
  const capacityTokens = (basePtu * ptu.inputTpmPerPtu) / k;
  return profile.reduce((sum, p) => sum + Math.max(0, monthlyTokens * p - capacityTokens), 0) / 24;
}

function spilloverStructure(
  ctx: ModelContext,
  ptu: PtuAssumptions,
  basePtu: number,
  profile: readonly number[],
): CostStructure {
  return {
    fixedUsdPerMonth: basePtu * ptu.usdPerPtuMonth,
    usdPerToken: 0,
    step: null,
    hinges: spilloverHinges(ctx, ptu, basePtu, profile),
  };
}

/**
 * The base PTU that minimises PTU + spillover cost at T tokens: 0 (all pay-per-token) or a deployable size
 * (min, min + step, …) up to full peak coverage. Cost is convex in the base above the minimum (each extra step
 * saves less spillover than the one before), so a binary search on the step index finds it.
 */
export function suggestBasePtu(
  ctx: ModelContext,
  ptu: PtuAssumptions,
  monthlyTokens: TokensPerMonth,
  profile: readonly number[],
): number {
  const full = unitsAt(ptuStep(ctx, ptu), monthlyTokens);
  const costOf = (base: number) => costAt(spilloverStructure(ctx, ptu, base, profile), monthlyTokens);
  const sizeAt = (index: number) => ptu.minPtu + index * ptu.ptuStep;
  const lastIndex = Math.max(0, Math.ceil((full - ptu.minPtu) / ptu.ptuStep));
  let low = 0;
  let high = lastIndex;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (costOf(sizeAt(mid + 1)) < costOf(sizeAt(mid))) low = mid + 1;
    else high = mid;
  }
  const best = sizeAt(low);
  return costOf(0) <= costOf(best) ? 0 : best;
}

function ptuDetail(
  ctx: ModelContext,
  ptu: PtuAssumptions,
  step: StepCapacity,
  units: number,
  monthlyTokens: number,
): string {
  const peakTpm = monthlyTokens * equivalentTpmPerToken(ctx, ptu) * ctx.scenario.workload.peakToAverage;
  return `Peak ${formatCount(peakTpm)} PTU-equivalent tokens/min ÷ ${formatCount(ptu.inputTpmPerPtu)} per PTU = ${formatNumber(step.rawUnitsPerToken * monthlyTokens, 2)} PTU → ${formatCount(units)} PTU (minimum ${ptu.minPtu}, steps of ${ptu.ptuStep}).`;
}

/**
 * Provisioned throughput: PTUs sized to the peak, or a reserved base with spillover, or the article's flat fee.
 * PTUs serve the API model when they follow it (or the fine-tuned model on regional PTU); under high data
 * sensitivity they sit behind Private Link like any other deployment, so its lines are added.
 */
export function buildProvisioned(ctx: ModelContext): OptionModel {
  const { scenario, display } = ctx;
  const o = scenario.options.provisioned_throughput;
  const months = scenario.amortizationMonths;
  const path = fineTunedPath(ctx);
  const resolved = resolvePtu(ctx);
  const ptu = resolved.ptu;
  const isPrivate = scenario.requirements.dataSensitivity === 'high';
  const link = isPrivate ? privateLinkCosts(ctx) : { fixedUsdPerMonth: 0, usdPerToken: 0 };
  const setupUsd = o.setupUsd + path.trainingUsd;
  const fixed = o.otherFixedUsdPerMonth + amortisedSetup(setupUsd, months) + link.fixedUsdPerMonth;
  const perToken = o.usdPerMTok / 1e6 + link.usdPerToken;
  const common = {
    id: 'provisioned_throughput' as const,
    setupUsd,
    model: resolved.model,
    problems: resolved.problems,
  };
  const extraLines = (monthlyTokens: number): CostLine[] => [
    ...perTokenLine(ctx, o.usdPerMTok, monthlyTokens, 'Per-token charge'),
    ...(isPrivate ? privateLinkLines(ctx, monthlyTokens) : []),
    ...fixedLines(ctx, { ...o, setupUsd }, months),
  ];
  const baseNotes = (): string[] => [
    ...resolved.notes,
    ...(isPrivate
      ? ['Behind Private Link: requests stay on your network (endpoint, DNS and data lines added).']
      : []),
    ...trainingNote(ctx, path),
  ];

  if (ptu && o.spillover.enabled) {
    const profile = dailyLoadProfile(scenario.workload.peakToAverage);
    const scenarioTokens = scenario.requirements.monthlyRequests * ctx.mix.tokensPerRequest;
    const base = o.spillover.basePtu ?? suggestBasePtu(ctx, ptu, scenarioTokens, profile);
    const spill = spilloverStructure(ctx, ptu, base, profile);
    const rate = serverlessRate(ctx, true).total;
    return {
      ...common,
      structure: { ...spill, fixedUsdPerMonth: spill.fixedUsdPerMonth + fixed, usdPerToken: perToken },
      describe(monthlyTokens) {
        const spilled = spilledTokens(ctx, ptu, base, profile, monthlyTokens);
        const k = equivalentTpmPerToken(ctx, ptu);
        const capacity = base * ptu.inputTpmPerPtu;
        const served = profile.reduce((sum, p) => sum + Math.min(monthlyTokens * k * p, capacity), 0) / 24;
        const lines: CostLine[] = [
          {
            label: 'Reserved base PTU',
            usd: base * ptu.usdPerPtuMonth,
            formula: `${formatCount(base)} PTU × ${formatRate(ptu.usdPerPtuMonth, display)} per PTU-month (${TERM_WORDS[ptu.term]})`,
          },
          {
            label: 'Spillover to pay-per-token',
            usd: spilled * rate,
            formula: `${formatTokens(spilled)} overflow tokens × ${formatRate(rate * 1e6, display)} per 1M`,
          },
          ...extraLines(monthlyTokens),
        ];
        const info: CapacityInfo = {
          units: base,
          unitLabel: 'PTU',
          rawUnits: (monthlyTokens * k * scenario.workload.peakToAverage) / ptu.inputTpmPerPtu,
          utilization: capacity > 0 ? served / capacity : 0,
          breakEvenUtilization: ptuBreakEvenUtilization(ctx, ptu),
          term: TERM_WORDS[ptu.term],
          detail: `${o.spillover.basePtu === null ? 'Cost-minimising base' : 'Chosen base'} of ${formatCount(base)} PTU; ${formatPercent(monthlyTokens > 0 ? spilled / monthlyTokens : 0)} of tokens overflow at peak hours to pay-per-token.`,
        };
        return {
          lines,
          capacity: info,
          notes: [...baseNotes(), 'Spillover traffic pays the interactive rate (no batch discount).'],
        };
      },
    };
  }

  const step = ptu ? ptuStep(ctx, ptu) : null;
  return {
    ...common,
    structure: { fixedUsdPerMonth: fixed, usdPerToken: perToken, step, hinges: [] },
    describe(monthlyTokens) {
      const lines: CostLine[] = [];
      let info: CapacityInfo | null = null;
      if (ptu && step) {
        const units = unitsAt(step, monthlyTokens);
        const rawUnits = step.rawUnitsPerToken * monthlyTokens;
        lines.push({
          label: 'Provisioned throughput units',
          usd: units * ptu.usdPerPtuMonth,
          formula: `${formatCount(units)} PTU × ${formatRate(ptu.usdPerPtuMonth, display)} per PTU-month (${TERM_WORDS[ptu.term]})`,
        });
        info = {
          units,
          unitLabel: 'PTU',
          rawUnits,
          utilization: units > 0 ? rawUnits / scenario.workload.peakToAverage / units : 0,
          detail: ptuDetail(ctx, ptu, step, units, monthlyTokens),
          term: TERM_WORDS[ptu.term],
          breakEvenUtilization: ptuBreakEvenUtilization(ctx, ptu),
        };
      }
      lines.push(...extraLines(monthlyTokens));
      const notes = baseNotes();
      if (ptu && info) {
        const needed = info.breakEvenUtilization ?? Infinity;
        notes.push(
          needed > 1
            ? `For this token mix a PTU costs more per token than pay-per-token even at 100% utilisation (it would need ${formatPercent(needed)}, batch and cache discounts included).`
            : `PTUs beat pay-per-token above ${formatPercent(needed)} average utilisation (batch and cache discounts included); sized for the peak they average ${formatPercent(info.utilization)}.`,
        );
        if (info.utilization < needed && monthlyTokens > 0)
          notes.push('A smaller base with spillover to pay-per-token may cost less.');
      }
      return { lines, capacity: info, notes };
    },
  };
}
