import { useId, useRef } from 'react';
import { useTransientStatus } from '../../components/ui/use-transient-status';
import { shareLinkNote } from '../../lib/io/share-link-note';
import { usePlannerStore } from '../../state/planner-store';
import { shareUrlOf, useShareUrl } from '../../state/share-url';

type CopyState = 'idle' | 'copied' | 'select';

/** The scenario's name: exports and file names carry it, and so does the link. */
function ScenarioNameField() {
  const name = usePlannerStore((state) => state.scenario.name);
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Scenario name</label>
      <input
        id={id}
        className="text-input"
        value={name}
        maxLength={80}
        placeholder="Untitled scenario"
        onChange={(event) => void fieldChanged('name', event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field__hint">
        Titles the slides and the decision record, and names exported files.
      </p>
    </div>
  );
}

/**
 * The share link with a "Copy link" button. Without the Clipboard API (or permission), the link is selected
 * in its field so Ctrl+C copies it.
 */
export function SharePanel() {
  const url = useShareUrl();
  const [state, setState] = useTransientStatus<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const selectField = () => {
    field.current?.focus();
    field.current?.select();
    setState('select');
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) return selectField();
      await navigator.clipboard.writeText(shareUrlOf(usePlannerStore.getState()));
      setState('copied');
    } catch {
      selectField();
    }
  };
  return (
    <div className="share">
      <ScenarioNameField />
      <label htmlFor={id}>Share link</label>
      <div className="share__row">
        <input
          id={id}
          ref={field}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={`${id}-status`}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p id={`${id}-status`} className="share__status" role="status">
        {state === 'copied'
          ? 'Link copied. It holds the whole scenario; nothing is stored on a server.'
          : null}
        {state === 'select' ? 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.' : null}
      </p>
      <p className="field__hint">{shareLinkNote(url)}</p>
    </div>
  );
}
