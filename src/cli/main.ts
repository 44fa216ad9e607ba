import { readFile, stat } from 'node:fs/promises';
import { version } from '../../package.json';
import { fail, ok, EXIT_BAD_INPUT, type CliIo, type Outcome } from './outcome';
import { run } from './run';

/** Far larger than any scenario document or link (a full scenario is about 5 KB). */
const MAX_INPUT_BYTES = 5_000_000;

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';
}

async function readTextFile(path: string): Promise<Outcome<string>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(`Cannot read the file “${path}”: ${FILE_PROBLEMS.EISDIR}.`);
    if (info.size > MAX_INPUT_BYTES)
      return fail(`Cannot read the file “${path}”: it is far larger than a scenario.`);
    return ok(await readFile(path, 'utf8'));
  } catch (error) {
    return fail(
      `Cannot read the file “${path}”: ${FILE_PROBLEMS[errorCode(error)] ?? 'it could not be read'}.`,
    );
  }
}

async function readStandardInput(): Promise<Outcome<string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) return fail('Cannot read standard input: it is far larger than a scenario.');
    chunks.push(buffer);
  }
  return ok(Buffer.concat(chunks).toString('utf8'));
}

function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Bold only on a terminal, and never when NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
function wantsColor(): boolean {
  const noColor = process.env.NO_COLOR;
  return (
    Boolean(process.stdout.isTTY) && (noColor === undefined || noColor === '') && process.env.TERM !== 'dumb'
  );
}

/**
 * Anything a command did not expect: one plain line on standard error and the bad-input exit code, never a
 * stack trace (the person at the terminal cannot act on one).
 */
function unexpected(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  const line = detail.split('\n')[0]?.slice(0, 200) ?? '';
  process.stderr.write(
    `ai-cost-planner: something went wrong that it does not know how to handle${line ? ` (${line})` : ''}. Please report it with the command you ran.\n`,
  );
  process.exitCode = EXIT_BAD_INPUT;
}

process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);
// A closed pipe (`… | head`) is not an error: stop quietly.
process.stdout.on('error', (error) => {
  if (errorCode(error) === 'EPIPE') process.exit(process.exitCode ?? 0);
  unexpected(error);
});

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: readTextFile,
  readStdin: readStandardInput,
  color: wantsColor(),
  today: today(),
  version,
};

run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
}, unexpected);
