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

const QUALITY = [
  {
    value: 'match',
    label: 'Match the API model',
    description: 'Options serving a model rated more than the tolerance below the API model are ruled out.',
  },
  {
    value: 'allow-lower',
    label: 'Allow a smaller model',
    description:
      'Cheaper, weaker models stay in the running; every view says which model each option serves.',
  },
] as const;

/** Step 2: the constraints that rule options in or out. */
export function ConstraintsStep() {
  const [sensitivity, setSensitivity] = useScenarioValue('requirements.dataSensitivity');
  const [expertise, setExpertise] = useScenarioValue('requirements.mlExpertise');
  const [custom, setCustom] = useScenarioValue('requirements.needCustomModel');
  const [quality, setQuality] = useScenarioValue('requirements.modelQuality');
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
          Tick when the model must be customised: the vendor options then price a fine-tuned Azure OpenAI
          deployment (hosting per hour plus a training run), and self-hosting serves your own weights.
        </p>
      </div>
      <RadioGroup
        legend="Team ML expertise"
        name="mlExpertise"
        value={expertise}
        choices={EXPERTISE}
        onChange={setExpertise}
      />
      <RadioGroup
        legend="Model quality"
        name="modelQuality"
        value={quality}
        choices={QUALITY}
        onChange={setQuality}
      />
      <ScenarioNumberField
        path="requirements.qualityTolerance"
        label="Capability tolerance"
        unit="rating points"
        hint="How far below the API model’s LMArena rating another model may be (30 points ≈ a 54:46 preference)."
      />
    </>
  );
}
