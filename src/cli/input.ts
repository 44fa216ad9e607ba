import { describeReadError, type ReadError, type Scenario } from '../core';
import { decodeScenarioLink, type LinkView } from '../lib/io/scenario-codec';
import { readScenarioFile } from '../lib/io/scenario-file';
import { fail, ok, type CliIo, type Outcome } from './outcome';

/** A scenario read from the command line, with what it was read from (for messages and the link's view). */
export type ScenarioInput = {
  scenario: Scenario;
  /** The view a share link carried; null for files. */
  view: LinkView | null;
  /** How a message names the input. */
  subject: 'link' | 'file';
};

/** A full URL, a fragment with or without '#', or text that is only a `s=` parameter. */
const LINK_LIKE = /^([a-z][a-z0-9+.-]*:\/\/|#|s=)/i;

function readError(error: ReadError, subject: 'link' | 'file'): Outcome<ScenarioInput> {
  return fail(describeReadError(error, subject, 'cli'));
}

/** A share link: a full URL with `#s=…`, or the fragment alone (`s=…` or `#s=…`). */
export function readLink(text: string): Outcome<ScenarioInput> {
  const hash = text.indexOf('#');
  const decoded = decodeScenarioLink(hash >= 0 ? text.slice(hash + 1) : text);
  if (decoded === null)
    return readError({ kind: 'corrupt', detail: 'it holds no scenario: no #s=… part' }, 'link');
  if (!decoded.ok) return readError(decoded.error, 'link');
  return ok({ scenario: decoded.scenario, view: decoded.view, subject: 'link' });
}

/**
 * Text that is either a scenario document (JSON: the app's export or a bare scenario) or a share link: JSON
 * starts with a brace; anything link-like is read as a link; everything else is reported as a file that is not
 * JSON.
 */
export function readText(text: string): Outcome<ScenarioInput> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('{') && LINK_LIKE.test(trimmed) && !/\s/.test(trimmed)) return readLink(trimmed);
  const read = readScenarioFile(trimmed);
  if (!read.ok) return readError(read.error, 'file');
  return ok({ scenario: read.scenario, view: null, subject: 'file' });
}

/**
 * The scenario an argument names: `-` reads standard input, link-like text is decoded as a share link, anything
 * else is a path to a file holding a scenario document or a link.
 */
export async function readInput(argument: string, io: CliIo): Promise<Outcome<ScenarioInput>> {
  if (argument === '-') {
    const text = await io.readStdin();
    return text.ok ? readText(text.value) : text;
  }
  if (LINK_LIKE.test(argument)) return readLink(argument);
  const text = await io.readFile(argument);
  return text.ok ? readText(text.value) : text;
}
