import {
  formatCount,
  GPU_TERM_NOTES,
  GPU_VMS,
  OPEN_MODELS,
  PTU_MODELS,
  servedModel,
  type GpuAssumptions,
  type PtuTerm,
} from '../../core';
import { SelectField } from '../../components/ui/select-field';
import { gpuChosen, gpuSelectionChanged, ptuChosen, ptuFollowToggled } from '../../state/capacity-actions';
import { usePlannerStore, type SelfHostedId } from '../../state/planner-store';
import { useEvaluation } from '../../state/selectors';
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
  { value: 'spot', label: 'Spot (evictable)' },
];

const AUTO = 'auto';
const PRECISIONS = { bf16: 'BF16', fp8: 'FP8', mxfp4: 'MXFP4' } as const;

/** The table's choices, plus the scenario's current value when it is not one of them (an edited or older id). */
function withCurrent(
  choices: { value: string; label: string }[],
  current: string,
): { value: string; label: string }[] {
  return choices.some((c) => c.value === current)
    ? choices
    : [{ value: current, label: current }, ...choices];
}

/** A checkbox with its label and a hint, the house layout for yes/no settings. */
function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}

/** Provisioned throughput: follow the API model or a fixed PTU row, the reservation term, and spillover. */
export function PtuFields() {
  const provisioned = usePlannerStore((state) => state.scenario.options.provisioned_throughput);
  const apiModel = usePlannerStore((state) => state.scenario.options.serverless_api.modelId);
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const ptu = provisioned.ptu;
  if (!ptu) return null;
  const models = PTU_MODELS.map((row) => ({ value: row.modelId, label: servedModel(row.modelId).label }));
  const apiLabel = servedModel(apiModel).label;
  return (
    <fieldset className="field-group">
      <legend>Provisioned throughput (PTU)</legend>
      <CheckboxField
        id="ptu-follow"
        label={`PTUs serve the API model (${apiLabel})`}
        hint="Sizing comes from Microsoft’s row for the API model, so PTU and pay-per-token compare the same model. Untick to size PTUs for another model."
        checked={provisioned.followApiModel}
        onChange={ptuFollowToggled}
      />
      <div className="field-row">
        {provisioned.followApiModel ? null : (
          <SelectField
            label="PTU model"
            value={ptu.modelId}
            choices={withCurrent(models, ptu.modelId)}
            onChange={(modelId) => ptuChosen({ modelId })}
            hint={`${formatCount(ptu.inputTpmPerPtu)} input tokens/min per PTU; an output token counts as ${ptu.outputTokenWeight}; minimum ${ptu.minPtu}, steps of ${ptu.ptuStep}.`}
          />
        )}
        <SelectField
          label="PTU reservation"
          value={ptu.term}
          choices={TERMS}
          onChange={(term) => ptuChosen({ term })}
        />
      </div>
      <CheckboxField
        id="ptu-spillover"
        label="Reserve a base and spill over to pay-per-token"
        hint="Peaks above the reserved PTUs go to the pay-per-token API. The base is chosen to minimise cost at your volume unless you set it."
        checked={provisioned.spillover.enabled}
        onChange={(checked) => fieldChanged('options.provisioned_throughput.spillover.enabled', checked)}
      />
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

const MODEL_CHOICES = [
  { value: AUTO, label: 'Chosen by the planner (cheapest that meets the quality rule)' },
  ...OPEN_MODELS.map((row) => {
    const model = servedModel(row.modelId);
    return {
      value: `${row.modelId}@${row.precision}`,
      label: `${model.label} (${PRECISIONS[row.precision]})${model.capability === null ? ', no rating' : `, rated ${formatCount(model.capability)}`}`,
    };
  }),
];

/** Self-hosting: the open-weight model (both options), and each option's GPU VM and price term. */
export function GpuFields() {
  const custom = usePlannerStore((state) => state.scenario.options.custom_deployment.gpu);
  const kubernetes = usePlannerStore((state) => state.scenario.options.kubernetes.gpu);
  const evaluation = useEvaluation();
  const any = custom ?? kubernetes;
  if (!any) return null;
  const vms = GPU_VMS.map((vm) => ({ value: vm.vmSize, label: `${vm.vmSize} (${vm.gpuLabel})` }));
  const rows: { id: SelfHostedId; title: string; gpu: GpuAssumptions | null }[] = [
    { id: 'custom_deployment', title: 'Managed endpoint', gpu: custom },
    { id: 'kubernetes', title: 'Kubernetes nodes', gpu: kubernetes },
  ];
  const bothAuto = rows.every((r) => !r.gpu || r.gpu.selection === 'auto');
  const modelValue = bothAuto ? AUTO : `${any.modelId}@${any.precision}`;
  const served = (id: SelfHostedId) => evaluation.options.find((o) => o.id === id);
  return (
    <fieldset className="field-group">
      <legend>Self-hosted model</legend>
      <SelectField
        label="Open-weight model"
        value={modelValue}
        choices={withCurrent(MODEL_CHOICES, modelValue)}
        onChange={(value) => {
          if (value === AUTO) {
            for (const row of rows) if (row.gpu) gpuSelectionChanged(row.id, 'auto');
            return;
          }
          const [modelId, precision] = value.split('@') as [string, keyof typeof PRECISIONS];
          gpuChosen('custom_deployment', { model: { modelId, precision } });
        }}
        hint="Ratings are LMArena text scores (CC-BY-4.0). A model you pick runs on the cheapest VM that holds it with its KV cache."
      />
      {rows.map(({ id, title, gpu }) =>
        gpu ? (
          <div key={id} className="field-row">
            <SelectField
              label={`${title}: GPU VM`}
              value={gpu.selection === 'auto' ? AUTO : gpu.vmSize}
              choices={
                gpu.selection === 'auto' ? [{ value: AUTO, label: 'Chosen by the planner' }, ...vms] : vms
              }
              onChange={(vmSize) =>
                vmSize === AUTO ? gpuSelectionChanged(id, 'auto') : gpuChosen(id, { vmSize })
              }
              hint={
                served(id)
                  ? `Serves ${served(id)!.model.label} on ${served(id)!.capacity?.unitLabel.replace('× ', '') ?? 'GPU VMs'}.`
                  : undefined
              }
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
