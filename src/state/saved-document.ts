import { decodeScenarioDocument, describeReadError, type Scenario } from '../core';
import { arrayElements, joinMembers, objectMembers, type JsonMember } from '../lib/io/json-slices';

/**
 * The saved-scenarios document in localStorage, read and written as text so that nothing this build does not
 * understand is ever lost: `{"state":{"items":[…],"setAside":[…]},"version":1}` (the shape zustand's persist
 * wrote before, so older data reads unchanged).
 *
 * - Every write starts from what is in storage now (another tab may have written since): changes are replayed
 *   on it as operations (add, rename, delete one id, discard what the user saw), never as a whole list.
 * - An item this build cannot read stays where it is, byte for byte (a newer build may read it); it is only
 *   shown as set aside. So do unknown members of the document, of `state` and of each item, and `setAside` in
 *   whatever form it has.
 * - A document of a newer storage version is never written: this tab shows what it can read and keeps its own
 *   changes in memory.
 * - Anything else (not JSON, not this planner's shape) is wrapped, as text, into a set-aside entry on the next
 *   save, so it is still there to download.
 */
export const STORAGE_VERSION = 1;

/** A named scenario kept in this browser. */
export type SavedScenario = { id: string; name: string; savedAt: string; scenario: Scenario };
/** A stored entry this build cannot read: why, the entry itself, and its exact text (which identifies it). */
export type SetAside = { reason: string; raw: unknown; text: string };

/** One item of `state.items`: its exact text, and the scenario it holds when this build can read it. */
type Entry = { text: string; value: unknown; read: SavedScenario | null; reason: string };

export type StoredDocument =
  /** Nothing stored yet (or storage unavailable). */
  | { kind: 'empty' }
  /** This build's format: written by editing in place. */
  | { kind: 'ours'; top: JsonMember[]; state: JsonMember[]; entries: Entry[] }
  /** A newer storage version: read what is possible, never write. */
  | { kind: 'newer'; version: number; state: JsonMember[]; entries: Entry[] }
  /** Not readable as a whole: kept as text, wrapped on the next write. */
  | { kind: 'foreign'; text: string; reason: string };

/** What this tab did; replayed on the freshest stored document before every write. */
export type SavedChange =
  | { kind: 'saved'; item: SavedScenario }
  /** A rename (the item as renamed, so a rename of an entry deleted elsewhere restores it). */
  | { kind: 'renamed'; item: SavedScenario }
  | { kind: 'deleted'; id: string }
  /** The scenario of an existing entry replaced (saving again under its name); id and name are kept. */
  | { kind: 'replaced'; item: SavedScenario }
  /** The set-aside entries the user saw and chose to discard, by exact text. */
  | { kind: 'discarded'; texts: string[] };

const REASON_CHARS = 300;

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined;
}

function parseText(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function cleanName(name: string): string {
  return name.trim().slice(0, 80) || 'Untitled scenario';
}

/** One stored item: a scenario this build reads (migrated and validated), or the reason it cannot. */
function readItem(value: unknown): SavedScenario | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a saved scenario';
  const id = own(value, 'id');
  const name = own(value, 'name');
  if (typeof id !== 'string' || typeof name !== 'string') return 'missing id or name';
  const read = decodeScenarioDocument(own(value, 'scenario'));
  if (!read.ok) return describeReadError(read.error, 'saved scenario');
  const savedAt = own(value, 'savedAt');
  return {
    id,
    name: cleanName(name),
    savedAt: typeof savedAt === 'string' ? savedAt : '',
    scenario: read.value,
  };
}

/**
 * Items already read, by exact text: every write and every other tab's write re-reads the whole list, and
 * validating each scenario again would cost a schema parse per item per click. Reusing the same object also
 * keeps the per-scenario evaluation cache (selectors.ts) warm.
 */
const readCache = new Map<string, { value: unknown; read: SavedScenario | string }>();
const READ_CACHE_ENTRIES = 500;

/** `parsed` is the item's value when the caller has it already (from parsing the whole document once). */
function cachedRead(
  text: string,
  parsed: { value: unknown } | null,
): { value: unknown; read: SavedScenario | string } {
  const known = readCache.get(text);
  if (known) return known;
  const value = parsed ? parsed.value : text;
  const fresh = { value, read: readItem(value) };
  if (readCache.size >= READ_CACHE_ENTRIES) readCache.clear();
  readCache.set(text, fresh);
  return fresh;
}

