import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import {
  browserNumberLocale,
  resolveBrowserNumberLocale,
  resolveBrowserNumberLocaleWhenIdle,
  subscribeBrowserNumberLocale,
} from '../../lib/browser-number-locale';
import { EN_NUMBERS, formatNumberInput, parseNumberInput, type NumberLocale } from '../../lib/parse-number';

export type NumberFieldProps = {
  label: string;
  /** Unit shown after the input, e.g. "requests / month", "%", "USD / month". */
  unit: string;
  /** The committed value, in the scenario's unit. */
  value: number;
  /** Commits a parsed value; returns a message when the value is rejected, else null. */
  onCommit: (value: number) => string | null;
  hint?: string;
  /** Display multiplier: 100 shows a 0–1 share as a percentage. */
  scale?: number;
  /** Optional inclusive display-unit bounds checked before committing (messages stay in display units). */
  min?: number;
  max?: number;
  /** Called on every edit, before validation (performance marks). */
  onEdit?: () => void;
  id?: string;
  /** How numbers are read and written; by default the browser's language (navigator.language). */
  locale?: NumberLocale;
};

function capitalise(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A number input that accepts "1.5M" or "2,000,000" (or "1,5" where the language writes decimals with a comma),
 * shows its unit, and reports bad input next to itself while the last valid value stays in force. Text being
 * typed is never overwritten, and is read in the format it was shown in: a field still showing the prerendered
 * en-US "500,000" when the browser's language resolves to German keeps reading that comma as thousands.
 */
export function NumberField({
  label,
  unit,
  value,
  onCommit,
  hint,
  scale = 1,
  min,
  max,
  onEdit,
  id,
  locale: fixedLocale,
}: NumberFieldProps) {
  const autoId = useId();
  const inputId = id ?? `field-${autoId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  // The server snapshot is en-US: the prerendered page was written in it, so hydration matches.
  const browserLocale = useSyncExternalStore(
    subscribeBrowserNumberLocale,
    browserNumberLocale,
    () => EN_NUMBERS,
  );
  const locale = fixedLocale ?? browserLocale;
  const displayIn = (target: NumberLocale) => formatNumberInput(roundDisplay(value * scale), target);
  const shown = displayIn(locale);
  const [text, setText] = useState(shown);
  /** The format `text` is in: what was shown when the user started typing. */
  const [textLocale, setTextLocale] = useState(locale);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);

  useEffect(() => (fixedLocale ? undefined : resolveBrowserNumberLocaleWhenIdle()), [fixedLocale]);

  // Follow outside changes (a preset, a loaded link, the browser's language) unless the user is mid-edit or the
  // text is invalid.
  useEffect(() => {
    if (!editing.current && error === null) {
      setText(shown);
      setTextLocale(locale);
    }
  }, [shown, locale, error]);

  const commit = (next: string) => {
    const parsed = parseNumberInput(next, textLocale);
    if (!parsed.ok) return setError(parsed.message);
    const percent = unit.startsWith('%') ? '%' : '';
    if (min !== undefined && parsed.value < min)
      return setError(`Must be at least ${formatNumberInput(min, textLocale)}${percent}.`);
    if (max !== undefined && parsed.value > max)
      return setError(`Must be at most ${formatNumberInput(max, textLocale)}${percent}.`);
    const problem = onCommit(parsed.value / scale);
    setError(problem ? capitalise(problem) : null);
  };

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <div className="field__control">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onFocus={() => {
            editing.current = true;
            // Before the first keystroke: show the value in the browser's format, so typing starts from it.
            const next = fixedLocale ?? resolveBrowserNumberLocale();
            if (next !== textLocale && error === null) {
              setText(displayIn(next));
              setTextLocale(next);
            }
          }}
          onBlur={() => {
            editing.current = false;
            if (error === null) {
              setText(shown);
              setTextLocale(locale);
            }
          }}
          onChange={(event) => {
            onEdit?.();
            setText(event.target.value);
            commit(event.target.value);
          }}
        />
        <span className="field__unit" aria-hidden="true">
          {unit}
        </span>
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <p id={errorId} className="field__error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

/** Avoids showing 7.300000000000001 after a ×100 scale. */
function roundDisplay(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
