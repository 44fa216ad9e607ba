import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { decodeScenarioDocument, describeReadError, type Scenario } from '../core';

/** A named scenario kept in this browser. */
export type SavedScenario = { id: string; name: string; savedAt: string; scenario: Scenario };
/** A stored entry that could not be read, kept aside (never silently deleted) and reported. */
export type SetAside = { reason: string; raw: unknown };

export type SavedInputs = { items: SavedScenario[]; setAside: SetAside[] };

export type SavedEvents = {
  scenarioSaved: (name: string, scenario: Scenario) => SavedScenario;
  savedScenarioRenamed: (id: string, name: string) => void;
  savedScenarioDuplicated: (id: string) => void;
  savedScenarioDeleted: (id: string) => void;
  /** The user chose to discard the unreadable entries after seeing them. */
  setAsideDiscarded: () => void;
};

export type SavedState = SavedInputs & SavedEvents;

export const STORAGE_KEY = 'ai-cost-planner:saved-scenarios';
const STORAGE_VERSION = 1;

/** Storage problems (full, unavailable) reach the UI through this listener. */
let reportProblem: (message: string) => void = () => undefined;
export function onStorageProblem(listener: (message: string) => void): void {
  reportProblem = listener;
}

function cleanName(name: string): string {
  return name.trim().slice(0, 80) || 'Untitled scenario';
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now()}-${Math.round(Math.random() * 1e9)}`;
}

/** Validates one stored item: its scenario is migrated and parsed; anything else is set aside with a reason. */
function readItem(raw: unknown): SavedScenario | SetAside {
  if (typeof raw !== 'object' || raw === null) return { reason: 'not a saved scenario', raw };
  const item = raw as Record<string, unknown>;
  if (typeof item.id !== 'string' || typeof item.name !== 'string')
    return { reason: 'missing id or name', raw };
  const read = decodeScenarioDocument(item.scenario);
  if (!read.ok) return { reason: describeReadError(read.error, 'saved scenario'), raw };
  return {
    id: item.id,
    name: cleanName(item.name),
    savedAt: typeof item.savedAt === 'string' ? item.savedAt : '',
    scenario: read.value,
  };
}

/** Splits whatever was stored into readable scenarios and set-aside entries. */
export function readStoredState(stored: unknown): SavedInputs {
  if (typeof stored !== 'object' || stored === null || !Array.isArray((stored as SavedInputs).items)) {
    return {
      items: [],
      setAside:
        stored === null || stored === undefined ? [] : [{ reason: 'not this planner’s data', raw: stored }],
    };
  }
  const { items, setAside } = stored as { items: unknown[]; setAside?: unknown };
  const out: SavedInputs = { items: [], setAside: Array.isArray(setAside) ? (setAside as SetAside[]) : [] };
  for (const raw of items) {
    const read = readItem(raw);
    if ('scenario' in read) out.items.push(read);
    else out.setAside.push(read);
  }
  return out;
}

/**
 * localStorage behind a guard: unreadable JSON is handed to the merge as a set-aside entry (so it is written
 * back, not lost), and a full or missing storage is reported instead of breaking the app.
 */
const guardedStorage: PersistStorage<SavedInputs> = {
  getItem(name) {
    let text: string | null;
    try {
      text = localStorage.getItem(name);
    } catch {
      reportProblem(
        'This browser does not allow saving here (storage is unavailable). Scenarios you save last only until the tab closes.',
      );
      return null;
    }
    if (text === null) return null;
    try {
      return JSON.parse(text) as StorageValue<SavedInputs>;
    } catch {
      return {
        state: { items: [], setAside: [{ reason: 'unreadable data', raw: text }] },
        version: STORAGE_VERSION,
      };
    }
  },
  setItem(name, value) {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      reportProblem(
        'Browser storage is full: your saved scenarios are still open in this tab but the latest change was not stored. Delete a saved scenario or export it as JSON.',
      );
    }
  },
  removeItem(name) {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to report: removing is only a clean-up.
    }
  },
};

export const useSavedStore = create<SavedState>()(
  persist(
    (set, get) => ({
      items: [],
      setAside: [],
      scenarioSaved: (name, scenario) => {
        const saved: SavedScenario = {
          id: newId(),
          name: cleanName(name),
          savedAt: new Date().toISOString(),
          scenario,
        };
        set({ items: [...get().items, saved] });
        return saved;
      },
      savedScenarioRenamed: (id, name) =>
        set({
          items: get().items.map((item) => (item.id === id ? { ...item, name: cleanName(name) } : item)),
        }),
      savedScenarioDuplicated: (id) => {
        const original = get().items.find((item) => item.id === id);
        if (!original) return;
        const copy: SavedScenario = {
          ...original,
          id: newId(),
          name: cleanName(`${original.name} (copy)`),
          savedAt: new Date().toISOString(),
        };
        set({ items: [...get().items, copy] });
      },
      savedScenarioDeleted: (id) => set({ items: get().items.filter((item) => item.id !== id) }),
      setAsideDiscarded: () => set({ setAside: [] }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: guardedStorage,
      partialize: (state) => ({ items: state.items, setAside: state.setAside }),
      // Stored state is not validated by zustand: every item is checked here, and bad ones are set aside.
      merge: (persisted, current) => ({ ...current, ...readStoredState(persisted) }),
      // A different stored version (e.g. from a newer build): keep everything, validate item by item.
      migrate: (persisted) => readStoredState(persisted),
    },
  ),
);
