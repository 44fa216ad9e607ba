import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createScenario } from '../../src/core';
import { ScenariosPanel } from '../../src/features/scenarios/scenarios-panel';
import { usePlannerStore } from '../../src/state/planner-store';
import { resetSavedStore, STORAGE_KEY, useSavedStore } from '../../src/state/saved-store';

function stored(text: string): void {
  localStorage.setItem(STORAGE_KEY, text);
  resetSavedStore();
}

beforeEach(() => {
  localStorage.clear();
  resetSavedStore();
  usePlannerStore.getState().presetChosen('azure');
});

const requests = () => usePlannerStore.getState().scenario.requirements.monthlyRequests;
const storedRequests = () =>
  useSavedStore.getState().items.map((item) => [item.name, item.scenario.requirements.monthlyRequests]);

async function saveNamed(user: ReturnType<typeof userEvent.setup>, name: string) {
  const field = screen.getByLabelText('Scenario name');
  await user.clear(field);
  await user.type(field, name);
  await user.click(screen.getByRole('button', { name: 'Save scenario' }));
}

describe('saved scenarios panel', () => {
  it('a set-aside list holding null (the blank results page of issue 10) is reported, not crashed on', async () => {
    stored('{"state":{"items":[],"setAside":[null]},"version":1}');
    render(<ScenariosPanel />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 stored entry could not be read (an entry in an unknown form)');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Discard them' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({
      state: { items: [], setAside: [] },
      version: 1,
    });
  });

  it('data of a newer version: lists what it reads, says it will not change it, offers no discard', () => {
    const good = { id: 'a', name: 'Readable', savedAt: '', scenario: createScenario('seed') };
    stored(JSON.stringify({ state: { items: [good, { id: 'b', v: 9 }] }, version: 2 }));
    render(<ScenariosPanel />);
    expect(screen.getByRole('note')).toHaveTextContent('stored by a newer version of AI Cost Planner');
    expect(screen.getByRole('button', { name: 'Open Readable' })).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: 'Discard them' })).toBeNull();
  });

  it('saving under a name in use asks first, then replaces that scenario in place', async () => {
    const user = userEvent.setup();
    render(<ScenariosPanel />);
    await saveNamed(user, 'Pilot');
    const before = requests();
    usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', before * 2);
    await saveNamed(user, '  pilot ');
    const prompt = screen.getByRole('alert');
    expect(prompt).toHaveTextContent('A saved scenario is already called “Pilot”');
    expect(storedRequests()).toEqual([['Pilot', before]]);
    await user.click(within(prompt).getByRole('button', { name: 'Replace “Pilot”' }));
    expect(storedRequests()).toEqual([['Pilot', before * 2]]);
    expect(screen.getByRole('status')).toHaveTextContent('Replaced “Pilot” with the current scenario.');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.items).toHaveLength(1);
  });

  it('"Keep both" saves under the first free name; "Cancel" saves nothing', async () => {
    const user = userEvent.setup();
    render(<ScenariosPanel />);
    await saveNamed(user, 'Pilot');
    await saveNamed(user, 'Pilot (2)');
    await saveNamed(user, 'Pilot');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Keep both' }));
    expect(storedRequests().map(([name]) => name)).toEqual(['Pilot', 'Pilot (2)', 'Pilot (3)']);
    await saveNamed(user, 'PILOT');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storedRequests()).toHaveLength(3);
  });

  it('compare lists the inputs that differ and says "same" where nothing changed', async () => {
    const user = userEvent.setup();
    render(<ScenariosPanel />);
    await saveNamed(user, 'Baseline');
    const select = screen.getByLabelText('Second scenario');
    await user.selectOptions(select, 'Baseline');
    const costs = screen.getByRole('table', { name: /Comparison: Current scenario vs Baseline/ });
    const volume = within(costs).getByRole('row', { name: /Volume/ });
    expect(within(volume).getAllByRole('cell')[2]).toHaveTextContent(/^same$/);
    expect(costs).not.toHaveTextContent(/0\.0|-0/);
    expect(
      screen.getByText('The two scenarios have the same inputs; only their names differ.'),
    ).toBeVisible();

    // The Azure preset's 500,000 requests become 500,000 × 1.1 = 550,000: one input differs; the current scenario
    // (first column) now has more volume than Baseline, so Baseline − current is negative.
    usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', requests() * 1.1);
    const differ = await screen.findByRole('table', { name: /Inputs that differ \(1\)/ });
    const row = within(differ).getByRole('row', { name: /Requests/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['550,000 requests / month', '500,000 requests / month']);
    expect(
      within(within(costs).getByRole('row', { name: /Volume/ })).getAllByRole('cell')[2],
    ).toHaveTextContent(/^−/);
  });
});
