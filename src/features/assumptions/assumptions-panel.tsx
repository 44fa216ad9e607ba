import { memo, useMemo, useState } from 'react';
import { createScenario, pinSelections, type Scenario, type ScenarioPath } from '../../core';
import { NumberField } from '../../components/ui/number-field';
import { markInputEdit } from '../../lib/perf';
import { provenanceOf, selectionDefaults, type Provenance } from '../../lib/provenance';
import { getAtPath } from '../../lib/scenario-path';
import { usePlannerStore } from '../../state/planner-store';
import { useDeferredScenario } from '../../state/selectors';
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

/** Blocks the planner fills in at evaluation time (auto GPU plans, PTUs that follow the API model). */
const PLANNED_BLOCKS = [
  'options.custom_deployment.gpu',
  'options.kubernetes.gpu',
  'options.provisioned_throughput.ptu',
] as const satisfies readonly ScenarioPath[];

function planFollowed(scenario: Scenario, block: (typeof PLANNED_BLOCKS)[number]): boolean {
  if (block === 'options.provisioned_throughput.ptu')
    return scenario.options.provisioned_throughput.followApiModel;
  const gpu = getAtPath(scenario, block) as { selection?: string } | null;
  return gpu?.selection === 'auto';
}

function AssumptionRow({
  field,
  scenario,
  shown,
  defaults,
}: {
  field: AssumptionField;
  /** The scenario as stored. */
  scenario: Scenario;
  /** The scenario with the planner's choices written out: what is actually in force. */
  shown: Scenario;
  defaults: Scenario;
}) {
  const fieldsChanged = usePlannerStore((state) => state.fieldsChanged);
  const value = getAtPath(shown, field.path);
  const provenance = provenanceOf(shown, field.path, defaults);
  // Editing a figure the planner chose makes it a fixed plan: write out the plan in force, then the edit.
  const block = PLANNED_BLOCKS.find((path) => field.path.startsWith(`${path}.`));
  const commit = (next: unknown) => {
    const pin: [ScenarioPath, unknown][] = [];
    if (block && planFollowed(scenario, block)) {
      const pinned = getAtPath(shown, block);
      if (block === 'options.provisioned_throughput.ptu')
        pin.push([block, pinned], ['options.provisioned_throughput.followApiModel', false]);
      else pin.push([block, { ...(pinned as object), selection: 'manual' }]);
    }
    return fieldsChanged([...pin, [field.path, next]])[0]?.message ?? null;
  };
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
        onCommit={(next) => commit(field.integer ? Math.round(next) : next)}
      />
      <div className="assumption__source">
        {changed ? (
          <span className="badge badge--changed">Changed</span>
        ) : (
          <span className={`badge badge--${provenance.kind}`}>{BADGES[provenance.kind]}</span>
        )}{' '}
        <span className="assumption__source-text">
          {changed ? 'Was from: ' : ''}
          {/* A source that ends its own sentence reads "… defaults to 0 (as of …)", not "… 0. as of …". */}
          {provenance.title.replace(/\.$/, '')} <span className="as-of">(as of {provenance.asOf})</span>
        </span>
        {changed ? (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void commit(original)}
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

/** A section's fields, drawn from the deferred scenario: an edit elsewhere re-renders them after the chart. */
function SectionFields({ section }: { section: AssumptionSection }) {
  return <SectionBody section={section} scenario={useDeferredScenario()} />;
}

const SectionBody = memo(function SectionBody({
  section,
  scenario,
}: {
  section: AssumptionSection;
  scenario: Scenario;
}) {
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const shown = useMemo(() => pinSelections(scenario), [scenario]);
  const defaults = useMemo(() => selectionDefaults(shown), [shown]);
  const nullable = section.nullable;
  const block = nullable ? getAtPath(scenario, nullable.path) : undefined;
  const planned = PLANNED_BLOCKS.find((path) => path === nullable?.path);
  const fields = [...section.fields, ...(nullable && block ? nullable.fields : [])];
  return (
    <>
      {planned && planFollowed(scenario, planned) ? (
        <p className="note">
          {planned === 'options.provisioned_throughput.ptu'
            ? 'PTU sizing follows the API model; editing a figure fixes it for this model.'
            : 'Chosen by the planner for your volume and quality rule; editing a figure makes it a fixed plan.'}
        </p>
      ) : null}
      <ul className="assumption-list">
        {fields.map((field) => (
          <AssumptionRow
            key={field.path}
            field={field}
            scenario={scenario}
            shown={shown}
            defaults={defaults}
          />
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
});

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
