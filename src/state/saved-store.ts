import { create } from 'zustand';
import type { Scenario } from '../core';
import {
  applyChanges,
  cleanName,
  readStoredDocument,
  serialize,
  viewOf,
  type SavedChange,
  type SavedScenario,
  type SetAside,
  type StoredDocument,
} from './saved-document';

export type { SavedScenario, SetAside } from './saved-document';

/**
 * Saved scenarios, shared by every tab of this browser through localStorage. Each tab writes only its own
 * changes, replayed on what is stored at that moment (see saved-document.ts), and reads again when another tab
 * writes (`storage` event): two tabs saving at once both keep both scenarios. A change that could not be stored
 * (storage full or unavailable, or data of a newer version) stays pending in this tab and is replayed on the
 * next write, so it is neither lost nor shown as stored.
 */
export type SavedInputs = {
  items: SavedScenario[];
  setAside: SetAside[];
  /** Storage holds data of a newer version of the planner: this tab shows it but does not write it. */
  readOnly: boolean;
};

export type SavedEvents = {
  scenarioSaved: (name: string, scenario: Scenario) => SavedScenario;
  savedScenarioRenamed: (id: string, name: string) => void;
  savedScenarioDuplicated: (id: string) => void;
  savedScenarioDeleted: (id: string) => void;
  /** Saving again under an existing name: that entry now holds this scenario. */
  savedScenarioReplaced: (id: string, scenario: Scenario) => void;
  /** The user chose to discard the unreadable entries after seeing them (only those they saw). */
  setAsideDiscarded: () => void;
  /**
   * The way out when the saved scenarios cannot be shown: the stored text moves, unchanged, to a key of its own
   * and the list starts empty. Returns that key, or null when nothing was moved.
   */
  storedDataSetAside: () => string | null;
  /** Storage was changed by another tab: read it again. */
  storageChanged: () => void;
};

export type SavedState = SavedInputs & SavedEvents;

export const STORAGE_KEY = 'ai-cost-planner:saved-scenarios';

/** Storage problems (full, unavailable) reach the UI through this listener. */
let reportProblem: (message: string) => void = () => undefined;
export function onStorageProblem(listener: (message: string) => void): void {
  reportProblem = listener;
}

const UNAVAILABLE =
  'This browser does not allow saving here (storage is unavailable). Scenarios you save last only until the tab closes.';
const FULL =
  'Browser storage is full: your saved scenarios are still open in this tab but the latest change was not stored. Delete a saved scenario or export it as JSON.';

/** Changes made in this tab that are not in storage yet (replayed on every read and write). */
let pending: SavedChange[] = [];

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now()}-${Math.round(Math.random() * 1e9)}`;
}

function readText(): { ok: true; text: string | null } | { ok: false } {
  try {
    return { ok: true, text: localStorage.getItem(STORAGE_KEY) };
  } catch {
    return { ok: false };
  }
}

function current(): StoredDocument {
  const stored = readText();
  return applyChanges(stored.ok ? readStoredDocument(stored.text) : { kind: 'empty' }, pending);
}

function inputsOf(document: StoredDocument): SavedInputs {
  return { ...viewOf(document), readOnly: document.kind === 'newer' };
}

export const useSavedStore = create<SavedState>()((set, get) => {
  const refresh = () => set(inputsOf(current()));

  /** Re-reads storage, replays this tab's pending changes and this one on it, and writes the result. */
  const commit = (change: SavedChange) => {
    pending = [...pending, change];
    const stored = readText();
    const document = applyChanges(stored.ok ? readStoredDocument(stored.text) : { kind: 'empty' }, pending);
    const text = serialize(document);
    if (!stored.ok) reportProblem(UNAVAILABLE);
    else if (text !== null) {
      try {
        localStorage.setItem(STORAGE_KEY, text);
        pending = [];
      } catch {
        reportProblem(FULL);
      }
    }
    set(inputsOf(document));
  };

  /** The item as stored now (another tab may have renamed it), else as this tab last saw it. */
  const latest = (id: string) => {
    refresh();
    return get().items.find((item) => item.id === id);
  };

  return {
    ...inputsOf(current()),
    scenarioSaved: (name, scenario) => {
      const item: SavedScenario = {
        id: newId(),
        name: cleanName(name),
        savedAt: new Date().toISOString(),
        scenario,
      };
      commit({ kind: 'saved', item });
      return item;
    },
    savedScenarioRenamed: (id, name) => {
      // Renaming an entry another tab has just deleted keeps it: this tab's explicit action wins.
      const before = get().items.find((i) => i.id === id);
      const item = latest(id) ?? before;
      if (item)
        commit({
          kind: 'renamed',
          item: { ...item, name: cleanName(name), savedAt: new Date().toISOString() },
        });
    },
    savedScenarioDuplicated: (id) => {
      const original = latest(id);
      if (!original) return;
      commit({
        kind: 'saved',
        item: {
          ...original,
          id: newId(),
          name: cleanName(`${original.name} (copy)`),
          savedAt: new Date().toISOString(),
        },
      });
    },
    savedScenarioDeleted: (id) => commit({ kind: 'deleted', id }),
    savedScenarioReplaced: (id, scenario) => {
      const item = latest(id) ?? get().items.find((i) => i.id === id);
      if (item) commit({ kind: 'replaced', item: { ...item, scenario, savedAt: new Date().toISOString() } });
    },
    setAsideDiscarded: () => {
      if (get().readOnly) return;
      commit({ kind: 'discarded', texts: get().setAside.map((entry) => entry.text) });
    },
    storedDataSetAside: () => {
      const stored = readText();
      if (!stored.ok || stored.text === null) return null;
      const key = `${STORAGE_KEY}:set-aside:${new Date().toISOString()}`;
      try {
        localStorage.setItem(key, stored.text);
        localStorage.removeItem(STORAGE_KEY);
      } catch {
        reportProblem(FULL);
        return null;
      }
      refresh();
      return key;
    },
    storageChanged: refresh,
  };
});

// Another tab saved, renamed or deleted: show it here too (`key` is null when storage was cleared).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === STORAGE_KEY) useSavedStore.getState().storageChanged();
  });
}

/** Forgets this tab's unsaved changes and reads storage again (tests call this between cases). */
export function resetSavedStore(): void {
  pending = [];
  useSavedStore.getState().storageChanged();
}
