import { migrateDocument, parseScenario, type Scenario } from '../../core';
import type { LinkError } from './scenario-codec';

/** The JSON export: a self-describing scenario document. */
export const FILE_FORMAT = 'ai-cost-planner/scenario';

export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify({ format: FILE_FORMAT, scenario }, null, 2)}\n`;
}

export type FileRead = { ok: true; scenario: Scenario } | { ok: false; error: LinkError };

/** Reads an imported JSON file the way a link is read: migrated forward, validated, never throws. */
export function readScenarioFile(text: string): FileRead {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'corrupt', detail: 'it is not JSON' } };
  }
  const body =
    typeof document === 'object' && document !== null && 'scenario' in document
      ? (document as { scenario: unknown }).scenario
      : document;
  if (
    typeof document === 'object' &&
    document !== null &&
    'format' in document &&
    (document as { format: unknown }).format !== FILE_FORMAT
  ) {
    return {
      ok: false,
      error: { kind: 'unknown-codec', codec: String((document as { format: unknown }).format).slice(0, 40) },
    };
  }
  const migrated = migrateDocument(body);
  if (!migrated.ok) {
    const e = migrated.error;
    if (e.kind === 'newer-version') return { ok: false, error: e };
    if (e.kind === 'migration-failed')
      return { ok: false, error: { kind: 'migration-failed', from: e.from, to: e.to, detail: e.message } };
    return { ok: false, error: { kind: 'corrupt', detail: `the scenario ${e.message}` } };
  }
  const parsed = parseScenario(migrated.value);
  return parsed.ok
    ? { ok: true, scenario: parsed.value }
    : { ok: false, error: { kind: 'invalid', issues: parsed.issues } };
}
