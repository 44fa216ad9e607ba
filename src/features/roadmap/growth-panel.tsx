import { useState } from 'react';
import { monthlyTokensOf, type Evolution } from '../../core';
import { NumberField } from '../../components/ui/number-field';
import { RadioGroup } from '../../components/ui/radio-group';
import { usePlannerStore } from '../../state/planner-store';
import { PointsEditor } from './points-editor';
import { useEvolutionField } from './use-evolution-field';

const GROWTH_CHOICES = [
  {
    value: 'rate',
    label: 'Steady monthly rate',
    description: 'Today’s volume grows (or shrinks) by a share each month.',
  },
  { value: 'points', label: 'Known volumes', description: 'Volumes you expect in given months.' },
] as const;

/** A number field bound to one evolution setting. */
function EvolutionNumber({
  path,
  ...rest
}: {
  path: 'evolution.horizonMonths' | 'evolution.growth.monthlyRate' | 'evolution.annualDiscountRate';
  label: string;
  unit: string;
  scale?: number;
  hint?: string;
  /** Limits in the unit shown (%, not shares), so a message names them as the field does. */
  min?: number;
  max?: number;
}) {
  const { value, commit } = useEvolutionField<number>(path);
  return <NumberField {...rest} value={value} onCommit={commit} />;
}

function SwitchingCost() {
  const { value, commit } = useEvolutionField<number | null>('evolution.switchingCostUsd');
  // The last amount typed, so unticking and ticking the box again does not lose it.
  const [amount, setAmount] = useState(value ?? 0);
  return (
    <>
      <div className="field checkbox-field">
        <input
          id="switching-is-setup"
          type="checkbox"
          checked={value === null}
          onChange={(event) => commit(event.target.checked ? null : amount)}
          aria-describedby="switching-is-setup-hint"
        />
        <label htmlFor="switching-is-setup">Moves cost the setup of the option moved to</label>
        <p id="switching-is-setup-hint" className="field__hint">
          Setup (a fine-tuning run included) is paid in the month an option is entered, the start included.
        </p>
      </div>
      {value === null ? null : (
        <NumberField
          label="Switching cost"
          unit="USD per move"
          value={value}
          hint="Replaces setup costs: every start and move costs this amount (0 compares run-rates alone)."
          onCommit={(next) => {
            setAmount(next);
            return commit(next);
          }}
        />
      )}
    </>
  );
}

/** Horizon, volume path, switching cost and discount rate: the inputs of the roadmap, carried by share links. */
export function GrowthPanel() {
  const { value: mode, commit: commitMode } =
    useEvolutionField<Evolution['growth']['mode']>('evolution.growth.mode');
  const todayTokens = usePlannerStore((state) => monthlyTokensOf(state.scenario.requirements));
  return (
    <fieldset className="growth-panel">
      <legend>Growth</legend>
      <div className="growth-panel__fields">
        <EvolutionNumber
          path="evolution.horizonMonths"
          label="Horizon"
          unit="months"
          min={1}
          max={60}
          hint="1 to 60 months."
        />
        <div className="growth-panel__mode">
          <RadioGroup
            legend="Volume over time"
            name="growth-mode"
            value={mode}
            choices={GROWTH_CHOICES}
            onChange={(next) => void commitMode(next)}
          />
        </div>
        {mode === 'rate' ? (
          <EvolutionNumber
            path="evolution.growth.monthlyRate"
            label="Monthly growth"
            unit="% / month"
            scale={100}
            min={-50}
            max={1000}
            hint="−50% to +1,000% a month; negative shrinks."
          />
        ) : (
          <div className="growth-panel__wide">
            <PointsEditor todayTokens={todayTokens} />
          </div>
        )}
        <EvolutionNumber
          path="evolution.annualDiscountRate"
          label="Annual discount rate"
          unit="% / year"
          scale={100}
          min={0}
          max={100}
          hint="0% to 100% a year, for the present value; 0 leaves it equal to the total."
        />
        <div className="growth-panel__wide">
          <SwitchingCost />
        </div>
      </div>
    </fieldset>
  );
}
