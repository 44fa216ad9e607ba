import { OPTION_IDS } from '../option-ids';
import { OPTION_REGISTRY } from '../options/registry';
import type { AssumptionSection } from '../options/types';

/** The settings that are not one option's: workload shape, horizon, models, fine-tuning and platform lines. */
const GENERAL_SECTIONS: readonly AssumptionSection[] = [
  {
    id: 'workload',
    title: 'Workload shape and horizon',
    fields: [
      { path: 'workload.peakToAverage', label: 'Peak-to-average load', unit: '× average' },
      { path: 'workload.cacheHitShare', label: 'Prompt cache hits', unit: '% of input', scale: 100 },
      { path: 'workload.batchShare', label: 'Batch share', unit: '% of requests', scale: 100 },
      {
        path: 'workload.reasoningTokensPerOutputToken',
        label: 'Reasoning tokens per output token',
        unit: '× visible output',
      },
      { path: 'amortizationMonths', label: 'Amortisation period', unit: 'months', integer: true },
      { path: 'requirements.qualityTolerance', label: 'Capability tolerance', unit: 'rating points' },
    ],
  },
  {
    id: 'fine-tuning',
    title: 'Fine-tuning (when a custom model is needed)',
    fields: [
      { path: 'fineTuning.trainingTokens', label: 'Training tokens', unit: 'tokens' },
      { path: 'fineTuning.epochs', label: 'Epochs', unit: 'passes', integer: true },
      { path: 'fineTuning.usdPerMTokTraining', label: 'Training price', unit: 'USD / 1M tokens' },
      { path: 'fineTuning.hostingUsdPerDeploymentHour', label: 'Hosting', unit: 'USD / deployment-hour' },
      { path: 'fineTuning.deployments', label: 'Deployments', unit: 'deployments', integer: true },
    ],
  },
  {
    id: 'platform',
    title: 'Platform lines (every option alike)',
    fields: [
      { path: 'platform.apiGateway.units', label: 'API gateway units', unit: 'units', integer: true },
      { path: 'platform.apiGateway.usdPerUnitMonth', label: 'API gateway unit price', unit: 'USD / month' },
      { path: 'platform.logIngestion.kbPerRequest', label: 'Logs per request', unit: 'KB' },
      { path: 'platform.logIngestion.usdPerGb', label: 'Log ingestion price', unit: 'USD / GB' },
      { path: 'platform.logIngestion.freeGbPerMonth', label: 'Free log ingestion', unit: 'GB / month' },
      { path: 'platform.egress.bytesPerOutputToken', label: 'Egress bytes per output token', unit: 'bytes' },
      { path: 'platform.egress.usdPerGb', label: 'Egress price', unit: 'USD / GB' },
      { path: 'platform.egress.freeGbPerMonth', label: 'Free egress', unit: 'GB / month' },
    ],
  },
];

/** Every number the cost models use, grouped as an architect reads them: general settings, then each option. */
export const ASSUMPTION_SECTIONS: readonly AssumptionSection[] = [
  GENERAL_SECTIONS[0]!,
  ...OPTION_IDS.map((id) => OPTION_REGISTRY[id].assumptions),
  ...GENERAL_SECTIONS.slice(1),
];