function entryOf(text: string, parsed: { value: unknown } | null, seen: Set<string>): Entry {
  const { value, read } = cachedRead(text, parsed);
  if (typeof read === 'string') return { text, value, read: null, reason: read };
  // A second entry with an id already listed is kept, untouched, but not shown twice.
  if (seen.has(read.id)) return { text, value, read: null, reason: 'a second entry with the same id' };
  seen.add(read.id);
  return { text, value, read, reason: '' };
}

/** The items, from their texts and the values JSON.parse gave the same items (same order, same count). */
function entriesOf(itemsText: string | undefined, values: unknown): Entry[] | null {
  if (itemsText === undefined) return [];
  const elements = arrayElements(itemsText, true);
  if (!elements || !Array.isArray(values) || values.length !== elements.length) return null;
  const seen = new Set<string>();
  return elements.map((text, i) => entryOf(text, { value: values[i] }, seen));
}

/** The member named `key`, or null when there are two (then which one counts depends on the reader). */
function single(members: JsonMember[], key: string): JsonMember | undefined | null {
  const found = members.filter((m) => m.key === key);
  return found.length > 1 ? null : found[0];
}

/** The last text read and its document: a write re-reads what the last refresh usually already read. */
let lastRead: { text: string; document: StoredDocument } | null = null;

/** Reads the stored text (null when nothing is stored) into a document. Never throws. */
export function readStoredDocument(text: string | null): StoredDocument {
  if (text === null) return { kind: 'empty' };
  if (lastRead?.text === text) return lastRead.document;
  const document = readText(text);
  lastRead = { text, document };
  return document;
}

function readText(text: string): StoredDocument {
  // Parsed once, whole: this checks the text is JSON (so it can be sliced) and gives every item's value.
  const whole = parseText(text);
  if (!whole.ok) return { kind: 'foreign', text, reason: 'unreadable data' };
  const top = objectMembers(text, true);
  if (!top) return { kind: 'foreign', text, reason: 'not this planner’s data' };
  const stateMember = single(top, 'state');
  const versionMember = single(top, 'version');
  const version = versionMember ? parseText(versionMember.text) : { ok: false as const };
  const versionNumber = version.ok && typeof version.value === 'number' ? version.value : NaN;
  const state = stateMember ? objectMembers(stateMember.text, true) : null;
  const items = state ? single(state, 'items') : null;
  const setAside = state ? single(state, 'setAside') : null;
  const entries =
    state && items !== null && setAside !== null
      ? entriesOf(items?.text, own(own(whole.value, 'state'), 'items'))
      : null;
  // A newer build's document is never rewritten, whatever its shape: show what can be read.
  if (Number.isInteger(versionNumber) && versionNumber > STORAGE_VERSION)
    return { kind: 'newer', version: versionNumber, state: state ?? [], entries: entries ?? [] };
  if (!state || !entries || versionNumber !== STORAGE_VERSION)
    return { kind: 'foreign', text, reason: 'not this planner’s data' };
  return { kind: 'ours', top, state, entries };
}

/** What the stored `setAside` member holds, each element validated (a `null` there is shown, not crashed on). */
function shownSetAside(state: JsonMember[]): SetAside[] {
  const member = state.find((m) => m.key === 'setAside');
  if (!member) return [];
  const elements = arrayElements(member.text, true);
  if (!elements) {
    const parsed = parseText(member.text);
    const raw = parsed.ok ? parsed.value : member.text;
    return [{ reason: 'set-aside data in an unknown form', raw, text: member.text }];
  }
  return elements.map((text) => {
    const parsed = parseText(text);
    const value = parsed.ok ? parsed.value : text;
    const reason = own(value, 'reason');
    return typeof reason === 'string' && reason.trim() !== ''
      ? { reason: reason.slice(0, REASON_CHARS), raw: own(value, 'raw'), text }
      : { reason: 'an entry in an unknown form', raw: value, text };
  });
}

/** The view of a document for this tab: readable scenarios, and everything else as set-aside entries. */
export function viewOf(document: StoredDocument): { items: SavedScenario[]; setAside: SetAside[] } {
  if (document.kind === 'empty') return { items: [], setAside: [] };
  if (document.kind === 'foreign') {
    const parsed = parseText(document.text);
    return {
      items: [],
      setAside: [
        { reason: document.reason, raw: parsed.ok ? parsed.value : document.text, text: document.text },
      ],
    };
  }
  const items: SavedScenario[] = [];
  const setAside: SetAside[] = [];
  for (const entry of document.entries) {
    if (entry.read) items.push(entry.read);
    else setAside.push({ reason: entry.reason, raw: entry.value, text: entry.text });
  }
  return { items, setAside: [...setAside, ...shownSetAside(document.state)] };
}

