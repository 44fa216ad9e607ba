import type { ModelContext, OptionModel } from '../../cost/option-model';
import { buildSelfHosted } from '../../cost/self-hosted';

/** Self-hosted vLLM on a Kubernetes cluster: control plane, system pool, platform, labour and GPU nodes. */
export function buildKubernetes(ctx: ModelContext): OptionModel {
  const o = ctx.scenario.options.kubernetes;
  return buildSelfHosted(ctx, {
    id: 'kubernetes',
    costs: o,
    platform: [
      { label: 'Cluster control plane', usd: o.controlPlaneUsdPerMonth },
      { label: 'System node pool', usd: o.systemPoolUsdPerMonth },
      {
        label: 'Platform overhead (load balancer, disks, registry, logs)',
        usd: o.platformOverheadUsdPerMonth,
      },
      { label: 'Operations labour', usd: o.labourUsdPerMonth },
    ],
    gpuLineLabel: 'GPU nodes',
    flatFeeNote:
      'Illustrative: the article prices the GPU cluster as a flat fee plus a per-token rate; real cost steps with node count.',
    gpuNotes: () =>
      o.labourUsdPerMonth === 0
        ? ['No operations labour entered: someone has to patch, scale and watch the cluster.']
        : [],
  });
}
