import type { ApiModel } from '../cost/option-model';
import type { Scenario } from '../scenario/schema';
import { servedModel } from './capability';
import { findFineTunable } from './fine-tuning';
import { findPtuModel } from './ptu-table';
import { findCuratedModel } from './serverless-models';

/** The seed article's model has no name: like-for-like rules cannot apply to it. */
export const ILLUSTRATIVE_MODEL_ID = 'seed-illustrative';

/**
 * Catalog providers whose models Azure OpenAI serves (so Private Link and PTU can reach them): the genai-prices
 * ids, and the curated list's display name (a curated pick records "Azure OpenAI"; the review of 2026-12-02
 * found that picking GPT-4.1 from the list ruled out PTU and Private Link because only the ids were known).
 */
const AZURE_PROVIDERS = new Set(['openai', 'azure', 'azure openai']);

/** Whether a model picked from a catalog is one Azure OpenAI serves. */
function catalogModelOnAzure(
  modelId: string,
  catalog: NonNullable<Scenario['options']['serverless_api']['catalog']>,
): boolean {
  if (catalog.source === 'curated') return findCuratedModel(modelId) !== undefined;
  return AZURE_PROVIDERS.has(catalog.provider.trim().toLowerCase());
}

/**
 * The API model of a scenario with what Azure offers for it. A model picked from the catalog is Azure-served
 * when its provider is OpenAI or Azure; a model without a catalog reference when it is on the curated list or
 * has a PTU row (the presets' models).
 */
export function apiModelOf(scenario: Scenario): ApiModel {
  const serverless = scenario.options.serverless_api;
  const modelId = serverless.modelId;
  const illustrative = modelId === ILLUSTRATIVE_MODEL_ID;
  const azure =
    illustrative ||
    (serverless.catalog
      ? catalogModelOnAzure(modelId, serverless.catalog)
      : findCuratedModel(modelId) !== undefined || findPtuModel(modelId) !== undefined);
  return {
    ...servedModel(modelId),
    azure,
    illustrative,
    fineTuning: azure && !illustrative ? (findFineTunable(modelId) ?? null) : null,
  };
}
