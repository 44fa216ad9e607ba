import { CHECK_HELP, DIFF_HELP, EVALUATE_HELP, LINK_HELP, MAIN_HELP } from './help';
import { badInput, EXIT_OK, type CliIo } from './outcome';

type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command is loaded when it runs (its own chunk in dist-cli), so `--version`, `--help` and a mistyped
 * command answer without evaluating the core, zod and fflate.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; help: string }> = {
  evaluate: { load: async () => (await import('./commands/evaluate')).evaluateCommand, help: EVALUATE_HELP },
  link: { load: async () => (await import('./commands/link')).linkCommand, help: LINK_HELP },
  diff: { load: async () => (await import('./commands/diff')).diffCommand, help: DIFF_HELP },
  check: { load: async () => (await import('./commands/check')).checkCommand, help: CHECK_HELP },
};

/** Runs one command line (without `node` and the script) and gives its exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return badInput(io, MAIN_HELP.trimEnd());
  if (first === '-h' || first === '--help') {
    io.stdout(MAIN_HELP);
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    io.stdout(topic ? topic.help : MAIN_HELP);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command)
    return badInput(
      io,
      `Unknown command “${first}”: expected evaluate, link, diff or check. See: ai-cost-planner --help`,
    );
  return (await command.load())(rest, io);
}
