/**
 * Exact text of the parts of a JSON document, so a writer can change one part and keep every other byte as it
 * was (saved scenarios written by a newer build, entries this build cannot read). Only valid JSON is sliced: the
 * text is checked with JSON.parse first, so the scanner below only has to find boundaries, never to validate.
 * The scanner is a loop, not a recursion, so deep nesting cannot overflow the stack.
 */

/** One member of a JSON object: its key as written, the key's value, and the exact text of its value. */
export type JsonMember = { keyText: string; key: string; text: string };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function skipSpace(text: string, at: number): number {
  let i = at;
  while (isSpace(text[i])) i += 1;
  return i;
}

/** `at` is on an opening quote; returns the index after the closing one. */
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** `at` is on the first character of a value; returns the index after its last character. */
function skipValue(text: string, at: number): number {
  let i = at;
  let depth = 0;
  do {
    const c = text[i];
    if (c === '"') i = skipString(text, i);
    else if (c === '{' || c === '[') {
      depth += 1;
      i += 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      i += 1;
    } else if (depth === 0) {
      // A number, true, false or null at the top: it ends at a delimiter or a space.
      while (i < text.length && !isSpace(text[i]) && text[i] !== ',' && text[i] !== ']' && text[i] !== '}')
        i += 1;
    } else i += 1;
  } while (depth > 0 && i < text.length);
  return i;
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Whether `text` is one JSON value opening with `open`. `valid` says the text is already known to be JSON (a
 * slice of a checked document): then only its first character is looked at, so a reader that walks down a
 * document parses it once rather than once per level.
 */
function opensWith(text: string, open: '{' | '[', valid: boolean): boolean {
  if (valid) return text[skipSpace(text, 0)] === open;
  const value = parsed(text);
  if (!value.ok || typeof value.value !== 'object' || value.value === null) return false;
  return Array.isArray(value.value) === (open === '[');
}

/** The members of `text` in the order written (duplicates included), or null if it is not one JSON object. */
export function objectMembers(text: string, valid = false): JsonMember[] | null {
  if (!opensWith(text, '{', valid)) return null;
  const members: JsonMember[] = [];
  let i = skipSpace(text, 0) + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === '}') return members;
    const keyStart = i;
    i = skipString(text, i);
    const keyText = text.slice(keyStart, i);
    const key = parsed(keyText);
    i = skipSpace(text, i) + 1; // the colon
    i = skipSpace(text, i);
    const valueStart = i;
    i = skipValue(text, i);
    members.push({ keyText, key: key.ok ? String(key.value) : keyText, text: text.slice(valueStart, i) });
    i = skipSpace(text, i);
    if (text[i] === ',') i += 1;
  }
}

/** The exact text of each element of `text`, or null if it is not one JSON array (see `opensWith` for `valid`). */
export function arrayElements(text: string, valid = false): string[] | null {
  if (!opensWith(text, '[', valid)) return null;
  const elements: string[] = [];
  let i = skipSpace(text, 0) + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === ']') return elements;
    const start = i;
    i = skipValue(text, i);
    elements.push(text.slice(start, i));
    i = skipSpace(text, i);
    if (text[i] === ',') i += 1;
  }
}

/** An object's text from members (each key and value text kept as given). */
export function joinMembers(members: readonly JsonMember[]): string {
  return `{${members.map((m) => `${m.keyText}:${m.text}`).join(',')}}`;
}
