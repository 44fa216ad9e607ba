import { useEffect } from 'react';
import { overriddenRates } from '../../core';
import { usePlannerStore } from '../../state/planner-store';

/**
 * Catalog models with long-context tiers are priced per request size: when the tokens per request change, take
 * the catalog's rates for the new size again — unless the user has edited a rate, which always wins.
 */
export function useTieredRepricing(): void {
  const inputTokens = usePlannerStore((state) => state.scenario.requirements.inputTokensPerRequest);
  const outputTokens = usePlannerStore((state) => state.scenario.requirements.outputTokensPerRequest);
  useEffect(() => {
    const { scenario, serverlessModelChosen } = usePlannerStore.getState();
    const serverless = scenario.options.serverless_api;
    const catalog = serverless.catalog;
    if (!catalog || catalog.source !== 'genai-prices' || !catalog.tiered) return;
    const edited = overriddenRates(serverless);
    if (edited.input || edited.cached || edited.output) return;
    let live = true;
    void import('../../lib/catalog/genai-catalog').then(async ({ catalogRatesFor }) => {
      const rates = await catalogRatesFor(
        { providerId: catalog.provider, modelId: serverless.modelId },
        { inputTokens, outputTokens },
      );
      if (live && rates) serverlessModelChosen(serverless.modelId, rates);
    });
    return () => {
      live = false;
    };
  }, [inputTokens, outputTokens]);
}
