import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScenario } from '../../src/core';
import { RecommendationCard } from '../../src/features/results/recommendation-card';
import { SensitivityPanel } from '../../src/features/sensitivity/sensitivity-panel';
import { usePlannerStore } from '../../src/state/planner-store';
import { evaluationOf } from '../../src/state/selectors';

function renderOnAzure() {
  act(() => usePlannerStore.getState().scenarioLoaded(createScenario('azure')));
  const user = userEvent.setup();
  render(<SensitivityPanel />);
  return user;
}

const sensitivity = () => usePlannerStore.getState().scenario.sensitivity;

describe('sensitivity panel', { timeout: 30_000 }, () => {
  it('states what would change the decision and lists every threshold', async () => {
    renderOnAzure();
    // 20 PTU × p = the API's $2,400 → p = $120 (−46% from $221).
    const table = await screen.findByRole('table', { name: /Where the recommendation changes/ });
    const ptu = within(table).getByRole('rowheader', { name: 'PTU price' }).closest('tr')!;
    expect(ptu).toHaveTextContent('Below $120 per PTU a month (−46%): Provisioned throughput');
    expect(ptu).toHaveTextContent('Exactly');
    // Nearest first: the PTU price (−46%) comes before the API output price (×2.3).
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows.indexOf('PTU price')).toBeLessThan(rows.indexOf('API output price'));
    expect(screen.getByText(/^Holds while the PTU price stays above \$120/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });

  it('has the tornado as a chart with a text alternative and as a table', async () => {
    renderOnAzure();
    const figures = await screen.findByRole('table', { name: /Tornado figures/ });
    // Volume ×0.5 / ×2: 300M and 1.2B tokens; PTU − API at 1.2B is 2 × … (from the core's tornado) — here, the text.
    const volume = within(figures).getByRole('rowheader', { name: 'Volume' }).closest('tr')!;
    expect(volume).toHaveTextContent('300M');
    expect(volume).toHaveTextContent('1.2B');
    expect(volume).toHaveTextContent('holds / holds');
    expect(screen.getByRole('img', { name: /^Tornado chart of 16 inputs/ })).toBeInTheDocument();
  });

  it('edits a range by keyboard, refuses a low above the high next to the field, and keeps it in the scenario', async () => {
    const user = renderOnAzure();
    await user.click(screen.getByRole('button', { name: /Edit the ranges of 16 inputs/ }));
    const volume = screen.getByRole('group', { name: /^Volume/ });
    const low = within(volume).getByLabelText('Low');
    await user.clear(low);
    await user.type(low, '3,000,000');
    await user.tab();
    expect(low).toHaveAttribute('aria-invalid', 'true');
    expect(low.closest('.field')).toHaveTextContent(/Must be at most the high value \(1\.2B tokens\/month\)/);
    // Fields commit as they are typed: "3" and "3,000" were fine lows, "3,000,000" never reached the scenario.
    expect(sensitivity().inputs.map((i) => i.low)).not.toContain(3_000_000);

    await user.clear(low);
    await user.type(low, '100,000');
    await user.tab();
    expect(sensitivity().inputs).toEqual([
      { path: 'requirements.monthlyRequests', low: 100_000, high: 1_000_000, uncertain: true },
    ]);
    const uncertain = within(volume).getByRole('checkbox', { name: 'Uncertain: varies in the simulation' });
    uncertain.focus();
    await user.keyboard(' ');
    expect(sensitivity().inputs[0]!.uncertain).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Reset every range to its default' }));
    expect(sensitivity().inputs).toEqual([]);
  });

  it('runs the simulation (synchronously without a worker) with the seed in the scenario', async () => {
    const user = renderOnAzure();
    const seed = screen.getByLabelText('Random seed');
    await user.clear(seed);
    await user.type(seed, '7');
    await user.tab();
    expect(sensitivity().seed).toBe(7);
    const samples = screen.getByLabelText('Samples');
    await user.clear(samples);
    await user.type(samples, '500');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await waitFor(() => expect(screen.getByText('Done: 500 samples with seed 7.')).toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'Simulation figures: 500 samples, seed 7' });
    const api = within(table)
      .getByRole('rowheader', { name: 'Serverless API (recommended today)' })
      .closest('tr')!;
    expect(api).toHaveTextContent('100%');
    // A changed input marks the figures as out of date.
    act(() => usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', 600_000));
    expect(screen.getByRole('status')).toHaveTextContent('The inputs changed since this run');
  });
});

describe('recommendation card', () => {
  it('shows the threshold sentence it is given under the option', () => {
    const scenario = createScenario('azure');
    render(
      <RecommendationCard
        evaluation={evaluationOf(scenario)}
        display={scenario.display}
        theme="light"
        holds={<p className="recommendation__holds">Holds while volume stays below 1.0B tokens/month.</p>}
      />,
    );
    const card = screen.getByRole('region', { name: 'Recommendation' });
    expect(within(card).getByText('Holds while volume stays below 1.0B tokens/month.')).toBeInTheDocument();
  });
});
