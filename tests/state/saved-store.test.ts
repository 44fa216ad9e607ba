import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScenario } from '../../src/core';
import { onStorageProblem, resetSavedStore, STORAGE_KEY, useSavedStore } from '../../src/state/saved-store';

type Stored = {
  state: { items: { id: string; name: string }[]; setAside?: unknown };
  version: number;
  [extra: string]: unknown;
};

function stored(): Stored {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

const names = () => useSavedStore.getState().items.map((i) => i.name);
const storedNames = () => stored().state.items.map((i) => i.name);

/** A stored item as an older or another tab wrote it. */
const entry = (id: string, name: string, savedAt = '2026-11-26T00:00:00.000Z') => ({
  id,
  name,
  savedAt,
  scenario: createScenario('seed'),
});

/** Another tab wrote `text`; the browser tells this one. */
function writtenElsewhere(text: string): void {
  localStorage.setItem(STORAGE_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
}

beforeEach(() => {
  localStorage.clear();
  resetSavedStore();
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
    expect(names()).toEqual(['Article example', 'Article example (copy)']);
    expect(storedNames()).toEqual(['Article example', 'Article example (copy)']);
    useSavedStore.getState().savedScenarioDeleted(first.id);
    expect(storedNames()).toEqual(['Article example (copy)']);
    expect(stored().version).toBe(1);
  });

  it('reading never writes: loading stored data leaves its text as it was', () => {
    const text = JSON.stringify(
      { state: { items: [entry('a', 'A')] }, version: 1, from: 'elsewhere' },
      null,
      1,
    );
    writtenElsewhere(text);
    expect(names()).toEqual(['A']);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
  });

  it('an entry it cannot read stays in place, byte for byte, and is shown as set aside', () => {
    const bad = '{ "id": "b", "name": "Broken",  "scenario": {"version": 1, "x": 1e400} }';
    const foreign = '{"hello":"world"}';
    writtenElsewhere(
      `{"state":{"items":[${JSON.stringify(entry('a', 'Good'))},${bad},${foreign}]},"version":1}`,
    );
    const state = useSavedStore.getState();
    expect(names()).toEqual(['Good']);
    expect(state.setAside.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^This saved scenario contains values the planner cannot use/),
      'missing id or name',
    ]);
    useSavedStore.getState().scenarioSaved('Another', createScenario('seed'));
    const good = useSavedStore.getState().items[0]!;
    useSavedStore.getState().savedScenarioDeleted(good.id);
    const text = localStorage.getItem(STORAGE_KEY)!;
    // Untouched: 1e400 would come back as null had the entry been parsed and written again.
    expect(text).toContain(`[${bad},${foreign},{`);
    expect(names()).toEqual(['Another']);
  });

  it('keeps unreadable JSON, as text, inside a set-aside entry on the next save', () => {
    writtenElsewhere('{"state": {"items": [tru');
    expect(useSavedStore.getState().setAside).toEqual([
      { reason: 'unreadable data', raw: '{"state": {"items": [tru', text: '{"state": {"items": [tru' },
    ]);
    // Nothing is written until the user saves.
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"state": {"items": [tru');
    useSavedStore.getState().scenarioSaved('New', createScenario('seed'));
    expect(stored().state.setAside).toEqual([
      { reason: 'unreadable data', raw: '{"state": {"items": [tru', savedAt: expect.any(String) },
    ]);
    expect(storedNames()).toEqual(['New']);
  });

  it('a set-aside list holding null is shown as an entry in an unknown form, not a crash', () => {
    writtenElsewhere(
      '{"state":{"items":[],"setAside":[null, {"reason": 7}, {"reason":"old","raw":1}]},"version":1}',
    );
    expect(useSavedStore.getState().setAside.map((s) => s.reason)).toEqual([
      'an entry in an unknown form',
      'an entry in an unknown form',
      'old',
    ]);
  });

  it('a set-aside value that is not a list is kept as it is when saving', () => {
    writtenElsewhere('{"state":{"items":[],"setAside":{"kept":true}},"version":1}');
    expect(useSavedStore.getState().setAside).toHaveLength(1);
    useSavedStore.getState().scenarioSaved('New', createScenario('seed'));
    expect(stored().state.setAside).toEqual({ kept: true });
  });

  it('data of a newer storage version stays byte for byte; this tab shows what it reads and keeps its saves', () => {
    const text = `{ "state": { "items": [${JSON.stringify(entry('a', 'From v2'))}, {"id":"b","format":3}],
      "folders": ["x"] }, "version": 2, "extra": true }`;
    writtenElsewhere(text);
    expect(names()).toEqual(['From v2']);
    expect(useSavedStore.getState().readOnly).toBe(true);
    const saved = useSavedStore.getState().scenarioSaved('Here only', createScenario('seed'));
    useSavedStore.getState().savedScenarioRenamed('a', 'Renamed here');
    useSavedStore.getState().setAsideDiscarded();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
    expect(names()).toEqual(['Renamed here', 'Here only']);
    expect(useSavedStore.getState().items[1]!.id).toBe(saved.id);
  });

  it('extra fields of this version survive a save: of the document, of its state and of each item', () => {
    const item = { ...entry('a', 'A'), colour: 'teal' };
    writtenElsewhere(
      JSON.stringify({ state: { items: [item], setAside: [], folders: [1] }, version: 1, meta: 'x' }),
    );
    useSavedStore.getState().savedScenarioRenamed('a', 'A2');
    useSavedStore.getState().scenarioSaved('B', createScenario('seed'));
    const after = stored();
    expect(after.meta).toBe('x');
    expect((after.state as Record<string, unknown>).folders).toEqual([1]);
    expect(after.state.items[0]).toMatchObject({ id: 'a', name: 'A2', colour: 'teal' });
    expect(storedNames()).toEqual(['A2', 'B']);
  });

  it('discarding removes only the set-aside entries the user saw', () => {
    writtenElsewhere('{"state":{"items":[{"id":"x"}],"setAside":[{"reason":"old","raw":1}]},"version":1}');
    expect(useSavedStore.getState().setAside).toHaveLength(2);
    // Another tab stores a new unreadable entry; this tab has not been told yet.
    localStorage.setItem(
      STORAGE_KEY,
      '{"state":{"items":[{"id":"x"},{"id":"y"}],"setAside":[{"reason":"old","raw":1}]},"version":1}',
    );
    useSavedStore.getState().setAsideDiscarded();
    expect(stored().state).toEqual({ items: [{ id: 'y' }], setAside: [] });
    expect(useSavedStore.getState().setAside.map((s) => s.reason)).toEqual(['missing id or name']);
  });

  it('sets the stored data aside under a key of its own, unchanged', () => {
    const text = '{"state":{"items":[{"id":"x"}]},"version":1}';
    writtenElsewhere(text);
    const key = useSavedStore.getState().storedDataSetAside();
    expect(key).toMatch(/^ai-cost-planner:saved-scenarios:set-aside:/);
    expect(localStorage.getItem(key!)).toBe(text);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(useSavedStore.getState().setAside).toEqual([]);
  });

  it('reports a full storage, keeps the change in this tab and stores it with the next write', () => {
    const problems: string[] = [];
    onStorageProblem((message) => problems.push(message));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    useSavedStore.getState().scenarioSaved('Big', createScenario('azure'));
    expect(names()).toEqual(['Big']);
    expect(problems[0]).toMatch(/^Browser storage is full/);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    // Still shown after another tab writes, and stored with this tab's next change.
    writtenElsewhere(JSON.stringify({ state: { items: [entry('o', 'Other')] }, version: 1 }));
    expect(names()).toEqual(['Other', 'Big']);
    useSavedStore.getState().scenarioSaved('Small', createScenario('seed'));
    expect(setItem).toHaveBeenCalledTimes(3);
    expect(storedNames()).toEqual(['Other', 'Big', 'Small']);
  });
});

