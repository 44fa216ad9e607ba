import { parseArgs } from 'node:util';
import { HELP_OPTION, oneOf, positionals, tryParse } from '../args';
import { diffJson, diffMarkdown, diffTable } from '../diff-format';
import { diffScenarios } from '../../lib/scenario-diff';
import { DIFF_HELP } from '../help';
import { readInput } from '../input';
import { badInput, EXIT_OK, type CliIo } from '../outcome';
import { ANSI, PLAIN } from '../text-table';

const OPTIONS = { ...HELP_OPTION, format: { type: 'string' } } as const;

/** `ai-cost-planner diff <a> <b>`: see DIFF_HELP. */
export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = tryParse('diff', () => parseArgs({ args, options: OPTIONS, allowPositionals: true }));
  if (!parsed.ok) return badInput(io, parsed.message);
  const { values } = parsed.value;
  if (values.help) {
    io.stdout(DIFF_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format, ['table', 'json', 'md'], 'table');
  if (!format.ok) return badInput(io, format.message);
  const given = positionals('diff', parsed.value.positionals, ['a', 'b']);
  if (!given.ok) return badInput(io, given.message);
  const [first = '', second = ''] = given.value;
  if (first === '-' && second === '-')
    return badInput(io, 'diff: only one of <a> and <b> can be - (standard input).');
  const a = await readInput(first, io);
  if (!a.ok) return badInput(io, a.message);
  const b = await readInput(second, io);
  if (!b.ok) return badInput(io, b.message);
  const report = diffScenarios(a.value.scenario, b.value.scenario);
  io.stdout(
    format.value === 'json'
      ? diffJson(report)
      : format.value === 'md'
        ? diffMarkdown(report)
        : diffTable(report, io.color ? ANSI : PLAIN),
  );
  return EXIT_OK;
}
