import { useEffect, useId, useMemo, useState } from 'react';
import { formatRate, type CatalogRef } from '../../core';
import type { CatalogEntry, catalogRatesFor, searchCatalog } from '../../lib/catalog/genai-catalog';
import { usePlannerStore } from '../../state/planner-store';

type Loaded = { entries: CatalogEntry[]; search: typeof searchCatalog; rates: typeof catalogRatesFor };

/**
 * Search the @pydantic/genai-prices catalog (loaded on open, its own chunk) by model name and provider, and
 * take a model's rates for this scenario's request size.
 */
export function CatalogPicker({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [provider, setProvider] = useState('');
  const [status, setStatus] = useState('');
  const requirements = usePlannerStore((state) => state.scenario.requirements);
  const display = usePlannerStore((state) => state.scenario.display);
  const serverlessModelChosen = usePlannerStore((state) => state.serverlessModelChosen);

  useEffect(() => {
    let live = true;
    import('../../lib/catalog/genai-catalog')
      .then(async (module) => {
        const entries = await module.loadCatalog();
        if (live) setLoaded({ entries, search: module.searchCatalog, rates: module.catalogRatesFor });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  const providers = useMemo(
    () => (loaded ? [...new Map(loaded.entries.map((e) => [e.providerId, e.providerName])).entries()] : []),
    [loaded],
  );
  const results = useMemo(
    () => (loaded ? loaded.search(loaded.entries, query, provider) : []),
    [loaded, query, provider],
  );

  const choose = async (entry: CatalogEntry) => {
    if (!loaded) return;
    const rates: CatalogRef | null = await loaded.rates(entry, {
      inputTokens: requirements.inputTokensPerRequest,
      outputTokens: requirements.outputTokensPerRequest,
    });
    if (!rates) return setStatus(`No token prices for ${entry.name}.`);
    const issues = serverlessModelChosen(entry.modelId, rates);
    setStatus(
      issues.length > 0
        ? `Could not use ${entry.name}: ${issues[0]?.message}.`
        : `Using ${entry.name} (${entry.providerName}): ${formatRate(rates.usdPerMTokInput, display)} in, ${formatRate(rates.usdPerMTokOutput, display)} out per 1M tokens.`,
    );
  };

  return (
    <div className="catalog" role="region" aria-labelledby={`${id}-title`}>
      <div className="catalog__header">
        <h4 id={`${id}-title`}>Price catalog</h4>
        <button type="button" className="link-button" onClick={onClose}>
          Close catalog
        </button>
      </div>
      {failed ? <p role="alert">The price catalog could not be loaded.</p> : null}
      {!loaded && !failed ? <p role="status">Loading the price catalog…</p> : null}
      {loaded ? (
        <>
          <p className="field__hint">
            @pydantic/genai-prices 0.1.8 (prices of 2026-09-23), {loaded.entries.length} models. Rates are for
            one request of {requirements.inputTokensPerRequest} input and{' '}
            {requirements.outputTokensPerRequest} output tokens, so long-context tiers apply.
          </p>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-search`}>Search models</label>
              <input
                id={`${id}-search`}
                className="text-input"
                type="search"
                value={query}
                placeholder="e.g. sonnet, gemini flash, llama 70b"
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-provider`}>Provider</label>
              <select
                id={`${id}-provider`}
                value={provider}
                onChange={(event) => setProvider(event.target.value)}
              >
                <option value="">All providers</option>
                {providers.map(([value, name]) => (
                  <option key={value} value={value}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="muted" aria-live="polite">
            {results.length === 0
              ? 'No model matches.'
              : `${results.length === 40 ? 'First 40' : results.length} matching models.`}
          </p>
          <ul className="catalog__results">
            {results.map((entry) => (
              <li key={`${entry.providerId}/${entry.modelId}`}>
                <button type="button" className="catalog__choice" onClick={() => void choose(entry)}>
                  <span className="catalog__name">{entry.name}</span>
                  <span className="muted">
                    {entry.providerName} · {entry.modelId}
                    {entry.contextWindow ? ` · ${Math.round(entry.contextWindow / 1000)}K context` : ''}
                    {entry.deprecated ? ' · deprecated' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p role="status" className="share__status">
            {status}
          </p>
        </>
      ) : null}
    </div>
  );
}
