import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createScenario } from '../../src/core';
import { ScenariosPanel } from '../../src/features/scenarios/scenarios-panel';
import { resetSavedStore, STORAGE_KEY } from '../../src/state/saved-store';

function stored(text: string): void {
  localStorage.setItem(STORAGE_KEY, text);
  resetSavedStore();
}

beforeEach(() => {
  localStorage.clear();
  resetSavedStore();
});

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
});
