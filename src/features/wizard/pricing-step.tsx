import { PRESET_LABELS, type Locality, type PresetId } from '../../core';
import { RadioGroup } from '../../components/ui/radio-group';
import { SelectField } from '../../components/ui/select-field';
import { usePlannerStore } from '../../state/planner-store';
import { GpuFields, PtuFields } from './capacity-fields';
import { CurrencyFields } from './currency-fields';
import { PlatformFields } from './platform-fields';
import { ServerlessModelField } from './serverless-model-field';

const PRESETS = (Object.keys(PRESET_LABELS) as PresetId[]).map((value) => ({
  value,
  label: PRESET_LABELS[value],
}));

const LOCALITY = [
  { value: 'global', label: 'Global', description: 'Processed in any region: lowest prices.' },
  {
    value: 'data_zone',
    label: 'Data Zone',
    description: 'Stays within a zone such as the EU or US: about +10%.',
  },
  {
    value: 'regional',
    label: 'Regional',
    description: 'Stays in one region: about +10%, larger PTU minimums.',
  },
] as const;

/** Step 4: which prices to use — preset, region type, models, capacity terms and display currency. */
export function PricingStep({ onEditAssumptions }: { onEditAssumptions: () => void }) {
  const preset = usePlannerStore((state) => state.scenario.preset);
  const locality = usePlannerStore((state) => state.scenario.workload.locality);
  const presetChosen = usePlannerStore((state) => state.presetChosen);
  const localityChosen = usePlannerStore((state) => state.localityChosen);
  return (
    <>
      <SelectField
        label="Price preset"
        value={preset}
        choices={PRESETS}
        onChange={presetChosen}
        hint={
          preset === 'seed'
            ? 'The article’s illustrative cost table, reproduced exactly. Its PTU and GPU figures are flat fees, not real capacity.'
            : 'Published list prices with PTU and GPU capacity sized to your peak load. Every number has a source and a date.'
        }
      />
      <RadioGroup
        legend="Data processing location"
        name="locality"
        value={locality}
        choices={LOCALITY}
        onChange={(value: Locality) => localityChosen(value)}
      />
      <ServerlessModelField />
      <PtuFields />
      <GpuFields />
      <PlatformFields />
      <CurrencyFields />
      <p>
        <button type="button" className="link-button" onClick={onEditAssumptions}>
          Review and edit every assumption
        </button>
      </p>
    </>
  );
}
