import { migrateDocument } from './migrate';
import { SCENARIO_VERSION, ScenarioSchema, type Scenario } from './schema';

/** One problem with an input document: where (dotted path) and what rule it breaks. */
export type ParseIssue = { path: string; message: string };

export type ParseResult = { ok: true; value: Scenario } | { ok: false; issues: ParseIssue[] };

/**
 * Validates an unknown value as a scenario. Never throws: bad input (wrong types, NaN, Infinity, negative,
 * absurdly large, missing or unknown fields) comes back as issues naming the field and the rule. A document of
 * an older published version (e.g. v1) is migrated forward first, so saved files and links keep working.
 */
export function parseScenario(input: unknown): ParseResult {
  try {
    const current = upgradeOlderVersion(input);
    if (!current.ok) return current;
    const result = ScenarioSchema.safeParse(current.value);
    if (result.success) return { ok: true, value: result.data };
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(document)',
        message: describeIssue(issue, input),
      })),
    };
  } catch {
    // A getter that throws or a proxy can defeat safeParse; report it as an issue rather than crash.
    return { ok: false, issues: [{ path: '(document)', message: 'could not be read' }] };
  }
}

/** Runs the forward migrations on a document whose version is an older published one; anything else passes. */
function upgradeOlderVersion(
  input: unknown,
): { ok: true; value: unknown } | { ok: false; issues: ParseIssue[] } {
  const version: unknown =
    typeof input === 'object' && input !== null && Object.hasOwn(input, 'version')
      ? Object.getOwnPropertyDescriptor(input, 'version')?.value
      : undefined;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version >= SCENARIO_VERSION
  ) {
    return { ok: true, value: input };
  }
  const migrated = migrateDocument(input);
  if (migrated.ok) return { ok: true, value: migrated.value };
  // With an object and a published version in hand, a migration step failing is the only way to get here.
  const { error } = migrated;
  const step =
    error.kind === 'migration-failed' ? ` from v${error.from} to v${error.to}: ${error.message}` : '';
  return { ok: false, issues: [{ path: 'version', message: `could not be migrated${step}` }] };
}

type ZodIssueLike = { code: string; message: string; path: readonly PropertyKey[]; keys?: readonly string[] };

function describeIssue(issue: ZodIssueLike, input: unknown): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    // Keys come from the document itself: clip them, so a hostile 5,000-character key cannot fill a banner.
    const shown = issue.keys.slice(0, 5).map((key) => (key.length > 40 ? `${key.slice(0, 39)}…` : key));
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${shown.join(', ')}${more}`;
  }
  if (issue.code !== 'custom' && !hasPath(input, issue.path)) return 'is required';
  return issue.message;
}

/** Whether the input holds a value (even a wrong one) at the path: tells "missing" from "wrong type". */
function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key))
      return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}
