import { useId, useState, type FormEvent } from 'react';
import { formatTokens, monthlyTokensOf, PRESET_LABELS } from '../../core';
import { recommendedName } from '../../lib/recommendation-text';
import { SelectField } from '../../components/ui/select-field';
import { downloadBlob } from '../../lib/io/download';
import { usePlannerStore } from '../../state/planner-store';
import { cleanName } from '../../state/saved-document';
import { useSavedStore, type SavedScenario } from '../../state/saved-store';
import { evaluationOf } from '../../state/selectors';
import { CompareTable, type Compared } from './compare-table';

const CURRENT = 'current';

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** "Name (2)", "Name (3)"…: the first that no saved scenario uses. */
function freeName(name: string, items: readonly SavedScenario[]): string {
  for (let n = 2; ; n += 1) {
    const candidate = cleanName(`${name.slice(0, 72)} (${n})`);
    if (!items.some((item) => sameName(item.name, candidate))) return candidate;
  }
}

/** Saving under a name in use: replace that scenario, keep both under a free name, or go back. */
function ReplacePrompt({
  existing,
  onReplace,
  onKeepBoth,
  onCancel,
}: {
  existing: SavedScenario;
  onReplace: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="warnings" role="alert">
      <p>
        A saved scenario is already called “{existing.name}” (saved{' '}
        {existing.savedAt ? new Date(existing.savedAt).toLocaleString() : 'earlier'}). Replace it with the
        current scenario?
      </p>
      <button type="button" className="button button--primary" onClick={onReplace}>
        Replace “{existing.name}”
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onKeepBoth}>
        Keep both
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function SavedRow({ item, onOpen }: { item: SavedScenario; onOpen: () => void }) {
  const renamed = useSavedStore((state) => state.savedScenarioRenamed);
  const duplicated = useSavedStore((state) => state.savedScenarioDuplicated);
  const deleted = useSavedStore((state) => state.savedScenarioDeleted);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(item.name);
  const id = useId();
  const evaluation = evaluationOf(item.scenario);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    renamed(item.id, name);
    setEditing(false);
  };
  return (
    <li className="saved-item">
      {editing ? (
        <form onSubmit={submit} className="saved-item__rename">
          <label htmlFor={`${id}-name`} className="visually-hidden">
            New name for {item.name}
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={80}
          />
          <button type="submit" className="button button--secondary">
            Save name
          </button>
        </form>
      ) : (
        <div className="saved-item__summary">
          <strong>{item.name}</strong>
          <span className="muted">
            {formatTokens(monthlyTokensOf(item.scenario.requirements))} tokens/month ·{' '}
            {PRESET_LABELS[item.scenario.preset]} · {recommendedName(evaluation)}
          </span>
        </div>
      )}
      <div className="saved-item__actions">
        <button type="button" className="link-button" onClick={onOpen} aria-label={`Open ${item.name}`}>
          Open
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => setEditing(!editing)}
          aria-label={`Rename ${item.name}`}
        >
          Rename
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => duplicated(item.id)}
          aria-label={`Duplicate ${item.name}`}
        >
          Duplicate
        </button>
        {confirming ? (
          <button
            type="button"
            className="link-button danger"
            onClick={() => deleted(item.id)}
            aria-label={`Confirm delete ${item.name}`}
          >
            Confirm delete
          </button>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${item.name}`}
          >
            Delete
          </button>
        )}
      </div>
    </li>
  );
}

/** Named scenarios kept in this browser: save, open, rename, duplicate, delete, and compare two. */
export function ScenariosPanel() {
  const items = useSavedStore((state) => state.items);
  const setAside = useSavedStore((state) => state.setAside);
  const saved = useSavedStore((state) => state.scenarioSaved);
  const discard = useSavedStore((state) => state.setAsideDiscarded);
  const readOnly = useSavedStore((state) => state.readOnly);
  const scenario = usePlannerStore((state) => state.scenario);
  const scenarioLoaded = usePlannerStore((state) => state.scenarioLoaded);
  const [name, setName] = useState('');
  const [left, setLeft] = useState(CURRENT);
  const [right, setRight] = useState('');
  const replaced = useSavedStore((state) => state.savedScenarioReplaced);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<SavedScenario | null>(null);
  const id = useId();

  const saveAs = (chosen: string) => {
    const item = saved(chosen, scenario);
    setMessage(`Saved “${item.name}”.`);
    setName('');
    setConflict(null);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const chosen = cleanName(name || `Scenario ${items.length + 1}`);
    const existing = items.find((item) => sameName(item.name, chosen));
    setMessage('');
    if (existing) setConflict(existing);
    else saveAs(chosen);
  };
  const replace = (existing: SavedScenario) => {
    replaced(existing.id, scenario);
    setMessage(`Replaced “${existing.name}” with the current scenario.`);
    setName('');
    setConflict(null);
  };
  const pick = (key: string): Compared | null => {
    if (key === CURRENT) return { name: 'Current scenario', scenario };
    const item = items.find((i) => i.id === key);
    return item ? { name: item.name, scenario: item.scenario } : null;
  };
  const a = pick(left);
  const b = pick(right);
  const choices = [
    { value: CURRENT, label: 'Current scenario' },
    ...items.map((i) => ({ value: i.id, label: i.name })),
  ];

  return (
    <section className="card card--deferred" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Saved scenarios</h2>
      <form className="save-form" onSubmit={save}>
        <label htmlFor={`${id}-name`}>Scenario name</label>
        <div className="share__row">
          <input
            id={`${id}-name`}
            value={name}
            placeholder={`Scenario ${items.length + 1}`}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            Save scenario
          </button>
        </div>
      </form>
      {conflict ? (
        <ReplacePrompt
          existing={conflict}
          onReplace={() => replace(conflict)}
          onKeepBoth={() => saveAs(freeName(conflict.name, items))}
          onCancel={() => setConflict(null)}
        />
      ) : null}
      <p role="status" className="share__status">
        {message}
      </p>
      {readOnly ? (
        <p className="warnings" role="note">
          The saved scenarios in this browser were stored by a newer version of AI Cost Planner. This tab
          shows the ones it can read and does not change them; what you save here lasts until the tab closes.
          Reload the page to get the latest version.
        </p>
      ) : null}
      {setAside.length > 0 ? (
        <div className="warnings set-aside" role="alert">
          <p>
            {setAside.length} stored {setAside.length === 1 ? 'entry' : 'entries'} could not be read (
            {[...new Set(setAside.map((s) => s.reason))].join('; ')}). They are kept aside, not deleted.
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadBlob(
                new Blob(
                  [
                    JSON.stringify(
                      setAside.map(({ reason, raw }) => ({ reason, raw })),
                      null,
                      2,
                    ),
                  ],
                  { type: 'application/json' },
                ),
                'ai-cost-planner-unreadable-entries.json',
              )
            }
          >
            Download them
          </button>{' '}
          {readOnly ? null : (
            <button type="button" className="button button--secondary" onClick={discard}>
              Discard them
            </button>
          )}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">No saved scenarios yet. They stay in this browser only.</p>
      ) : (
        <ul className="saved-list">
          {items.map((item) => (
            <SavedRow
              key={item.id}
              item={item}
              onOpen={() => {
                scenarioLoaded(item.scenario);
                setMessage(`Opened “${item.name}”.`);
              }}
            />
          ))}
        </ul>
      )}
      <h3>Compare two scenarios</h3>
      <div className="field-row">
        <SelectField label="First scenario" value={left} choices={choices} onChange={setLeft} />
        <SelectField
          label="Second scenario"
          value={right}
          choices={[{ value: '', label: 'Choose a scenario' }, ...choices]}
          onChange={setRight}
        />
      </div>
      {a && b ? (
        <CompareTable a={a} b={b} />
      ) : (
        <p className="muted">Choose a second scenario to compare costs and recommendations side by side.</p>
      )}
    </section>
  );
}
