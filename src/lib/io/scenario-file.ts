import { decodeScenarioDocument, type ReadError, type Scenario } from '../../core';

/** The JSON export: a self-describing scenario document. */
export const FILE_FORMAT = 'ai-cost-planner/scenario';

export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify({ format: FILE_FORMAT, scenario }, null, 2)}\n`;
}

export type FileRead = { ok: true; scenario: Scenario } | { ok: false; error: ReadError };

/** An own property of parsed JSON (never an inherited one). */
function own(document: object, key: string): unknown {
  return Object.hasOwn(document, key) ? Object.getOwnPropertyDescriptor(document, key)?.value : undefined;
}

/**
 * Reads an imported JSON file the way a link is read (`decodeScenarioDocument`): migrated forward, validated,
 * never throws. Accepts the export's envelope `{ format, scenario }` or a bare scenario document.
 */
export function readScenarioFile(text: string): FileRead {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'corrupt', detail: 'it is not JSON' } };
  }
  let body = document;
  if (typeof document === 'object' && document !== null && !Array.isArray(document)) {
    const format = own(document, 'format');
    // Only a string names a format; anything else (an object whose own "toString" is data, a deep array) is
    // not turned into text, which could throw or read "[object Object]".
    if (format !== undefined && typeof format !== 'string')
      return { ok: false, error: { kind: 'corrupt', detail: 'its “format” field is not a format name' } };
    if (format !== undefined && format !== FILE_FORMAT)
      return { ok: false, error: { kind: 'unknown-codec', codec: format.slice(0, 40) } };
    if (Object.hasOwn(document, 'scenario')) body = own(document, 'scenario');
  }
  const read = decodeScenarioDocument(body);
  return read.ok ? { ok: true, scenario: read.value } : read;
}
