import type { ModelContext, OptionModel } from '../../cost/option-model';
import { buildSelfHosted } from '../../cost/self-hosted';

/** Recommended minimum instances for a production managed online endpoint (Microsoft guidance). */
const PRODUCTION_MIN_INSTANCES = 3;

/** A managed online endpoint (e.g. Azure ML) serving your weights, billed as the GPU VMs it runs on, plus labour. */
export function buildCustomDeployment(ctx: ModelContext): OptionModel {
  const o = ctx.scenario.options.custom_deployment;
  return buildSelfHosted(ctx, {
    id: 'custom_deployment',
    costs: o,
    platform: [{ label: 'Operations labour', usd: o.labourUsdPerMonth }],
    gpuLineLabel: 'Endpoint instances (GPU VMs)',
    flatFeeNote:
      'Illustrative: the article prices GPU instances as a flat fee plus a per-token rate; real cost steps with GPU count.',
    gpuNotes: (gpu) => [
      ...(gpu.minReplicas < PRODUCTION_MIN_INSTANCES
        ? [
            `Microsoft recommends at least ${PRODUCTION_MIN_INSTANCES} instances for a production endpoint; this plan keeps ${gpu.minReplicas}.`,
          ]
        : []),
      ...(o.labourUsdPerMonth === 0
        ? ['No operations labour entered: someone packages, evaluates and updates the model on these GPUs.']
        : []),
    ],
  });
}
