import { useId } from 'react';
import { NumberField } from '../../components/ui/number-field';
import {
  formatCount,
  formatInputValue,
  valueContextOf,
  type AnalysedInput,
  type InputRange,
  type InputUnit,
  type Scenario,
} from '../../core';
import { usePlannerStore } from '../../state/planner-store';

/** The unit a range is typed in (the scenario's own: volume as requests, shares as %). */
const EDIT_UNIT: Record<InputUnit, { unit: string; scale?: number }> = {
  'tokens-per-month': { unit: 'requests / month' },
  tokens: { unit: 'tokens' },
  factor: { unit: '× average' },
  share: { unit: '%', scale: 100 },
  reasoning: { unit: 'per output token' },
  'usd-per-mtok': { unit: 'USD / 1M tokens' },
  'usd-per-ptu-month': { unit: 'USD / PTU / month' },
  'usd-per-vm-hour': { unit: 'USD / VM-hour' },
  'tokens-per-second': { unit: 'tokens/s per replica' },
  'usd-per-month': { unit: 'USD / month' },
};

/** Writes one input's range into the scenario's overrides; returns the first message, or null. */
function useRangeCommit(): (range: InputRange) => string | null {
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  return (range) => {
    const current = usePlannerStore.getState().scenario.sensitivity.inputs;
    const entry = { path: range.input, low: range.low, high: range.high, uncertain: range.uncertain };
    const next = current.some((e) => e.path === range.input)
      ? current.map((e) => (e.path === range.input ? entry : e))
      : [...current, entry];
    return fieldChanged('sensitivity.inputs', next)[0]?.message ?? null;
  };
}

function RangeRow({
  input,
  range,
  scenario,
}: {
  input: AnalysedInput;
  range: InputRange;
  scenario: Scenario;
}) {
  const commit = useRangeCommit();
  const id = useId();
  const { unit, scale = 1 } = EDIT_UNIT[input.unit];
  const min = input.domain.min * scale;
  const max = input.domain.max * scale;
  const checkboxId = `${id}-uncertain`;
  return (
    <fieldset className="range-row">
      <legend>
        {input.label}{' '}
        <span className="range-row__today">
          (today{' '}
          {input.unit === 'tokens-per-month'
            ? `${formatCount(input.current)} requests, ${formatInputValue(input.path, input.current, valueContextOf(scenario))}`
            : formatInputValue(input.path, input.current, valueContextOf(scenario))}
          )
        </span>
      </legend>
      <div className="range-row__fields">
        <NumberField
          label="Low"
          unit={unit}
          scale={scale}
          min={min}
          max={max}
          value={range.low}
          onCommit={(low) =>
            low > range.high
              ? `Must be at most the high value (${formatInputValue(input.path, range.high, valueContextOf(scenario))}).`
              : commit({ ...range, low })
          }
        />
        <NumberField
          label="High"
          unit={unit}
          scale={scale}
          min={min}
          max={max}
          value={range.high}
          onCommit={(high) =>
            high < range.low
              ? `Must be at least the low value (${formatInputValue(input.path, range.low, valueContextOf(scenario))}).`
              : commit({ ...range, high })
          }
        />
      </div>
      <div className="field checkbox-field">
        <input
          id={checkboxId}
          type="checkbox"
          checked={range.uncertain}
          onChange={(event) => commit({ ...range, uncertain: event.target.checked })}
        />
        <label htmlFor={checkboxId}>Uncertain: varies in the simulation</label>
      </div>
    </fieldset>
  );
}

/** Low and high value per input (defaults: volume ×0.5 / ×2, prices ±20%, …), and which are uncertain. */
export function RangesEditor({
  inputs,
  ranges,
  scenario,
}: {
  inputs: readonly AnalysedInput[];
  ranges: readonly InputRange[];
  scenario: Scenario;
}) {
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const edited = scenario.sensitivity.inputs.length > 0;
  return (
    <div className="ranges-editor">
      <div className="ranges-editor__grid">
        {inputs.map((input) => {
          const range = ranges.find((r) => r.input === input.path);
          return range ? <RangeRow key={input.path} input={input} range={range} scenario={scenario} /> : null;
        })}
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={!edited}
        onClick={() => fieldChanged('sensitivity.inputs', [])}
      >
        Reset every range to its default
      </button>
    </div>
  );
}
