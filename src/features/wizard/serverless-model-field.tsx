import { lazy, Suspense, useId, useState } from 'react';
import {
  CURATED_SERVERLESS_MODELS,
  curatedCatalogRef,
  formatRate,
  overriddenRates,
  servedModel,
} from '../../core';
import { usePlannerStore } from '../../state/planner-store';

const CatalogPicker = lazy(() => import('./catalog-picker').then((m) => ({ default: m.CatalogPicker })));

/** The pay-per-token model: a curated short list, or any model from the catalog; rates with source and date. */
export function ServerlessModelField() {
  const id = useId();
  const serverless = usePlannerStore((state) => state.scenario.options.serverless_api);
  const display = usePlannerStore((state) => state.scenario.display);
  const serverlessModelChosen = usePlannerStore((state) => state.serverlessModelChosen);
  const [searching, setSearching] = useState(false);
  const curated = CURATED_SERVERLESS_MODELS.some((m) => m.modelId === serverless.modelId);
  const overridden = overriddenRates(serverless);
  const catalog = serverless.catalog;
  const rate = (value: number, changed: boolean) => (
    <span className={changed ? 'rate rate--overridden' : 'rate'}>
      {formatRate(value, display)}
      {changed ? ' (edited)' : ''}
    </span>
  );
  return (
    <div className="field-group">
      <div className="field">
        <label htmlFor={id}>API model</label>
        <select
          id={id}
          value={curated ? serverless.modelId : ''}
          aria-describedby={`${id}-rates`}
          onChange={(event) => {
            const model = CURATED_SERVERLESS_MODELS.find((m) => m.modelId === event.target.value);
            if (model) serverlessModelChosen(model.modelId, curatedCatalogRef(model));
          }}
        >
          {!curated ? (
            // A catalog model or the seed article's: its readable name ("The article’s unnamed model"), not its id.
            <option value="">{servedModel(serverless.modelId).label.replace(/^the /, 'The ')}</option>
          ) : null}
          {CURATED_SERVERLESS_MODELS.map((m) => (
            <option key={m.modelId} value={m.modelId}>
              {m.label} ({m.provider})
            </option>
          ))}
        </select>
        <p id={`${id}-rates`} className="field__hint">
          {rate(serverless.usdPerMTokInput, overridden.input)} input ·{' '}
          {rate(serverless.usdPerMTokCachedInput, overridden.cached)} cached ·{' '}
          {rate(serverless.usdPerMTokOutput, overridden.output)} output per 1M tokens.{' '}
          {catalog
            ? `${catalog.source === 'genai-prices' ? `@pydantic/genai-prices ${catalog.version}` : 'Curated list'}, prices of ${catalog.asOf}${catalog.tiered ? ', priced for this request size' : ''}.`
            : 'Rates from the preset (see Assumptions).'}
        </p>
      </div>
      {searching ? (
        <Suspense fallback={<p role="status">Loading the price catalog…</p>}>
          <CatalogPicker onClose={() => setSearching(false)} />
        </Suspense>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setSearching(true)}>
          Search all models…
        </button>
      )}
    </div>
  );
}
