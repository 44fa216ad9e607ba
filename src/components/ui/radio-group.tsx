import { useId } from 'react';

export type RadioChoice<T extends string> = { value: T; label: string; description?: string };

export type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  value: T;
  choices: readonly RadioChoice<T>[];
  onChange: (value: T) => void;
  hint?: string;
};

/** A labelled group of radio buttons, each with an optional one-sentence explanation. Arrow keys move within it. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  hint,
}: RadioGroupProps<T>) {
  const id = useId();
  return (
    // role="radiogroup" named by the legend: screen readers announce it as one choice, and it can be found by label.
    <fieldset
      className="radio-group"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="radio-group__choices">
        {choices.map((choice) => {
          const choiceId = `${id}-${choice.value}`;
          return (
            // The label names the radio; the description is a sibling so it is read once, as its description.
            <div
              key={choice.value}
              className={`radio-card${choice.value === value ? ' radio-card--checked' : ''}`}
            >
              <input
                id={choiceId}
                type="radio"
                name={name}
                value={choice.value}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.description ? `${choiceId}-desc` : undefined}
              />
              <label className="radio-card__label" htmlFor={choiceId}>
                {choice.label}
              </label>
              {choice.description ? (
                <span id={`${choiceId}-desc`} className="radio-card__description">
                  {choice.description}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
