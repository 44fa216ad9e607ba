/**
 * Scenario paths of the inputs a sensitivity analysis may vary, apart from their descriptions
 * (uncertain-inputs.ts) so the schema can check `sensitivity.inputs` without a type cycle through Scenario.
 */
export const UNCERTAIN_INPUT_PATHS = [
  'requirements.monthlyRequests',
  'requirements.inputTokensPerRequest',
  'requirements.outputTokensPerRequest',
  'workload.peakToAverage',
  'workload.cacheHitShare',
  'workload.batchShare',
  'workload.reasoningTokensPerOutputToken',
  'options.serverless_api.usdPerMTokInput',
  'options.serverless_api.usdPerMTokOutput',
  'options.provisioned_throughput.ptu.usdPerPtuMonth',
  'options.custom_deployment.gpu.usdPerVmHour',
  'options.kubernetes.gpu.usdPerVmHour',
  'options.kubernetes.gpu.outputTokensPerSecondPerReplica',
  'options.custom_deployment.gpu.outputTokensPerSecondPerReplica',
  'options.kubernetes.labourUsdPerMonth',
  'options.custom_deployment.labourUsdPerMonth',
] as const;

export type UncertainPath = (typeof UNCERTAIN_INPUT_PATHS)[number];
