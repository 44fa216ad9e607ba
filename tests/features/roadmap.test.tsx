import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScenario } from '../../src/core';
import { RoadmapPanel } from '../../src/features/roadmap/roadmap-panel';
import { usePlannerStore } from '../../src/state/planner-store';

function renderOnAzure() {
  act(() => usePlannerStore.getState().scenarioLoaded(createScenario('azure')));
  const user = userEvent.setup();
  render(<RoadmapPanel />);
  return user;
}

const evolution = () => usePlannerStore.getState().scenario.evolution;
const sentences = () =>
  within(screen.getByRole('list', { name: 'The plan in sentences' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

async function retype(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
  return field;
}

// Each keystroke re-plans the roadmap and re-renders its tables; on a busy two-core machine that takes seconds.
describe('roadmap panel', { timeout: 20_000 }, () => {
  it('plans the growth typed into the panel and tells it in sentences and totals', async () => {
    const user = renderOnAzure();
    await retype(user, 'Monthly growth', '5');
    expect(evolution().growth.monthlyRate).toBeCloseTo(0.05, 12);
    // 2,400 × (1.05^36 − 1) ÷ 0.05 = 230,007; month 35: 600M × 1.05^35 = 3.31B tokens, $13,238.
    expect(sentences()).toEqual([
      'Start on Serverless API serving GPT-4.1 ($2,400/month).',
      'Stay on it for all 36 months while volume grows from 600M to 3.31B tokens/month and the monthly cost from $2,400 to $13,238.',
      'Over 36 months the plan costs $230,007: the best single choice, Serverless API serving GPT-4.1 all along, is the plan.',
    ]);
    const totals = screen.getByRole('table', { name: 'Total cost over 36 months' });
    expect(within(totals).getByRole('rowheader', { name: 'This roadmap' }).closest('tr')).toHaveTextContent(
      '$230,007',
    );
  });

  it('keeps a horizon of 0 out of the scenario and says why next to the field', async () => {
    const user = renderOnAzure();
    const field = await retype(user, 'Horizon', '0');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.closest('.field')).toHaveTextContent(/Must be at least 1/);
    expect(evolution().horizonMonths).toBe(36);
    expect(sentences().join(' ')).not.toMatch(/NaN/);
  });

  it('names a discount rate over 100% in percent, as the field is typed (review: it said "at most 1")', async () => {
    const user = renderOnAzure();
    const field = await retype(user, 'Annual discount rate', '101');
    await user.tab();
    expect(field.closest('.field')).toHaveTextContent('Must be at most 100%.');
    // Fields commit as typed: "10" was valid (10% = 0.1) and stays; "101" is refused.
    expect(evolution().annualDiscountRate).toBeCloseTo(0.1, 12);
  });

  it('edits known volumes and refuses months out of order', async () => {
    const user = renderOnAzure();
    await user.click(screen.getByRole('radio', { name: 'Known volumes' }));
    expect(evolution().growth.mode).toBe('points');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(evolution().growth.points).toEqual([
      { month: 12, monthlyTokens: 600e6 },
      { month: 24, monthlyTokens: 600e6 },
    ]);
    await retype(user, 'Volume of point 2', '2.4B');
    expect(evolution().growth.points[1]).toEqual({ month: 24, monthlyTokens: 2.4e9 });
    const month = await retype(user, 'Month of point 2', '6');
    expect(month.closest('.field')).toHaveTextContent(
      'Months must be in ascending order, each at most once.',
    );
    expect(evolution().growth.points[1]?.month).toBe(24);
    await user.click(screen.getByRole('button', { name: 'Remove point 1' }));
    expect(evolution().growth.points).toEqual([{ month: 24, monthlyTokens: 2.4e9 }]);
  });

  it('switches between setup costs and a fixed switching cost, and discounts', async () => {
    const user = renderOnAzure();
    const setup = screen.getByRole('checkbox', { name: 'Moves cost the setup of the option moved to' });
    expect(setup).toBeChecked();
    await user.click(setup);
    expect(evolution().switchingCostUsd).toBe(0);
    await retype(user, 'Switching cost', '20,000');
    expect(evolution().switchingCostUsd).toBe(20_000);
    // Every start is an entry: the API all along now costs 36 × 2,400 + 20,000 = 106,400.
    expect(sentences().at(-1)).toContain('$106,400');
    await user.click(setup);
    expect(evolution().switchingCostUsd).toBeNull();
    await retype(user, 'Annual discount rate', '8');
    expect(evolution().annualDiscountRate).toBeCloseTo(0.08, 12);
    expect(screen.getByText(/present value/, { selector: '.roadmap__headline' })).toBeInTheDocument();
  });

  it('zooms on the roadmap by leaving out choices that cost over three times as much, and says so', async () => {
    const user = renderOnAzure();
    const zoom = screen.getByRole('button', { name: 'Zoom on the roadmap' });
    expect(zoom).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Not drawn, costing over 3× the roadmap a month/)).toHaveTextContent(
      'Custom deployment, Kubernetes (self-hosted)',
    );
    await user.click(zoom);
    expect(zoom).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText(/Not drawn/)).toBeNull();
  });
});

describe('growth settings are the user’s answers', () => {
  it('survive a change of price preset', () => {
    act(() => usePlannerStore.getState().fieldChanged('evolution.growth.monthlyRate', 0.05));
    act(() => usePlannerStore.getState().presetChosen('azure'));
    expect(evolution().growth.monthlyRate).toBe(0.05);
  });
});
