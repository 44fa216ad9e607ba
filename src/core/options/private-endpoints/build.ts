import { formatMoney, formatCount } from '../../format';
import { amortisedSetup } from '../../cost/cost-structure';
import { fixedLines } from '../../cost/fixed-lines';
import type { ModelContext, OptionModel, Problem } from '../../cost/option-model';
import { fineTunedPath, hostingLine } from '../shared/fine-tuned';
import { privateLinkCosts, privateLinkLines } from '../shared/private-link';
import { payPerTokenNotes, serverlessRate, serverlessTokenLines } from '../serverless-api/build';

/**
 * The pay-per-token API reached through Private Link: the serverless bill (the fine-tuned deployment's when a
 * custom model is needed) plus endpoint-hours, DNS and data processed. Only Azure-served models can be reached.
 */
export function buildPrivateEndpoints(ctx: ModelContext): OptionModel {
  const pe = ctx.scenario.options.private_endpoints;
  const months = ctx.scenario.amortizationMonths;
  const path = fineTunedPath(ctx);
  const link = privateLinkCosts(ctx);
  const setupUsd = pe.setupUsd + path.trainingUsd;
  const problems: Problem[] = [...path.problems];
  if (!ctx.api.azure)
    problems.push({
      kind: 'availability',
      reason: `${ctx.api.label} is not served by Azure OpenAI, so Azure Private Link cannot reach it. Pick an Azure model, or keep this workload on the public API.`,
    });
  return {
    id: 'private_endpoints',
    setupUsd,
    model: path.model,
    problems,
    structure: {
      fixedUsdPerMonth:
        link.fixedUsdPerMonth +
        path.hostingUsdPerMonth +
        pe.otherFixedUsdPerMonth +
        amortisedSetup(setupUsd, months),
      usdPerToken: serverlessRate(ctx).total + link.usdPerToken,
      step: null,
      hinges: [],
    },
    describe(monthlyTokens) {
      const notes = [
        `Same model and token prices as the serverless API, reachable only from your network: ${formatMoney(link.fixedUsdPerMonth, ctx.display)} a month of network cost buys the private path.`,
        ...payPerTokenNotes(ctx),
      ];
      if (pe.endpointCount > 1)
        notes.push(`${formatCount(pe.endpointCount)} endpoints, e.g. one per region or VNet.`);
      return {
        lines: [
          ...serverlessTokenLines(ctx, monthlyTokens),
          ...hostingLine(ctx, path),
          ...privateLinkLines(ctx, monthlyTokens),
          ...fixedLines(ctx, { ...pe, setupUsd }, months),
        ],
        capacity: null,
        notes,
      };
    },
  };
}
