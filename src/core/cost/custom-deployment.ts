import { amortisedSetup } from './cost-structure';
import { fixedLines, perTokenLine } from './fixed-lines';
import { describeGpu, gpuStep } from './gpu-capacity';
import type { CostLine, ModelContext, OptionModel } from './option-model';

/** Recommended minimum instances for a production managed online endpoint (Microsoft guidance). */
const PRODUCTION_MIN_INSTANCES = 3;

/** A managed online endpoint (e.g. Azure ML) serving your weights, billed as the GPU VMs it runs on. */
export function buildCustomDeployment(ctx: ModelContext): OptionModel {
  const o = ctx.scenario.options.custom_deployment;
  const months = ctx.scenario.amortizationMonths;
  const gpu = o.gpu;
  return {
    id: 'custom_deployment',
    setupUsd: o.setupUsd,
    structure: {
      fixedUsdPerMonth: o.otherFixedUsdPerMonth + amortisedSetup(o.setupUsd, months),
      usdPerToken: o.usdPerMTok / 1e6,
      step: gpu ? gpuStep(ctx, gpu) : null,
      hinges: [],
    },
    describe(monthlyTokens) {
      const lines: CostLine[] = [];
      const notes: string[] = [];
      let capacity = null;
      if (gpu) {
        const described = describeGpu(ctx, gpu, monthlyTokens, 'Endpoint instances (GPU VMs)');
        lines.push(described.line);
        capacity = described.capacity;
        notes.push(...described.notes);
        if (gpu.minReplicas < PRODUCTION_MIN_INSTANCES) {
          notes.push(
            `Microsoft recommends at least ${PRODUCTION_MIN_INSTANCES} instances for a production endpoint; this plan keeps ${gpu.minReplicas}.`,
          );
        }
        notes.push(`Serves ${gpu.modelId}: compare quality with the API model before comparing cost.`);
      } else {
        notes.push(
          'Illustrative: the article prices GPU instances as a flat fee plus a per-token rate; real cost steps with GPU count.',
        );
      }
      lines.push(
        ...perTokenLine(ctx, o.usdPerMTok, monthlyTokens, 'Per-token charge'),
        ...fixedLines(ctx, o, months),
      );
      return { lines, capacity, notes };
    },
  };
}
