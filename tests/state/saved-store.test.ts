import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScenario } from '../../src/core';
import { onStorageProblem, STORAGE_KEY, useSavedStore } from '../../src/state/saved-store';

function stored(): {
  state: { items: { name: string }[]; setAside: { reason: string; raw: unknown }[] };
  version: number;
} {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

beforeEach(async () => {
  localStorage.clear();
  useSavedStore.setState({ items: [], setAside: [] });
});
afterEach(() => {
  vi.restoreAllMocks();
  onStorageProblem(() => undefined);
});

describe('saved scenarios', () => {
  it('save, rename, duplicate and delete, persisted to localStorage', () => {
    const { scenarioSaved } = useSavedStore.getState();
    const first = scenarioSaved('  Baseline  ', createScenario('seed'));
    expect(first.name).toBe('Baseline');
    useSavedStore.getState().savedScenarioRenamed(first.id, 'Article example');
    useSavedStore.getState().savedScenarioDuplicated(first.id);
    expect(useSavedStore.getState().items.map((i) => i.name)).toEqual([
      'Article example',
      'Article example (copy)',
    ]);
    expect(stored().state.items.map((i) => i.name)).toEqual(['Article example', 'Article example (copy)']);
    useSavedStore.getState().savedScenarioDeleted(first.id);
    expect(stored().state.items.map((i) => i.name)).toEqual(['Article example (copy)']);
    expect(stored().version).toBe(1);
  });

  it('sets aside a corrupted or foreign entry, keeps it in storage and keeps the good ones', async () => {
    const good = {
      id: 'a',
      name: 'Good',
      savedAt: '2026-11-26T00:00:00Z',
      scenario: createScenario('azure'),
    };
    const bad = {
      id: 'b',
      name: 'Broken',
      savedAt: '',
      scenario: { ...createScenario('seed'), requirements: { monthlyRequests: -4 } },
    };
    const foreign = { hello: 'world' };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { items: [good, bad, foreign] }, version: 1 }));
    await useSavedStore.persist.rehydrate();
    const state = useSavedStore.getState();
    expect(state.items.map((i) => i.name)).toEqual(['Good']);
    const reasons = state.setAside.map((s) => s.reason);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(
      /^This saved scenario contains values the planner cannot use: requirements\.\w+ is required/,
    );
    expect(reasons[1]).toBe('missing id or name');
    // Written back: nothing was silently deleted.
    useSavedStore.getState().scenarioSaved('Another', createScenario('seed'));
    expect(stored().state.setAside.map((s) => s.raw)).toEqual([bad, foreign]);
  });

  it('keeps unreadable JSON aside instead of overwriting it', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"items": [tru');
    await useSavedStore.persist.rehydrate();
    expect(useSavedStore.getState().setAside).toEqual([
      { reason: 'unreadable data', raw: '{"state": {"items": [tru' },
    ]);
    useSavedStore.getState().scenarioSaved('New', createScenario('seed'));
    expect(stored().state.setAside[0]!.raw).toBe('{"state": {"items": [tru');
  });

  it('sets aside a whole store written by something else', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: 'not ours', version: 1 }));
    await useSavedStore.persist.rehydrate();
    expect(useSavedStore.getState().setAside).toEqual([
      { reason: 'not this planner’s data', raw: 'not ours' },
    ]);
  });

  it('reports a full storage and loses nothing in memory', () => {
    const problems: string[] = [];
    onStorageProblem((message) => problems.push(message));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    useSavedStore.getState().scenarioSaved('Big', createScenario('azure'));
    expect(useSavedStore.getState().items.map((i) => i.name)).toEqual(['Big']);
    expect(problems[0]).toMatch(/^Browser storage is full/);
  });
});
