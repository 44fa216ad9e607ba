/** What a step of the command line gives back: a value, or a message for the person at the terminal. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(message: string): Outcome<T> {
  return { ok: false, message };
}

/** Exit codes: 0 done, 1 a `check` failed, 2 bad input (arguments, links, files, values). */
export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** What a command needs from the outside world; main.ts binds it to the process, so commands stay testable. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file's text, or why it could not be read (in words). */
  readFile: (path: string) => Promise<Outcome<string>>;
  /** All of standard input as text. */
  readStdin: () => Promise<Outcome<string>>;
  /** Whether to use bold text (a terminal, and NO_COLOR unset). */
  color: boolean;
  /** Today as YYYY-MM-DD, for the decision record's date. */
  today: string;
  version: string;
};

/** Writes the message on standard error and gives the bad-input exit code. */
export function badInput(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT_BAD_INPUT;
}
