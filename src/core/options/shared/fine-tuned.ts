import { formatMoney, formatNumber, formatRate, formatTokens } from '../../format';
import { FINE_TUNABLE_MODELS } from '../../pricing/fine-tuning';
import { asServed, servedModel, type ServedModel } from '../../pricing/capability';
import { HOURS_PER_MONTH, type Usd, type UsdPerMonth } from '../../units';
import type { CostLine, ModelContext, Problem } from '../../cost/option-model';

/**
 * The vendor-hosted options when the requirements need a custom model: Azure OpenAI fine-tunes the API model
 * and serves it at the base model's token prices, plus hosting per deployment-hour (pay-per-token deployments)
 * and a one-off training run of training tokens × epochs × price.
 */
export type FineTunedPath = {
  /** True when the requirements need a custom model and the API model is a real one. */
  active: boolean;
  /** Hosting of the fine-tuned deployments, USD per month (pay-per-token deployments only). */
  hostingUsdPerMonth: UsdPerMonth;
  /** One-off training, USD. */
  trainingUsd: Usd;
  /** The model served: the API model, fine-tuned. */
  model: ServedModel;
  /** Not offered for this model. */
  problems: Problem[];
};

const FINE_TUNABLE_NAMES = FINE_TUNABLE_MODELS.map((row) => servedModel(row.modelId).label).join(', ');

export function fineTunedPath(ctx: ModelContext): FineTunedPath {
  const { scenario, api } = ctx;
  const ft = scenario.fineTuning;
  const active = scenario.requirements.needCustomModel && !api.illustrative;
  const problems: Problem[] =
    active && !api.fineTuning
      ? [
          {
            kind: 'availability',
            reason: `${api.label} cannot be fine-tuned on Azure OpenAI (fine-tunable: ${FINE_TUNABLE_NAMES}), so this option cannot serve your custom model.`,
          },
        ]
      : [];
  return {
    active,
    hostingUsdPerMonth: active ? ft.hostingUsdPerDeploymentHour * ft.deployments * HOURS_PER_MONTH : 0,
    trainingUsd: active ? (ft.trainingTokens * ft.epochs * ft.usdPerMTokTraining) / 1e6 : 0,
    model: active ? { ...asServed(api), label: `${api.label} (fine-tuned)` } : asServed(api),
    problems,
  };
}

/** The hosting line of a fine-tuned pay-per-token deployment. */
export function hostingLine(ctx: ModelContext, path: FineTunedPath): CostLine[] {
  if (!path.active) return [];
  const ft = ctx.scenario.fineTuning;
  return [
    {
      label: 'Fine-tuned deployment hosting',
      usd: path.hostingUsdPerMonth,
      formula: `${ft.deployments} deployment${ft.deployments === 1 ? '' : 's'} × ${formatRate(ft.hostingUsdPerDeploymentHour, ctx.display)}/h × ${HOURS_PER_MONTH} h`,
    },
  ];
}

/** The training run in words, for notes: "Training: 10M tokens × 3 epochs × $25.00 per 1M = $750, one-off." */
export function trainingNote(ctx: ModelContext, path: FineTunedPath): string[] {
  if (!path.active) return [];
  const ft = ctx.scenario.fineTuning;
  return [
    `Fine-tuning ${ctx.api.label}: ${formatTokens(ft.trainingTokens)} training tokens × ${formatNumber(ft.epochs, 0)} epochs × ${formatRate(ft.usdPerMTokTraining, ctx.display)} per 1M = ${formatMoney(path.trainingUsd, ctx.display)} one-off, counted as setup.`,
  ];
}
