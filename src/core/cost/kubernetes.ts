import { formatMoney } from '../format';
import { amortisedSetup } from './cost-structure';
import { fixedLines, perTokenLine } from './fixed-lines';
import { describeGpu, gpuStep } from './gpu-capacity';
import type { CostLine, ModelContext, OptionModel } from './option-model';

/** Self-hosted vLLM on a Kubernetes cluster: control plane, system pool, platform, labour and GPU nodes. */
export function buildKubernetes(ctx: ModelContext): OptionModel {
  const o = ctx.scenario.options.kubernetes;
  const months = ctx.scenario.amortizationMonths;
  const platform = [
    { label: 'Cluster control plane', usd: o.controlPlaneUsdPerMonth },
    { label: 'System node pool', usd: o.systemPoolUsdPerMonth },
    { label: 'Platform overhead (load balancer, disks, registry, logs)', usd: o.platformOverheadUsdPerMonth },
    { label: 'Operations labour', usd: o.labourUsdPerMonth },
  ];
  const platformUsd = platform.reduce((sum, item) => sum + item.usd, 0);
  const gpu = o.gpu;
  return {
    id: 'kubernetes',
    setupUsd: o.setupUsd,
    structure: {
      fixedUsdPerMonth: platformUsd + o.otherFixedUsdPerMonth + amortisedSetup(o.setupUsd, months),
      usdPerToken: o.usdPerMTok / 1e6,
      step: gpu ? gpuStep(ctx, gpu) : null,
      hinges: [],
    },
    describe(monthlyTokens) {
      const lines: CostLine[] = [];
      const notes: string[] = [];
      let capacity = null;
      if (gpu) {
        const described = describeGpu(ctx, gpu, monthlyTokens, 'GPU nodes');
        lines.push(described.line);
        capacity = described.capacity;
        notes.push(
          ...described.notes,
          `Serves ${gpu.modelId}: compare quality with the API model before comparing cost.`,
        );
      } else {
        notes.push(
          'Illustrative: the article prices the GPU cluster as a flat fee plus a per-token rate; real cost steps with node count.',
        );
      }
      for (const item of platform) {
        if (item.usd > 0)
          lines.push({
            label: item.label,
            usd: item.usd,
            formula: `${formatMoney(item.usd, ctx.display)} per month`,
          });
      }
      lines.push(
        ...perTokenLine(ctx, o.usdPerMTok, monthlyTokens, 'Per-token charge'),
        ...fixedLines(ctx, o, months),
      );
      if (o.labourUsdPerMonth === 0 && gpu)
        notes.push('No operations labour entered: someone has to patch, scale and watch the cluster.');
      return { lines, capacity, notes };
    },
  };
}
