import { migrateDocument } from './migrate';
import { parseScenario, type ParseIssue } from './parse';
import type { Scenario } from './schema';

/**
 * The one way unknown input becomes a scenario. Share links, imported files, saved entries and preset
 * revisions all come through `decodeScenarioDocument`: shape guard, then forward migrations, then the schema.
 * Every failure is a typed error whose message (`describeReadError`) is written for the person reading it;
 * internal exception text never reaches a page or a terminal.
 */
export type ReadError =
  | { kind: 'unknown-codec'; codec: string }
  /** `detail` is user-facing words ("the payload is not base64url"), never an exception's text. */
  | { kind: 'corrupt'; detail: string }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unknown-preset'; preset: string }
  | { kind: 'unknown-revision'; preset: string; revision: string }
  | { kind: 'migration-failed'; from: number; to: number }
  | { kind: 'invalid'; issues: ParseIssue[] };

export type ReadResult = { ok: true; value: Scenario } | { ok: false; error: ReadError };

/** Deeper than this is not a scenario (the schema is five levels deep); also keeps structuredClone off the stack limit. */
export const MAX_DOCUMENT_DEPTH = 24;
/** More values than this is not a scenario either (a full scenario has about 150). */
export const MAX_DOCUMENT_NODES = 20_000;

/**
 * Checks depth and size without recursion (so a hostile document cannot overflow the stack here), and that
 * every object is a plain object or array (no getters from proxies or class instances reach the schema).
 */
export function checkDocumentShape(input: unknown): ReadError | null {
  const stack: { node: unknown; depth: number }[] = [{ node: input, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_DOCUMENT_NODES)
      return { kind: 'corrupt', detail: 'it holds far more values than a scenario' };
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_DOCUMENT_DEPTH)
      return { kind: 'corrupt', detail: 'it is nested far deeper than a scenario' };
    const proto: unknown = Object.getPrototypeOf(node);
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null)
      return { kind: 'corrupt', detail: 'it is not plain data' };
    for (const value of Object.values(node)) stack.push({ node: value, depth: depth + 1 });
  }
  return null;
}

/**
 * Unknown input → a valid scenario of this build's version, or a typed error. Never throws, never casts: the
 * shape is checked, an older published version is migrated forward (own properties only), then the schema
 * validates every field.
 */
export function decodeScenarioDocument(input: unknown): ReadResult {
  try {
    const shape = checkDocumentShape(input);
    if (shape) return { ok: false, error: shape };
    const migrated = migrateDocument(input);
    if (!migrated.ok) {
      const e = migrated.error;
      if (e.kind === 'newer-version')
        return { ok: false, error: { kind: 'newer-version', version: e.version, supported: e.supported } };
      if (e.kind === 'migration-failed')
        return { ok: false, error: { kind: 'migration-failed', from: e.from, to: e.to } };
      return { ok: false, error: { kind: 'corrupt', detail: `it ${e.message}` } };
    }
    const parsed = parseScenario(migrated.value);
    return parsed.ok ? parsed : { ok: false, error: { kind: 'invalid', issues: parsed.issues } };
  } catch {
    // Defence in depth: nothing above should throw on plain data; if it does, say so in plain words.
    return { ok: false, error: { kind: 'corrupt', detail: 'it could not be read' } };
  }
}

/** What is being read, for the message: "This link …", "This file …". */
export type ReadSubject = 'link' | 'file' | 'saved scenario';

/** Where the message is read: the remedy for "made by a newer version" differs (reload the page, or update). */
export type ReadContext = 'app' | 'cli';

const UPDATE: Record<ReadContext, string> = {
  app: 'Reload the page to get the latest version.',
  cli: 'Update ai-cost-planner to the latest version.',
};

/** The likely cause of damage, by what was read: links get cut short, files and stored data get edited. */
const DAMAGE_CAUSE: Record<ReadSubject, string> = {
  link: 'It may have been cut short when it was copied.',
  file: 'It may have been cut short or edited by hand.',
  'saved scenario': 'It may have been changed by another program or an old version of the planner.',
};

/** A version number as read: a sane one in full, anything absurd (1e29, fractions) said in words. */
function formatVersion(version: number): string {
  return Number.isSafeInteger(version) ? `scenario format ${version}` : 'a scenario format it does not know';
}

/** A read error in plain words, for the banner, the saved-scenarios panel and the command line alike. */
export function describeReadError(
  error: ReadError,
  what: ReadSubject = 'link',
  where: ReadContext = 'app',
): string {
  switch (error.kind) {
    case 'unknown-codec':
      return `This ${what} uses a format this version of AI Cost Planner does not know (“${error.codec}”). It may have been cut short or made by another tool.`;
    case 'corrupt':
      return `This ${what} is damaged and cannot be read (${error.detail}). ${DAMAGE_CAUSE[what]}`;
    case 'newer-version':
      return `This ${what} was made by a newer version of AI Cost Planner (${formatVersion(error.version)}; this version reads up to ${error.supported}). ${UPDATE[where]}`;
    case 'unknown-preset':
      return `This ${what} names a price preset this version does not know (“${error.preset}”).`;
    case 'unknown-revision':
      return `This ${what} uses prices from a newer release (${error.preset} prices of ${error.revision}). ${UPDATE[where]}`;
    case 'migration-failed':
      return `This ${what} is from an older version and could not be brought up to date (format ${error.from} to ${error.to}).`;
    case 'invalid': {
      const shown = error.issues.slice(0, 3).map((issue) => `${issue.path} ${issue.message}`);
      const more = error.issues.length > 3 ? ` and ${error.issues.length - 3} more` : '';
      return `This ${what} contains values the planner cannot use: ${shown.join('; ')}${more}.`;
    }
  }
}
