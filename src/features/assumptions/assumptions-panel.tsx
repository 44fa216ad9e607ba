import { useState } from 'react';
import { createScenario, type Scenario } from '../../core';
import { NumberField } from '../../components/ui/number-field';
import { markInputEdit } from '../../lib/perf';
import { provenanceOf, type Provenance } from '../../lib/provenance';
import { getAtPath } from '../../lib/scenario-path';
import { usePlannerStore } from '../../state/planner-store';
import {
  ASSUMPTION_SECTIONS,
  type AssumptionField,
  type AssumptionSection,
} from '../../lib/assumption-fields';

const BADGES: Record<Provenance['kind'], string> = {
  sourced: 'Sourced',
  verify: 'Verify',
  assumption: 'Assumption',
  catalog: 'Catalog',
};

function AssumptionRow({
  field,
  scenario,
  preset,
}: {
  field: AssumptionField;
  scenario: Scenario;
  preset: Scenario;
}) {
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const value = getAtPath(scenario, field.path);
  const provenance = provenanceOf(scenario, field.path, preset);
  const original = provenance.original;
  const changed = typeof original === 'number' && value !== original;
  if (typeof value !== 'number') return null;
  const resetText =
    typeof original === 'number' ? String(Number((original * (field.scale ?? 1)).toPrecision(10))) : '';
  return (
    <li className={`assumption${changed ? ' assumption--changed' : ''}`}>
      <NumberField
        label={field.label}
        unit={field.unit}
        value={value}
        scale={field.scale}
        onEdit={markInputEdit}
        onCommit={(next) =>
          fieldChanged(field.path, field.integer ? Math.round(next) : next)[0]?.message ?? null
        }
      />
      <div className="assumption__source">
        {changed ? (
          <span className="badge badge--changed">Changed</span>
        ) : (
          <span className={`badge badge--${provenance.kind}`}>{BADGES[provenance.kind]}</span>
        )}{' '}
        <span className="assumption__source-text">
          {changed ? 'Was from: ' : ''}
          {provenance.title} <span className="as-of">as of {provenance.asOf}</span>
        </span>
        {changed ? (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => fieldChanged(field.path, original)}
              aria-label={`Reset ${field.label} to ${resetText}`}
            >
              Reset to {resetText}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}

function SectionView({ section, initiallyOpen }: { section: AssumptionSection; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="assumption-section"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{section.title}</summary>
      {/* Closed sections render nothing: dozens of idle fields would slow every edit elsewhere. */}
      {open ? <SectionFields section={section} /> : null}
    </details>
  );
}

function SectionFields({ section }: { section: AssumptionSection }) {
  const scenario = usePlannerStore((state) => state.scenario);
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const preset = createScenario(scenario.preset);
  const nullable = section.nullable;
  const block = nullable ? getAtPath(scenario, nullable.path) : undefined;
  const fields = [...section.fields, ...(nullable && block ? nullable.fields : [])];
  return (
    <>
      <ul className="assumption-list">
        {fields.map((field) => (
          <AssumptionRow key={field.path} field={field} scenario={scenario} preset={preset} />
        ))}
      </ul>
      {nullable ? (
        block ? (
          <button type="button" className="link-button" onClick={() => fieldChanged(nullable.path, null)}>
            Price as a flat fee instead of {nullable.label}
          </button>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => fieldChanged(nullable.path, getAtPath(createScenario('azure'), nullable.path))}
          >
            Price by {nullable.label} (Azure list prices)
          </button>
        )
      ) : null}
    </>
  );
}

/** Every number in use, with unit, source, as-of date and whether it was changed; reset per field or all. */
export function AssumptionsPanel() {
  const presetId = usePlannerStore((state) => state.scenario.preset);
  const presetChosen = usePlannerStore((state) => state.presetChosen);
  return (
    <section className="card card--deferred assumptions" aria-labelledby="assumptions-title" id="assumptions">
      <div className="card__header">
        <h2 id="assumptions-title" tabIndex={-1}>
          Assumptions
        </h2>
        <button type="button" className="button button--secondary" onClick={() => presetChosen(presetId)}>
          Reset all to preset
        </button>
      </div>
      <p className="card__intro">
        Every number the cost models use. Edit any of them; changed values are marked and can be reset.
      </p>
      {ASSUMPTION_SECTIONS.map((section) => (
        <SectionView key={section.id} section={section} initiallyOpen={section.id === 'workload'} />
      ))}
    </section>
  );
}