function newEntry(value: object, read: SavedScenario): Entry {
  return { text: JSON.stringify(value), value, read, reason: '' };
}

function applyChange(entries: Entry[], change: SavedChange): Entry[] {
  switch (change.kind) {
    case 'saved':
      return [...entries, newEntry(change.item, change.item)];
    case 'deleted': {
      const at = entries.findIndex((e) => e.read?.id === change.id);
      return at < 0 ? entries : entries.filter((_, i) => i !== at);
    }
    case 'renamed': {
      const at = entries.findIndex((e) => e.read?.id === change.item.id);
      const found = entries[at];
      if (!found?.read) return [...entries, newEntry(change.item, change.item)];
      // A rename made here but not yet stored loses to a newer one stored since by another tab.
      if (found.read.savedAt > change.item.savedAt) return entries;
      // Unknown fields of the stored item are kept; only the name and the time change.
      const fields = typeof found.value === 'object' && found.value !== null ? found.value : {};
      const value = { ...fields, name: change.item.name, savedAt: change.item.savedAt };
      const read = { ...found.read, name: change.item.name, savedAt: change.item.savedAt };
      return entries.map((e, i) => (i === at ? newEntry(value, read) : e));
    }
    case 'replaced': {
      const at = entries.findIndex((e) => e.read?.id === change.item.id);
      const found = entries[at];
      // Replaced here while another tab deleted it: the explicit save wins, as a new entry.
      if (!found?.read) return [...entries, newEntry(change.item, change.item)];
      const fields = typeof found.value === 'object' && found.value !== null ? found.value : {};
      const value = { ...fields, scenario: change.item.scenario, savedAt: change.item.savedAt };
      const read = { ...found.read, scenario: change.item.scenario, savedAt: change.item.savedAt };
      return entries.map((e, i) => (i === at ? newEntry(value, read) : e));
    }
    case 'discarded': {
      const texts = new Set(change.texts);
      return entries.filter((e) => e.read !== null || !texts.has(e.text));
    }
  }
}

function discardedSetAside(state: JsonMember[], texts: Set<string>): JsonMember[] {
  return state.map((member) => {
    if (member.key !== 'setAside') return member;
    const elements = arrayElements(member.text, true);
    if (!elements) return texts.has(member.text) ? { ...member, text: '[]' } : member;
    const kept = elements.filter((text) => !texts.has(text));
    return kept.length === elements.length ? member : { ...member, text: `[${kept.join(',')}]` };
  });
}

const member = (key: string, text: string): JsonMember => ({ keyText: JSON.stringify(key), key, text });

/**
 * This tab's changes replayed on a stored document. A document that is not ours becomes ours with the old text
 * kept in a set-aside entry; a newer one changes only in memory (`serialize` then refuses to write it).
 */
export function applyChanges(document: StoredDocument, changes: readonly SavedChange[]): StoredDocument {
  if (changes.length === 0) return document;
  let current = document;
  if (current.kind === 'empty' || current.kind === 'foreign') {
    const kept =
      current.kind === 'foreign'
        ? [JSON.stringify({ reason: current.reason, raw: current.text, savedAt: new Date().toISOString() })]
        : [];
    const state = [member('items', '[]'), member('setAside', `[${kept.join(',')}]`)];
    current = { kind: 'ours', top: [], state, entries: [] };
  }
  let entries = current.entries;
  let state = current.state;
  for (const change of changes) {
    entries = applyChange(entries, change);
    if (change.kind === 'discarded') state = discardedSetAside(state, new Set(change.texts));
  }
  return { ...current, entries, state };
}

/** The text to store for a document, or null when this build must not write it (a newer version). */
export function serialize(document: StoredDocument): string | null {
  if (document.kind !== 'ours') return null;
  const items = `[${document.entries.map((e) => e.text).join(',')}]`;
  const withItems = (members: JsonMember[], key: string, text: string) =>
    members.some((m) => m.key === key)
      ? members.map((m) => (m.key === key ? { ...m, text } : m))
      : [...members, member(key, text)];
  const state = joinMembers(withItems(document.state, 'items', items));
  const top = document.top.some((m) => m.key === 'version')
    ? document.top
    : [...document.top, member('version', String(STORAGE_VERSION))];
  return joinMembers(withItems(top, 'state', state));
}
