import { useId, useRef, useState } from 'react';
import { usePlannerStore } from '../../state/planner-store';
import { shareUrlOf } from '../../state/share-url';

type CopyState = 'idle' | 'copied' | 'select';

/**
 * The share link with a "Copy link" button. Without the Clipboard API (or permission), the link is selected
 * in its field so Ctrl+C copies it.
 */
export function SharePanel() {
  const url = usePlannerStore(shareUrlOf);
  const [state, setState] = useState<CopyState>('idle');
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
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      selectField();
    }
  };
  return (
    <div className="share">
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
    </div>
  );
}
