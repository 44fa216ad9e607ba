import { describe, expect, it } from 'vitest';
import { createScenario, gpuFor, ptuFor, withLocality, evaluateScenario } from '../../src/core';
import { expectRelClose } from './helpers';

describe('pricing choices from the sourced tables', () => {
  it('PTU rows: gpt-4o Regional yearly = 2,916 ÷ 12 per PTU-month, minimum 50, steps of 50', () => {
    expect(ptuFor('gpt-4o', 'regional', 'yearly')).toEqual({
      modelId: 'gpt-4o',
      term: 'yearly',
      usdPerPtuMonth: 2916 / 12,
      inputTpmPerPtu: 2500,
      outputTokenWeight: 3,
      minPtu: 50,
      ptuStep: 50,
    });
    // hourly Global: $1/h × 730 h
    expect(ptuFor('gpt-4.1', 'global', 'hourly')?.usdPerPtuMonth).toBe(730);
    expect(ptuFor('not-a-model', 'global', 'hourly')).toBeNull();
  });

  it('moving to Data Zone raises serverless rates 10% and re-prices untouched PTUs', () => {
    const azure = createScenario('azure');
    const zoned = withLocality(azure, 'data_zone');
    expect(zoned.options.provisioned_throughput.ptu).toMatchObject({
      usdPerPtuMonth: 2916 / 12,
      minPtu: 15,
      ptuStep: 5,
    });
    // serverless 2,400 × 1.1 = 2,640
    expectRelClose(evaluateScenario(zoned).options.find((o) => o.id === 'serverless_api')!.monthlyCost, 2640);
    // an edited PTU price is left alone
    const edited = createScenario('azure');
    edited.options.provisioned_throughput.ptu!.usdPerPtuMonth = 200;
    expect(withLocality(edited, 'regional').options.provisioned_throughput.ptu!.usdPerPtuMonth).toBe(200);
  });

  it('GPU choices: Llama-70B on 4× A100 keeps headroom and minimum, takes throughput and sizes from the tables', () => {
    const gpu = createScenario('azure').options.custom_deployment.gpu!;
    const next = gpuFor(
      { ...gpu, targetPeakUtilization: 0.6, minReplicas: 3 },
      { modelId: 'Llama-3.1-70B-Instruct', vmSize: 'Standard_NC96ads_A100_v4' },
    );
    expect(next).toMatchObject({
      vmSize: 'Standard_NC96ads_A100_v4',
      gpusPerVm: 4,
      usdPerVmHour: 14.69,
      modelId: 'Llama-3.1-70B-Instruct',
      weightsGb: 140,
      kvCacheMbPerToken: 0.328,
      selection: 'manual',
      gpusPerReplica: 4,
      outputTokensPerSecondPerReplica: 800,
      targetPeakUtilization: 0.6,
      minReplicas: 3,
    });
    // H100 doubles throughput for the same model; a 1-year reservation takes the reserved price
    expect(gpuFor(next, { vmSize: 'Standard_ND96isr_H100_v5', priceTerm: 'reserved_1y' })).toMatchObject({
      outputTokensPerSecondPerReplica: 1800,
      usdPerVmHour: 61.6,
      gpusPerVm: 8,
    });
  });

  it('reports the utilisation at which PTU beats pay-per-token: 221 ÷ (65.7M tokens × $4/1M) = 84%', () => {
    // one gpt-4.1 PTU serves 3,000 TPM × 43,800 min ÷ 2 equivalent tokens per token (2/3 + 1/3 × 4) = 65.7M tokens
    const ptu = evaluateScenario(createScenario('azure')).options.find(
      (o) => o.id === 'provisioned_throughput',
    )!;
    expectRelClose(ptu.capacity!.breakEvenUtilization!, 221 / (65.7e6 * 4e-6));
    expect(ptu.notes.join(' ')).toContain(
      'PTUs beat pay-per-token above 84% average utilisation (batch and cache discounts included); sized for the peak they average 46%.',
    );
  });

  it('the PTU break-even utilisation counts the batch discount: with every request on batch it doubles to 168%', () => {
    // The API rate halves (batch share 1 × 50% off): $4 → $2 per 1M, so 221 ÷ (65.7M × $2/1M) = 168%: never.
    const batch = createScenario('azure');
    batch.workload.batchShare = 1;
    const ptu = evaluateScenario(batch).options.find((o) => o.id === 'provisioned_throughput')!;
    expectRelClose(ptu.capacity!.breakEvenUtilization!, 221 / (65.7e6 * 2e-6));
    expect(ptu.notes.join(' ')).toContain('it would need 168%, batch and cache discounts included');
  });

  it('a reset of the GPU price goes to the chosen VM’s own price, never to a stale preset value', () => {
    // The 4-GPU VM at pay-as-you-go: $14.69/h, not the 1-GPU VM's $3.673 the preset started from.
    const gpu = gpuFor(createScenario('azure').options.custom_deployment.gpu!, {
      vmSize: 'Standard_NC96ads_A100_v4',
      modelId: 'Llama-3.1-8B-Instruct',
    });
    const edited = { ...gpu, usdPerVmHour: 1 };
    expect(gpuFor(edited, {}).usdPerVmHour).toBe(14.69);
  });
});
