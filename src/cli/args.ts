import { fail, ok, type Outcome } from './outcome';

/** Options that change the scenario before a command uses it (see modify.ts). */
export const MODIFIER_OPTIONS = {
  set: { type: 'string', multiple: true },
  volume: { type: 'string' },
  currency: { type: 'string' },
  rate: { type: 'string' },
  'rate-date': { type: 'string' },
} as const;

export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

type ParseError = { code?: unknown; message?: unknown };

/**
 * Runs `node:util` parseArgs, which reports bad arguments by throwing: turned into an outcome with Node's
 * message on one line ("Unknown option '--x'. …") and a pointer to the command's help.
 */
export function tryParse<T>(command: string, parse: () => T): Outcome<T> {
  try {
    return ok(parse());
  } catch (error) {
    const { code, message }: ParseError = typeof error === 'object' && error !== null ? error : {};
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS') || typeof message !== 'string')
      throw error;
    // Node's unknown-option text goes on about positionals; the option's name is what helps.
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(message)?.[1] : undefined;
    const text = unknown
      ? `Unknown option ${unknown} for ${command}.`
      : message.replace(/\s*\n\s*/g, ' ').replace(/\.?$/, '.');
    return fail(`${text} See: ai-cost-planner ${command} --help`);
  }
}

/** One of the allowed values of an option, or a message listing them. */
export function oneOf<const T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): Outcome<T> {
  if (value === undefined) return ok(fallback);
  const found = allowed.find((a) => a === value);
  return found ? ok(found) : fail(`--${option} ${value}: expected ${allowed.join(', ')}.`);
}

/** Exactly `count` positional arguments, or a message naming what is missing or extra. */
export function positionals(
  command: string,
  given: readonly string[],
  names: readonly string[],
): Outcome<string[]> {
  if (given.length < names.length)
    return fail(
      `${command}: missing ${names
        .slice(given.length)
        .map((n) => `<${n}>`)
        .join(' ')}. See: ai-cost-planner ${command} --help`,
    );
  if (given.length > names.length)
    return fail(
      `${command}: unexpected argument “${given[names.length]}”. See: ai-cost-planner ${command} --help`,
    );
  return ok([...given]);
}
