import type { ModelContext, Problem } from '../../cost/option-model';
import { asServed, servedModel, type ServedModel } from '../../pricing/capability';
import { findPtuModel, ptuMinAndStep, usdPerPtuMonth, PTU_MODELS } from '../../pricing/ptu-table';
import type { PtuAssumptions } from '../../scenario/schema';
import { fineTunedPath } from '../shared/fine-tuned';

/** The PTU block actually priced, the model it serves, and why it may not be available. */
export type ResolvedPtu = {
  ptu: PtuAssumptions | null;
  model: ServedModel;
  problems: Problem[];
  notes: string[];
};

const PTU_MODEL_NAMES = PTU_MODELS.map((row) => servedModel(row.modelId).label).join(', ');

/**
 * Which PTUs the option prices:
 * - no PTU block: the seed article's flat fee (serves the API model);
 * - a custom model: the fine-tuned API model on regional PTU (preview), where Microsoft offers it;
 * - following the API model: Microsoft's sizing row for it (price and term as written);
 * - otherwise the block as written, flagged when it sizes a different model than the API's.
 * PTU is an Azure OpenAI offer: a model Azure does not serve cannot have it.
 */
export function resolvePtu(ctx: ModelContext): ResolvedPtu {
  const { api, scenario } = ctx;
  const o = scenario.options.provisioned_throughput;
  const stored = o.ptu;
  const problems: Problem[] = [];
  const notes: string[] = [];
  if (!stored)
    return {
      ptu: null,
      model: asServed(api),
      problems,
      notes: [
        'Illustrative: the article prices PTU as a flat fee plus a per-token rate; real PTUs have no per-token charge and come in steps.',
      ],
    };
  if (!api.azure)
    problems.push({
      kind: 'availability',
      reason: `Provisioned throughput is an Azure OpenAI offer and ${api.label} is not on it.`,
    });
  const path = fineTunedPath(ctx);
  if (path.active) {
    const ftPtu = api.fineTuning?.ptu ?? null;
    const row = findPtuModel(api.id);
    if (!ftPtu || !row) {
      problems.push({
        kind: 'availability',
        reason: `Provisioned throughput for a fine-tuned ${api.label} is not offered (fine-tuned PTU is a regional preview for GPT-4.1, GPT-4o and GPT-4o mini).`,
      });
      return { ptu: stored, model: path.model, problems, notes };
    }
    notes.push(
      `Fine-tuned ${api.label} runs on Regional PTU (preview, ${ftPtu.regions}): the regional price and a ${ftPtu.minPtu}-PTU minimum apply; PTU-hours replace the hosting fee.`,
    );
    return {
      ptu: {
        modelId: api.id,
        term: stored.term,
        usdPerPtuMonth: usdPerPtuMonth('regional', stored.term),
        inputTpmPerPtu: row.inputTpmPerPtu,
        outputTokenWeight: row.outputTokenWeight,
        minPtu: ftPtu.minPtu,
        ptuStep: ftPtu.ptuStep,
      },
      model: path.model,
      problems,
      notes,
    };
  }
  if (o.followApiModel && !api.illustrative) {
    const row = findPtuModel(api.id);
    if (!row) {
      if (api.azure)
        problems.push({
          kind: 'availability',
          reason: `Microsoft publishes no PTU sizing for ${api.label} (PTU models: ${PTU_MODEL_NAMES}).`,
        });
      return { ptu: stored, model: asServed(api), problems, notes };
    }
    return {
      ptu: {
        ...stored,
        modelId: api.id,
        inputTpmPerPtu: row.inputTpmPerPtu,
        outputTokenWeight: row.outputTokenWeight,
        ...ptuMinAndStep(row, scenario.workload.locality),
      },
      model: asServed(api),
      problems,
      notes,
    };
  }
  const model = servedModel(stored.modelId);
  if (stored.modelId !== api.id && !api.illustrative)
    notes.push(
      `PTUs are sized for ${model.label} while the pay-per-token API uses ${api.label}: unlike models. Let PTUs follow the API model to compare like with like.`,
    );
  return { ptu: stored, model, problems, notes };
}
