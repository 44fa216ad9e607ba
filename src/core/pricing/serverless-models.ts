import type { SourceId } from './sources';

/** Pay-per-token rates of one model, USD per 1M tokens (Azure Global Standard = OpenAI list). */
export type ServerlessModelRates = {
  modelId: string;
  label: string;
  provider: string;
  usdPerMTokInput: number;
  usdPerMTokCachedInput: number;
  usdPerMTokOutput: number;
  source: SourceId;
};

/** The short list shown without searching: the models of shared/pricing-facts.md. */
export const CURATED_SERVERLESS_MODELS: readonly ServerlessModelRates[] = [
  {
    modelId: 'gpt-4.1',
    label: 'GPT-4.1',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 2.0,
    usdPerMTokCachedInput: 0.5,
    usdPerMTokOutput: 8.0,
    source: 'openai-azure-token-prices',
  },
  {
    modelId: 'gpt-4.1-mini',
    label: 'GPT-4.1 mini',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 0.4,
    usdPerMTokCachedInput: 0.1,
    usdPerMTokOutput: 1.6,
    source: 'openai-azure-token-prices',
  },
  {
    modelId: 'gpt-4.1-nano',
    label: 'GPT-4.1 nano',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 0.1,
    usdPerMTokCachedInput: 0.025,
    usdPerMTokOutput: 0.4,
    source: 'openai-azure-token-prices',
  },
  {
    modelId: 'gpt-4o',
    label: 'GPT-4o',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 2.5,
    usdPerMTokCachedInput: 1.25,
    usdPerMTokOutput: 10.0,
    source: 'openai-azure-token-prices',
  },
  {
    modelId: 'gpt-4o-mini',
    label: 'GPT-4o mini',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 0.15,
    usdPerMTokCachedInput: 0.075,
    usdPerMTokOutput: 0.6,
    source: 'openai-azure-token-prices',
  },
  {
    modelId: 'gpt-5',
    label: 'GPT-5',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 1.25,
    usdPerMTokCachedInput: 0.125,
    usdPerMTokOutput: 10.0,
    source: 'openai-azure-token-prices',
  },
  {
    modelId: 'gpt-5-mini',
    label: 'GPT-5 mini',
    provider: 'Azure OpenAI',
    usdPerMTokInput: 0.25,
    usdPerMTokCachedInput: 0.025,
    usdPerMTokOutput: 2.0,
    source: 'openai-azure-token-prices',
  },
];

/** Finds a curated model by id. */
export function findCuratedModel(modelId: string): ServerlessModelRates | undefined {
  return CURATED_SERVERLESS_MODELS.find((m) => m.modelId === modelId);
}
