import type { Level } from '../../core';
import { RadioGroup } from '../../components/ui/radio-group';
import { ScenarioNumberField } from './scenario-number-field';
import { useScenarioValue } from './use-scenario-field';

const SENSITIVITY = [
  {
    value: 'low',
    label: 'Low',
    description: 'Public or non-sensitive data: the vendor’s shared API is fine.',
  },
  {
    value: 'medium',
    label: 'Medium',
    description: 'Internal business data: enterprise terms and encryption in transit suffice.',
  },
  {
    value: 'high',
    label: 'High',
    description: 'Regulated or confidential data that must not cross the public internet.',
  },
] as const;

const EXPERTISE = [
  { value: 'low', label: 'Low', description: 'Application developers; nobody runs ML infrastructure today.' },
  {
    value: 'medium',
    label: 'Medium',
    description: 'Some MLOps experience: deploys and monitors models with help.',
  },
  {
    value: 'high',
    label: 'High',
    description: 'A platform team that runs GPU clusters and model servers in production.',
  },
] as const;

/** Step 2: the constraints that rule options in or out. */
export function ConstraintsStep() {
  const [sensitivity, setSensitivity] = useScenarioValue<Level>('requirements.dataSensitivity');
  const [expertise, setExpertise] = useScenarioValue<Level>('requirements.mlExpertise');
  const [custom, setCustom] = useScenarioValue<boolean>('requirements.needCustomModel');
  return (
    <>
      <RadioGroup
        legend="Data sensitivity"
        name="dataSensitivity"
        value={sensitivity}
        choices={SENSITIVITY}
        onChange={setSensitivity}
      />
      <ScenarioNumberField
        path="requirements.latencyMs"
        label="Latency target"
        unit="ms"
        hint="Time to first token your users will accept."
      />
      <div className="field checkbox-field">
        <input
          id="need-custom-model"
          type="checkbox"
          checked={custom}
          onChange={(event) => setCustom(event.target.checked)}
          aria-describedby="need-custom-model-hint"
        />
        <label htmlFor="need-custom-model">Custom model</label>
        <p id="need-custom-model-hint" className="field__hint">
          Tick when you must serve your own fine-tuned or open-weight model weights, not a vendor catalog
          model.
        </p>
      </div>
      <RadioGroup
        legend="Team ML expertise"
        name="mlExpertise"
        value={expertise}
        choices={EXPERTISE}
        onChange={setExpertise}
      />
    </>
  );
}
