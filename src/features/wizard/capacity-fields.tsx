import {
  GPU_TERM_NOTES,
  GPU_VMS,
  OPEN_MODELS,
  PTU_MODELS,
  type GpuAssumptions,
  type PtuTerm,
} from '../../core';
import { SelectField } from '../../components/ui/select-field';
import { usePlannerStore } from '../../state/planner-store';
import { ScenarioNumberField } from './scenario-number-field';

const TERMS: { value: PtuTerm; label: string }[] = [
  { value: 'hourly', label: 'Hourly (no commitment)' },
  { value: 'monthly', label: 'Monthly reservation' },
  { value: 'yearly', label: 'Yearly reservation' },
];

const GPU_TERMS: { value: GpuAssumptions['priceTerm']; label: string }[] = [
  { value: 'payg', label: 'Pay-as-you-go' },
  { value: 'reserved_1y', label: '1-year reservation' },
  { value: 'reserved_3y', label: '3-year reservation (assumed)' },
  { value: 'spot', label: 'Spot (assumed, evictable)' },
];

/** The table's choices, plus the scenario's current value when it is not one of them (an edited or older id). */
function withCurrent(
  choices: { value: string; label: string }[],
  current: string,
): { value: string; label: string }[] {
  return choices.some((c) => c.value === current)
    ? choices
    : [{ value: current, label: current }, ...choices];
}

/** Provisioned throughput: the model's PTU row, the reservation term, and the spillover variant. */
export function PtuFields() {
  const provisioned = usePlannerStore((state) => state.scenario.options.provisioned_throughput);
  const ptuChosen = usePlannerStore((state) => state.ptuChosen);
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const ptu = provisioned.ptu;
  if (!ptu) return null;
  const models = PTU_MODELS.map((row) => ({ value: row.modelId, label: row.modelId }));
  return (
    <fieldset className="field-group">
      <legend>Provisioned throughput (PTU)</legend>
      <div className="field-row">
        <SelectField
          label="PTU model"
          value={ptu.modelId}
          choices={withCurrent(models, ptu.modelId)}
          onChange={(modelId) => ptuChosen({ modelId })}
          hint={`${ptu.inputTpmPerPtu.toLocaleString('en-US')} input tokens/min per PTU; an output token counts as ${ptu.outputTokenWeight}; minimum ${ptu.minPtu}, steps of ${ptu.ptuStep}.`}
        />
        <SelectField
          label="PTU reservation"
          value={ptu.term}
          choices={TERMS}
          onChange={(term) => ptuChosen({ term })}
        />
      </div>
      <div className="field checkbox-field">
        <input
          id="ptu-spillover"
          type="checkbox"
          checked={provisioned.spillover.enabled}
          onChange={(event) =>
            fieldChanged('options.provisioned_throughput.spillover.enabled', event.target.checked)
          }
          aria-describedby="ptu-spillover-hint"
        />
        <label htmlFor="ptu-spillover">Reserve a base and spill over to pay-per-token</label>
        <p id="ptu-spillover-hint" className="field__hint">
          Peaks above the reserved PTUs go to the pay-per-token API. The base is chosen to minimise cost at
          your volume unless you set it.
        </p>
      </div>
      {provisioned.spillover.enabled ? <SpilloverBaseField /> : null}
    </fieldset>
  );
}

function SpilloverBaseField() {
  const base = usePlannerStore((state) => state.scenario.options.provisioned_throughput.spillover.basePtu);
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  return (
    <div className="field checkbox-field">
      <input
        id="ptu-auto-base"
        type="checkbox"
        checked={base === null}
        onChange={(event) =>
          fieldChanged('options.provisioned_throughput.spillover.basePtu', event.target.checked ? null : 15)
        }
      />
      <label htmlFor="ptu-auto-base">Cost-minimising base</label>
      {base !== null ? (
        <div className="checkbox-field__wide">
          <ScenarioNumberField
            path="options.provisioned_throughput.spillover.basePtu"
            label="Reserved base"
            unit="PTU"
          />
        </div>
      ) : null}
    </div>
  );
}

/** Self-hosting: the open-weight model (both options) and each option's GPU VM and price term. */
export function GpuFields() {
  const custom = usePlannerStore((state) => state.scenario.options.custom_deployment.gpu);
  const kubernetes = usePlannerStore((state) => state.scenario.options.kubernetes.gpu);
  const gpuChosen = usePlannerStore((state) => state.gpuChosen);
  const any = custom ?? kubernetes;
  if (!any) return null;
  const vms = GPU_VMS.map((vm) => ({ value: vm.vmSize, label: `${vm.vmSize} (${vm.gpuLabel})` }));
  const models = OPEN_MODELS.map((m) => ({ value: m.modelId, label: m.modelId }));
  const rows: { id: 'custom_deployment' | 'kubernetes'; title: string; gpu: GpuAssumptions | null }[] = [
    { id: 'custom_deployment', title: 'Managed endpoint', gpu: custom },
    { id: 'kubernetes', title: 'Kubernetes nodes', gpu: kubernetes },
  ];
  return (
    <fieldset className="field-group">
      <legend>Self-hosted model</legend>
      <SelectField
        label="Open-weight model"
        value={any.modelId}
        choices={withCurrent(models, any.modelId)}
        onChange={(modelId) => gpuChosen('custom_deployment', { modelId })}
        hint="Sets memory, GPUs per replica and throughput for both self-hosted options."
      />
      {rows.map(({ id, title, gpu }) =>
        gpu ? (
          <div key={id} className="field-row">
            <SelectField
              label={`${title}: GPU VM`}
              value={gpu.vmSize}
              choices={vms}
              onChange={(vmSize) => gpuChosen(id, { vmSize })}
            />
            <SelectField
              label={`${title}: price`}
              value={gpu.priceTerm}
              choices={GPU_TERMS}
              onChange={(priceTerm) => gpuChosen(id, { priceTerm })}
              hint={GPU_TERM_NOTES[gpu.priceTerm]}
            />
          </div>
        ) : null,
      )}
      <div className="field-row">
        {rows.map(({ id, title, gpu }) =>
          gpu ? (
            <ScenarioNumberField
              key={`${id}-headroom`}
              path={`options.${id}.gpu.targetPeakUtilization`}
              label={`${title}: load at peak`}
              unit="% of capacity"
              scale={100}
              min={5}
              max={100}
            />
          ) : null,
        )}
        {rows.map(({ id, title, gpu }) =>
          gpu ? (
            <ScenarioNumberField
              key={`${id}-min`}
              path={`options.${id}.gpu.minReplicas`}
              label={`${title}: minimum replicas`}
              unit="replicas"
            />
          ) : null,
        )}
      </div>
    </fieldset>
  );
}
