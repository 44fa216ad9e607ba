import { describe, expect, it } from 'vitest';
import { catalogRatesFor, loadCatalog, searchCatalog } from '../../src/lib/catalog/genai-catalog';

describe('genai-prices catalog', () => {
  it('lists models from many providers, searchable by name and provider', async () => {
    const entries = await loadCatalog();
    const providers = new Set(entries.map((e) => e.providerId));
    for (const id of ['openai', 'azure', 'anthropic', 'google', 'aws', 'mistral'])
      expect(providers.has(id), id).toBe(true);
    expect(entries.length).toBeGreaterThan(500);
    const sonnet = searchCatalog(entries, 'sonnet 4', 'anthropic');
    expect(sonnet.length).toBeGreaterThan(0);
    expect(
      sonnet.every((e) => e.providerId === 'anthropic' && /sonnet/i.test(`${e.name} ${e.modelId}`)),
    ).toBe(true);
  });

  it('prices gpt-4.1 at the list rates: $2.00 in, $0.50 cached, $8.00 out per 1M', async () => {
    const rates = await catalogRatesFor(
      { providerId: 'openai', modelId: 'gpt-4.1' },
      { inputTokens: 800, outputTokens: 400 },
    );
    expect(rates).toMatchObject({
      source: 'genai-prices',
      provider: 'openai',
      version: '0.1.8',
      usdPerMTokInput: 2,
      usdPerMTokCachedInput: 0.5,
      usdPerMTokOutput: 8,
      tiered: false,
    });
  });

  it('prices per request class: a long-context tier raises the rate for long prompts only', async () => {
    const entries = await loadCatalog();
    const tieredEntry = entries.find((e) => e.providerId === 'google' && /gemini-2\.5-pro/.test(e.modelId));
    expect(tieredEntry).toBeDefined();
    const short = await catalogRatesFor(tieredEntry!, { inputTokens: 10_000, outputTokens: 1_000 });
    const long = await catalogRatesFor(tieredEntry!, { inputTokens: 300_000, outputTokens: 1_000 });
    expect(short!.tiered).toBe(true);
    expect(long!.usdPerMTokInput).toBeGreaterThan(short!.usdPerMTokInput);
  });
});
