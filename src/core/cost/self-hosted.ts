import { formatMoney } from '../format';
import { monthlyTokensOf, type GpuAssumptions } from '../scenario/schema';
import { amortisedSetup } from './cost-structure';
import { fixedLines, perTokenLine } from './fixed-lines';
import { describeGpu, gpuStep } from './gpu-capacity';
import { describeFit } from './gpu-memory';
import { resolveGpu } from './gpu-select';
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

/** The model a flat-fee self-hosted option serves: the article does not name it. */
const UNNAMED_MODEL = {
  id: 'unnamed-open-model',
  label: 'an open-weight model the article does not name',
  capability: null,
};

/**
 * A self-hosted option: GPU VMs sized to the peak load (or the article's flat fee), plus platform items, a
 * per-token charge and amortised setup. Shared by the managed endpoint and Kubernetes. The GPU plan is resolved
 * once at the scenario's volume (the planner's choice when the block is 'auto'); the curve then follows that
 * plan over every volume.
 */
export function buildSelfHosted(ctx: ModelContext, spec: SelfHostedSpec): OptionModel {
  const { costs, platform } = spec;
  const months = ctx.scenario.amortizationMonths;
  const resolved = costs.gpu ? resolveGpu(ctx, costs.gpu, monthlyTokensOf(ctx.scenario.requirements)) : null;
  const gpu = resolved?.gpu ?? null;
  const platformUsd = platform.reduce((sum, item) => sum + item.usd, 0);
  return {
    id: spec.id,
    setupUsd: costs.setupUsd,
    model: resolved?.model ?? UNNAMED_MODEL,
    problems: resolved?.problems ?? [],
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
      if (gpu && resolved) {
        const described = describeGpu(ctx, gpu, monthlyTokens, spec.gpuLineLabel);
        lines.push(described.line);
        capacity = {
          ...described.capacity,
          detail: `${described.capacity.detail} Memory per replica: ${describeFit(resolved.fit)}.`,
          ...(resolved.problems[0] ? { problem: resolved.problems[0].reason } : {}),
        };
        if (resolved.choice) notes.push(resolved.choice);
        notes.push(...described.notes, ...spec.gpuNotes(gpu));
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