describe('two tabs', () => {
  /** A second copy of the store module: another tab, sharing this window's localStorage. */
  async function otherTab() {
    vi.resetModules();
    return (await import('../../src/state/saved-store')).useSavedStore;
  }

  it('both tabs save without reading each other first: both scenarios survive and both tabs list both', async () => {
    const tabB = await otherTab();
    useSavedStore.getState().scenarioSaved('Alpha', createScenario('seed'));
    // Tab B has not seen Alpha (no storage event yet) when it saves.
    tabB.getState().scenarioSaved('Beta', createScenario('azure'));
    expect(storedNames()).toEqual(['Alpha', 'Beta']);
    expect(tabB.getState().items.map((i) => i.name)).toEqual(['Alpha', 'Beta']);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(names()).toEqual(['Alpha', 'Beta']);
  });

  it('a delete in one tab removes only that id; a rename in the other survives', async () => {
    writtenElsewhere(JSON.stringify({ state: { items: [entry('a', 'A'), entry('b', 'B')] }, version: 1 }));
    const tabB = await otherTab();
    useSavedStore.getState().savedScenarioDeleted('a');
    tabB.getState().savedScenarioRenamed('b', 'B renamed');
    expect(storedNames()).toEqual(['B renamed']);
    tabB.getState().savedScenarioDuplicated('b');
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(names()).toEqual(['B renamed', 'B renamed (copy)']);
  });

  it('renaming an entry the other tab deleted keeps it, under its new name', async () => {
    writtenElsewhere(JSON.stringify({ state: { items: [entry('a', 'A')] }, version: 1 }));
    const tabB = await otherTab();
    useSavedStore.getState().savedScenarioDeleted('a');
    tabB.getState().savedScenarioRenamed('a', 'Kept');
    expect(storedNames()).toEqual(['Kept']);
  });

  it('a storage event from a cleared storage empties the list', () => {
    useSavedStore.getState().scenarioSaved('Alpha', createScenario('seed'));
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(names()).toEqual([]);
  });
});
