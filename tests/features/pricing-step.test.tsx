import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/features/wizard/wizard';
import { usePlannerStore } from '../../src/state/planner-store';

async function openPricing(preset: 'seed' | 'azure' = 'azure') {
  const user = userEvent.setup();
  act(() => {
    usePlannerStore.getState().presetChosen(preset);
    usePlannerStore.getState().stepChanged(3);
  });
  render(<Wizard onEditAssumptions={vi.fn()} />);
  await screen.findByLabelText('API model', {}, { timeout: 10_000 });
  return user;
}

describe('pricing step', () => {
  it('a curated model sets its rates and cites the list', async () => {
    const user = await openPricing();
    await user.selectOptions(screen.getByLabelText('API model'), 'gpt-4.1-mini');
    const serverless = usePlannerStore.getState().scenario.options.serverless_api;
    expect([
      serverless.usdPerMTokInput,
      serverless.usdPerMTokCachedInput,
      serverless.usdPerMTokOutput,
    ]).toEqual([0.4, 0.1, 1.6]);
    expect(serverless.catalog).toMatchObject({ source: 'curated', asOf: '2026-09-23' });
    expect(screen.getByLabelText('API model')).toHaveAccessibleDescription(
      /\$0\.40 input · \$0\.10 cached · \$1\.60 output per 1M tokens\. Curated list, prices of 2026-09-23\./,
    );
  });

  it('the seed preset’s model is named, not shown by its id', async () => {
    await openPricing('seed');
    const select = screen.getByLabelText<HTMLSelectElement>('API model');
    expect(select.selectedOptions[0]?.textContent).toBe('The article’s unnamed model');
    expect(select).not.toHaveTextContent('seed-illustrative');
  });

  it('PTU model and reservation term come from Microsoft’s table', async () => {
    const user = await openPricing();
    await user.selectOptions(screen.getByLabelText('PTU reservation'), 'hourly');
    expect(usePlannerStore.getState().scenario.options.provisioned_throughput.ptu).toMatchObject({
      term: 'hourly',
      usdPerPtuMonth: 730,
    });
    // PTUs follow the API model until unticked; then a row of Microsoft's table can be chosen.
    expect(screen.queryByLabelText('PTU model')).toBeNull();
    await user.click(screen.getByLabelText('PTUs serve the API model (GPT-4.1)'));
    await user.selectOptions(screen.getByLabelText('PTU model'), 'gpt-4o-mini');
    const provisioned = usePlannerStore.getState().scenario.options.provisioned_throughput;
    expect(provisioned.followApiModel).toBe(false);
    expect(provisioned.ptu).toMatchObject({
      modelId: 'gpt-4o-mini',
      inputTpmPerPtu: 37000,
      outputTokenWeight: 3,
    });
  });

  it('the spillover variant can be switched on with a cost-minimising base', async () => {
    const user = await openPricing();
    await user.click(screen.getByLabelText('Reserve a base and spill over to pay-per-token'));
    expect(usePlannerStore.getState().scenario.options.provisioned_throughput.spillover).toEqual({
      enabled: true,
      basePtu: null,
    });
    await user.click(screen.getByLabelText('Cost-minimising base'));
    expect(usePlannerStore.getState().scenario.options.provisioned_throughput.spillover.basePtu).toBe(15);
    const base = screen.getByLabelText('Reserved base');
    await user.clear(base);
    await user.type(base, '25');
    expect(usePlannerStore.getState().scenario.options.provisioned_throughput.spillover.basePtu).toBe(25);
  });

  it('the open-weight model applies to both self-hosted options, each on the cheapest VM that holds it', async () => {
    const user = await openPricing();
    expect(screen.getByLabelText('Open-weight model')).toHaveValue('auto');
    await user.selectOptions(screen.getByLabelText('Open-weight model'), 'Llama-3.3-70B-Instruct@bf16');
    const picked = usePlannerStore.getState().scenario.options;
    // BF16 70B needs four 80 GB GPUs per replica: the 4× A100 VM is the cheapest that holds it
    expect(picked.custom_deployment.gpu).toMatchObject({
      selection: 'manual',
      modelId: 'Llama-3.3-70B-Instruct',
      gpusPerReplica: 4,
      vmSize: 'Standard_NC96ads_A100_v4',
    });
    await user.selectOptions(screen.getByLabelText('Kubernetes nodes: GPU VM'), 'Standard_ND96isr_H100_v5');
    await user.selectOptions(screen.getByLabelText('Kubernetes nodes: price'), 'spot');
    const { kubernetes } = usePlannerStore.getState().scenario.options;
    expect(kubernetes.gpu).toMatchObject({
      modelId: 'Llama-3.3-70B-Instruct',
      vmSize: 'Standard_ND96isr_H100_v5',
      priceTerm: 'spot',
      usdPerVmHour: 18.17, // the listed spot meter
      outputTokensPerSecondPerReplica: 1800, // the H100 figure
    });
    // Back to the planner's choice.
    await user.selectOptions(screen.getByLabelText('Open-weight model'), 'auto');
    expect(usePlannerStore.getState().scenario.options.kubernetes.gpu?.selection).toBe('auto');
  });

  it('the seed preset shows no PTU or GPU choices (the article prices them as flat fees)', async () => {
    await openPricing('seed');
    expect(screen.queryByLabelText('PTU model')).toBeNull();
    expect(screen.queryByLabelText('Open-weight model')).toBeNull();
  });

  it('a display currency needs a rate and a date; the scenario carries them', async () => {
    const user = await openPricing();
    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    const rate = screen.getByLabelText('Exchange rate');
    await user.clear(rate);
    await user.type(rate, '0.92');
    const date = screen.getByLabelText('Rate date');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Show amounts in EUR' }));
    expect(usePlannerStore.getState().scenario.display).toEqual({
      currency: 'EUR',
      usdToCurrency: 0.92,
      rateAsOf: '2026-11-20',
    });
    expect(screen.getByText('Showing amounts in EUR.')).toBeInTheDocument();
  });
});
