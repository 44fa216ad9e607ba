import { formatMoney } from '../format';
import type { GpuAssumptions } from '../scenario/schema';
import { amortisedSetup } from './cost-structure';
import { fixedLines, perTokenLine } from './fixed-lines';
import { describeGpu, gpuStep } from './gpu-capacity';
import type { CapacityInfo, CostLine, ModelContext, OptionModel } from './option-model';

/** What distinguishes one self-hosted option from the other. */
export type SelfHostedSpec = {
  id: 'custom_deployment' | 'kubernetes';
  costs: { setupUsd: number; otherFixedUsdPerMonth: number; usdPerMTok: number; gpu: GpuAssumptions | null };
  /** Load-independent platform items (cluster, labour…), USD per month each. */
  platform: readonly { label: string; usd: number }[];
  /** Label of the GPU line, e.g. "GPU nodes". */
  gpuLineLabel: string;
  /** Shown when the option is priced as the article's flat fee instead of GPU capacity. */
  flatFeeNote: string;
  /** Option-specific notes about the GPU plan. */
  gpuNotes: (gpu: GpuAssumptions) => string[];
};

/**
 * A self-hosted option: GPU VMs sized to the peak load (or the article's flat fee), plus platform items, a
 * per-token charge and amortised setup. Shared by the managed endpoint and Kubernetes.
 */
export function buildSelfHosted(ctx: ModelContext, spec: SelfHostedSpec): OptionModel {
  const { costs, platform } = spec;
  const months = ctx.scenario.amortizationMonths;
  const gpu = costs.gpu;
  const platformUsd = platform.reduce((sum, item) => sum + item.usd, 0);
  return {
    id: spec.id,
    setupUsd: costs.setupUsd,
    structure: {
      fixedUsdPerMonth: platformUsd + costs.otherFixedUsdPerMonth + amortisedSetup(costs.setupUsd, months),
      usdPerToken: costs.usdPerMTok / 1e6,
      step: gpu ? gpuStep(ctx, gpu) : null,
      hinges: [],
    },
    describe(monthlyTokens) {
      const lines: CostLine[] = [];
      const notes: string[] = [];
      let capacity: CapacityInfo | null = null;
      if (gpu) {
        const described = describeGpu(ctx, gpu, monthlyTokens, spec.gpuLineLabel);
        lines.push(described.line);
        capacity = described.capacity;
        notes.push(
          ...described.notes,
          ...spec.gpuNotes(gpu),
          `Serves ${gpu.modelId}: compare quality with the API model before comparing cost.`,
        );
      } else {
        notes.push(spec.flatFeeNote);
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
        ...perTokenLine(ctx, costs.usdPerMTok, monthlyTokens, 'Per-token charge'),
        ...fixedLines(ctx, costs, months),
      );
      return { lines, capacity, notes };
    },
  };
}
