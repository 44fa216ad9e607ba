import { formatMoney, OPTION_LABELS, type Evaluation, type MoneyDisplay } from '../core';

/** The recommendation in a few words, with the model it serves: "Serverless API (GPT-4.1)", or that none fits. */
export function recommendedName(evaluation: Evaluation): string {
  const id = evaluation.recommendation.option;
  if (id === null) return 'No option meets every requirement';
  const model = evaluation.options.find((o) => o.id === id)?.model;
  return model && !evaluation.apiModel.illustrative
    ? `${OPTION_LABELS[id]} (${model.label})`
    : OPTION_LABELS[id];
}

/** The recommended option's monthly cost, or null when nothing is recommended. */
export function recommendedCost(evaluation: Evaluation): number | null {
  const id = evaluation.recommendation.option;
  return id === null ? null : (evaluation.options.find((o) => o.id === id)?.monthlyCost ?? null);
}

/** "Serverless API (GPT-4.1) at $2,400/month", or that none fits. */
export function recommendedWithCost(evaluation: Evaluation, display: MoneyDisplay): string {
  const cost = recommendedCost(evaluation);
  return cost === null
    ? recommendedName(evaluation)
    : `${recommendedName(evaluation)} at ${formatMoney(cost, display)}/month`;
}
