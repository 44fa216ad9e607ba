import type { ModelContext, OptionModel } from './option-model';
import { buildSelfHosted } from './self-hosted';

/** Recommended minimum instances for a production managed online endpoint (Microsoft guidance). */
const PRODUCTION_MIN_INSTANCES = 3;

/** A managed online endpoint (e.g. Azure ML) serving your weights, billed as the GPU VMs it runs on. */
export function buildCustomDeployment(ctx: ModelContext): OptionModel {
  return buildSelfHosted(ctx, {
    id: 'custom_deployment',
    costs: ctx.scenario.options.custom_deployment,
    platform: [],
    gpuLineLabel: 'Endpoint instances (GPU VMs)',
    flatFeeNote:
      'Illustrative: the article prices GPU instances as a flat fee plus a per-token rate; real cost steps with GPU count.',
    gpuNotes: (gpu) =>
      gpu.minReplicas < PRODUCTION_MIN_INSTANCES
        ? [
            `Microsoft recommends at least ${PRODUCTION_MIN_INSTANCES} instances for a production endpoint; this plan keeps ${gpu.minReplicas}.`,
          ]
        : [],
  });
}
