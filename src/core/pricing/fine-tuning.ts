/**
 * Which API models Azure OpenAI can fine-tune, and where fine-tuned models can run on provisioned throughput
 * (Microsoft Learn fine-tuning cost management and deployment pages, 2026-02-11 / 2025-10-25; source
 * 'azure-openai-fine-tuning'). Inference on a fine-tuned Standard or Global Standard deployment costs the base
 * model's token prices plus an hourly hosting fee; PTU-hours replace the hosting fee.
 */
export type FineTuningRow = {
  modelId: string;
  /** Training price per 1M training tokens when published, else null (enter your own). */
  usdPerMTokTraining: number | null;
  /** Regional PTU for the fine-tuned model (preview), with its minimum and increment; null when not offered. */
  ptu: { minPtu: number; ptuStep: number; regions: string } | null;
};

export const FINE_TUNABLE_MODELS: readonly FineTuningRow[] = [
  { modelId: 'gpt-4.1', usdPerMTokTraining: 25, ptu: { minPtu: 50, ptuStep: 50, regions: 'Sweden Central' } },
  { modelId: 'gpt-4.1-mini', usdPerMTokTraining: 5.5, ptu: null },
  { modelId: 'gpt-4.1-nano', usdPerMTokTraining: null, ptu: null },
  {
    modelId: 'gpt-4o',
    usdPerMTokTraining: null,
    ptu: { minPtu: 50, ptuStep: 50, regions: 'North Central US, Sweden Central' },
  },
  {
    modelId: 'gpt-4o-mini',
    usdPerMTokTraining: null,
    ptu: { minPtu: 25, ptuStep: 25, regions: 'North Central US, Sweden Central' },
  },
  { modelId: 'o4-mini', usdPerMTokTraining: null, ptu: null },
];

/** The fine-tuning row of an API model, if Azure OpenAI fine-tunes it. */
export function findFineTunable(modelId: string): FineTuningRow | undefined {
  return FINE_TUNABLE_MODELS.find((row) => row.modelId === modelId);
}
