import type { ApiModel } from '../cost/option-model';
import type { Scenario } from '../scenario/schema';
import { servedModel } from './capability';
import { findFineTunable } from './fine-tuning';
import { findPtuModel } from './ptu-table';
import { findCuratedModel } from './serverless-models';

/** The seed article's model has no name: like-for-like rules cannot apply to it. */
export const ILLUSTRATIVE_MODEL_ID = 'seed-illustrative';

/** Catalog providers whose models Azure OpenAI serves (so Private Link and PTU can reach them). */
const AZURE_PROVIDERS = new Set(['openai', 'azure']);

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
      ? AZURE_PROVIDERS.has(serverless.catalog.provider.toLowerCase())
      : findCuratedModel(modelId) !== undefined || findPtuModel(modelId) !== undefined);
  return {
    ...servedModel(modelId),
    azure,
    illustrative,
    fineTuning: azure && !illustrative ? (findFineTunable(modelId) ?? null) : null,
  };
}
