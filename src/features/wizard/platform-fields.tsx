import { formatRate, SOURCES } from '../../core';
import { usePlannerStore } from '../../state/planner-store';

const LINES = [
  {
    key: 'apiGateway',
    label: 'API gateway',
    hint: (p: ReturnType<typeof usePlatform>) =>
      `${p.apiGateway.units} × Azure API Management Standard v2 at ${formatRate(p.apiGateway.usdPerUnitMonth)} a month (${SOURCES['azure-apim-pricing'].asOf}).`,
  },
  {
    key: 'logIngestion',
    label: 'Log ingestion',
    hint: (p: ReturnType<typeof usePlatform>) =>
      `${p.logIngestion.kbPerRequest} KB a request at ${formatRate(p.logIngestion.usdPerGb)} per GB after ${p.logIngestion.freeGbPerMonth} GB free (Log Analytics, ${SOURCES['azure-log-analytics'].asOf}).`,
  },
  {
    key: 'egress',
    label: 'Internet egress',
    hint: (p: ReturnType<typeof usePlatform>) =>
      `${p.egress.bytesPerOutputToken} bytes per output token at ${formatRate(p.egress.usdPerGb)} per GB after ${p.egress.freeGbPerMonth} GB free (${SOURCES['azure-egress'].asOf}).`,
  },
] as const;

function usePlatform() {
  return usePlannerStore((state) => state.scenario.platform);
}

/** Cost lines every option carries alike (off by default): they move totals and the budget, not the ranking. */
export function PlatformFields() {
  const platform = usePlatform();
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  return (
    <fieldset className="field-group">
      <legend>Platform lines (added to every option)</legend>
      {LINES.map((line) => (
        <div key={line.key} className="field checkbox-field">
          <input
            id={`platform-${line.key}`}
            type="checkbox"
            checked={platform[line.key].enabled}
            onChange={(event) => fieldChanged(`platform.${line.key}.enabled`, event.target.checked)}
            aria-describedby={`platform-${line.key}-hint`}
          />
          <label htmlFor={`platform-${line.key}`}>{line.label}</label>
          <p id={`platform-${line.key}-hint`} className="field__hint">
            {line.hint(platform)} Edit the figures in Assumptions.
          </p>
        </div>
      ))}
    </fieldset>
  );
}
