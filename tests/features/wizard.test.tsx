import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/features/wizard/wizard';
import { usePlannerStore } from '../../src/state/planner-store';

function renderWizard() {
  const onEditAssumptions = vi.fn();
  render(<Wizard onEditAssumptions={onEditAssumptions} />);
  return { user: userEvent.setup(), onEditAssumptions };
}

const currentStep = () =>
  within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { current: 'step' });

describe('wizard navigation', () => {
  it('walks Workload → Constraints → Budget → Pricing with Next and back with Back', async () => {
    const { user } = renderWizard();
    expect(currentStep()).toHaveTextContent('Workload');
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentStep()).toHaveTextContent('Constraints');
    expect(screen.getByLabelText('Data sensitivity')).toBeInTheDocument();
    expect(screen.getByLabelText('Latency target')).toHaveValue('500');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Monthly budget')).toHaveValue('5,000');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentStep()).toHaveTextContent('Pricing');
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(currentStep()).toHaveTextContent('Budget');
  });

  it('moves focus to the new step heading', async () => {
    const { user } = renderWizard();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 3 })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Step 2 of 4: Constraints');
  });

  it('Enter in a field goes to the next step; See results on the last step opens results', async () => {
    const { user } = renderWizard();
    await user.click(screen.getByLabelText('Monthly requests'));
    await user.keyboard('{Enter}');
    expect(currentStep()).toHaveTextContent('Constraints');
    act(() => usePlannerStore.getState().stepChanged(3));
    expect(currentStep()).toHaveTextContent('Pricing');
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(usePlannerStore.getState().view).toBe('results');
  });

  it('answers reach the scenario: sensitivity, custom model, expertise', async () => {
    const { user } = renderWizard();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(
      screen.getByRole('radio', { name: /^High/, description: /must not cross the public internet/ }),
    );
    await user.click(screen.getByLabelText('Custom model'));
    const expertise = screen.getByLabelText('Team ML expertise');
    await user.click(within(expertise).getByRole('radio', { name: /^High/ }));
    expect(usePlannerStore.getState().scenario.requirements).toMatchObject({
      dataSensitivity: 'high',
      needCustomModel: true,
      mlExpertise: 'high',
    });
  });
});

describe('progress bar', () => {
  it('each step’s width has a rule in the stylesheet (no style attribute: the page’s CSP would block it)', async () => {
    const css = readFileSync('src/app/styles/wizard.css', 'utf8');
    const user = userEvent.setup();
    render(<Wizard onEditAssumptions={() => undefined} />);
    const seen: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      const bar = document.querySelector('.progress__bar')!;
      expect(bar.getAttribute('style')).toBeNull();
      const progress = bar.getAttribute('data-progress')!;
      seen.push(progress);
      expect(css).toContain(`.progress__bar[data-progress='${progress}'] {\n  width: ${progress}%;`);
      if (step < 3) await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(seen).toEqual(['25', '50', '75', '100']);
  });
});

describe('number fields', () => {
  it('accept 1.5M and 2,000,000 style input', async () => {
    const { user } = renderWizard();
    const requests = screen.getByLabelText('Monthly requests');
    await user.clear(requests);
    await user.type(requests, '1.5M');
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(1_500_000);
    await user.clear(requests);
    await user.type(requests, '2,000,000');
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(2_000_000);
    await user.tab();
    expect(requests).toHaveValue('2,000,000');
  });

  it('show an inline message for a negative number and keep the last valid value', async () => {
    const { user } = renderWizard();
    const requests = screen.getByLabelText('Monthly requests');
    await user.clear(requests);
    await user.type(requests, '-5');
    expect(requests).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveAccessibleDescription(/Must be at least 0\./);
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(500_000);
    expect(requests).toHaveValue('-5');
  });

  it('explain text that is not a number', async () => {
    const { user } = renderWizard();
    const input = screen.getByLabelText('Input tokens per request');
    await user.clear(input);
    await user.type(input, 'lots');
    expect(input).toHaveAccessibleDescription(/Enter a number, like 1\.5M or 2,000,000\./);
    expect(usePlannerStore.getState().scenario.requirements.inputTokensPerRequest).toBe(800);
  });

  it('reject an absurdly large volume next to the field', async () => {
    const { user } = renderWizard();
    const requests = screen.getByLabelText('Monthly requests');
    await user.clear(requests);
    await user.paste('1T');
    // 1e12 requests × 1,200 tokens = 1.2e15 tokens > 1e15
    expect(requests).toHaveAccessibleDescription(
      /Gives more than 1,000,000,000,000,000 tokens a month: check the volume\./,
    );
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(500_000);
  });

  it('convert percentages: 25% prompt cache hits is a 0.25 share; 120% is refused in %', async () => {
    const { user } = renderWizard();
    const cache = screen.getByLabelText('Prompt cache hits');
    await user.clear(cache);
    await user.type(cache, '25');
    expect(usePlannerStore.getState().scenario.workload.cacheHitShare).toBe(0.25);
    await user.clear(cache);
    await user.paste('120');
    expect(cache).toHaveAccessibleDescription(/Must be at most 100%\./);
    expect(usePlannerStore.getState().scenario.workload.cacheHitShare).toBe(0.25);
  });

  it('load-shape presets set the peak-to-average factor', async () => {
    const { user } = renderWizard();
    await user.click(screen.getByRole('button', { name: 'Business hours (5×)' }));
    expect(usePlannerStore.getState().scenario.workload.peakToAverage).toBe(5);
    expect(screen.getByLabelText('Peak-to-average load')).toHaveValue('5');
    expect(screen.getByRole('button', { name: 'Business hours (5×)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('show the monthly token volume the answers imply', async () => {
    const { user } = renderWizard();
    expect(screen.getByText(/600M tokens a month/)).toBeInTheDocument();
    const output = screen.getByLabelText('Output tokens per request');
    await user.clear(output);
    await user.type(output, '1200');
    // 500,000 × (800 + 1,200) = 1.0B
    expect(screen.getByText(/1\.0B tokens a month/)).toBeInTheDocument();
  });
});
