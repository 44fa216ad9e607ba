import type * as GenaiPrices from '@pydantic/genai-prices';
import type { CatalogRef } from '../../core';

/**
 * The pay-per-token catalog of the @pydantic/genai-prices package (loaded with a dynamic import, so it is a
 * lazy chunk). Rates are taken per request class — the price of one request of the scenario's size — because
 * long-context tiers depend on the tokens of a single request, not on the monthly total. The package's remote
 * update is never called: no network at run time.
 */
export const CATALOG_VERSION = '0.1.8';
/** Date of the catalog's prices (the package release used). */
export const CATALOG_AS_OF = '2026-09-23';
/** Some prices vary by time of day: price at a fixed moment so results are reproducible. */
const PRICE_TIMESTAMP = new Date(`${CATALOG_AS_OF}T12:00:00Z`);

/** Providers the package carries (it has no "list all"; each is looked up by id and skipped if absent). */
const PROVIDER_IDS = [
  'openai',
  'azure',
  'anthropic',
  'google',
  'aws',
  'mistral',
  'deepseek',
  'x-ai',
  'cohere',
  'groq',
  'together',
  'fireworks',
  'cerebras',
  'perplexity',
  'moonshotai',
  'novita',
  'avian',
  'ovhcloud',
  'openrouter',
] as const;

export type CatalogEntry = {
  providerId: string;
  providerName: string;
  modelId: string;
  name: string;
  contextWindow: number | null;
  deprecated: boolean;
};

/** One request's shape: input tokens (cached ones included), output tokens, and the cached share of input. */
export type RequestShape = { inputTokens: number; outputTokens: number };

type Package = typeof GenaiPrices;
let loaded: Promise<Package> | null = null;
function load(): Promise<Package> {
  loaded ??= import('@pydantic/genai-prices');
  return loaded;
}

function hasTokenPrices(prices: unknown): boolean {
  const first = Array.isArray(prices) ? (prices[0] as { prices?: unknown } | undefined)?.prices : prices;
  return typeof first === 'object' && first !== null && 'input_mtok' in first && 'output_mtok' in first;
}

/** Every model with input and output token prices, provider by provider. */
export async function loadCatalog(): Promise<CatalogEntry[]> {
  const { findProvider } = await load();
  const entries: CatalogEntry[] = [];
  for (const providerId of PROVIDER_IDS) {
    const provider = findProvider({ providerId });
    if (!provider) continue;
    for (const model of provider.models) {
      if (!hasTokenPrices(model.prices)) continue;
      entries.push({
        providerId: provider.id,
        providerName: provider.name,
        modelId: model.id,
        name: model.name ?? model.id,
        contextWindow: model.context_window ?? null,
        deprecated: model.deprecated ?? false,
      });
    }
  }
  return entries;
}

/** Case-insensitive match on model name, id or provider, every word. */
export function searchCatalog(
  entries: readonly CatalogEntry[],
  query: string,
  providerId = '',
  limit = 40,
): CatalogEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries
    .filter((e) => !providerId || e.providerId === providerId)
    .filter((e) => {
      const haystack = `${e.name} ${e.modelId} ${e.providerName} ${e.providerId}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort(
      (a, b) =>
        Number(a.deprecated) - Number(b.deprecated) ||
        a.providerName.localeCompare(b.providerName) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}

function isTiered(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((c) => isTiered((c as { prices?: unknown }).prices));
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((v) => typeof v === 'object' && v !== null && 'tiers' in v);
}

/**
 * The catalog's USD-per-1M rates for one request of this shape: uncached input, cached input and output, each
 * from the package's own price calculation (so tiers apply to the request's size). Null if the model is unknown.
 */
export async function catalogRatesFor(
  entry: Pick<CatalogEntry, 'providerId' | 'modelId'>,
  request: RequestShape,
): Promise<CatalogRef | null> {
  const { calcPrice, findProvider } = await load();
  const input = Math.max(1, Math.round(request.inputTokens));
  const output = Math.max(1, Math.round(request.outputTokens));
  const options = { providerId: entry.providerId, timestamp: PRICE_TIMESTAMP };
  const uncached = calcPrice({ input_tokens: input }, entry.modelId, options);
  const cached = calcPrice({ input_tokens: input, cache_read_tokens: input }, entry.modelId, options);
  const withOutput = calcPrice({ input_tokens: input, output_tokens: output }, entry.modelId, options);
  if (!uncached || !cached || !withOutput) return null;
  const model = findProvider({ providerId: entry.providerId })?.models.find((m) => m.id === entry.modelId);
  const perMillion = (usd: number, tokens: number) => Number(((usd / tokens) * 1e6).toPrecision(10));
  return {
    source: 'genai-prices',
    provider: entry.providerId,
    version: CATALOG_VERSION,
    asOf: CATALOG_AS_OF,
    usdPerMTokInput: perMillion(uncached.input_price, input),
    usdPerMTokCachedInput: perMillion(cached.input_price, input),
    usdPerMTokOutput: perMillion(withOutput.output_price, output),
    tiered: isTiered(model?.prices),
  };
}
