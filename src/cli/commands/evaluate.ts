import { parseArgs } from 'node:util';
import { evaluateScenario } from '../../core';
import { buildDecisionRecord } from '../../lib/io/decision-record';
import { DEFAULT_LINK_VIEW, encodeScenarioLink } from '../../lib/io/scenario-codec';
import { HELP_OPTION, MODIFIER_OPTIONS, oneOf, positionals, tryParse } from '../args';
import { evaluationCsv } from '../evaluation-csv';
import { evaluationJson } from '../evaluation-json';
import { evaluationTable } from '../evaluation-table';
import { DEFAULT_BASE_URL, EVALUATE_HELP } from '../help';
import { baseUrl, loadScenario, shareLink } from '../load';
import { badInput, EXIT_OK, type CliIo } from '../outcome';
import { ANSI, PLAIN } from '../text-table';

const OPTIONS = {
  ...HELP_OPTION,
  ...MODIFIER_OPTIONS,
  format: { type: 'string' },
  base: { type: 'string' },
  date: { type: 'string' },
} as const;

const FORMATS = ['table', 'json', 'csv', 'md'] as const;

/** `ai-cost-planner evaluate <input>`: see EVALUATE_HELP. */
export async function evaluateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = tryParse('evaluate', () => parseArgs({ args, options: OPTIONS, allowPositionals: true }));
  if (!parsed.ok) return badInput(io, parsed.message);
  const { values } = parsed.value;
  if (values.help) {
    io.stdout(EVALUATE_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format, FORMATS, 'table');
  if (!format.ok) return badInput(io, format.message);
  const base = baseUrl(values.base ?? DEFAULT_BASE_URL);
  if (!base.ok) return badInput(io, base.message);
  const date = values.date ?? io.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return badInput(io, `--date ${date}: expected YYYY-MM-DD.`);
  const given = positionals('evaluate', parsed.value.positionals, ['input']);
  if (!given.ok) return badInput(io, given.message);
  const input = await loadScenario(given.value[0] ?? '', values, io);
  if (!input.ok) return badInput(io, input.message);
  const { scenario, view } = input.value;
  const evaluation = evaluateScenario(scenario);
  switch (format.value) {
    case 'json': {
      const document = evaluationJson(
        scenario,
        evaluation,
        encodeScenarioLink(scenario),
        `ai-cost-planner ${io.version}`,
      );
      io.stdout(`${JSON.stringify(document, null, 2)}\n`);
      break;
    }
    case 'csv':
      io.stdout(evaluationCsv(scenario, evaluation));
      break;
    case 'md': {
      const link = shareLink(base.value, scenario, { ...(view ?? DEFAULT_LINK_VIEW), view: 'results' });
      io.stdout(buildDecisionRecord({ scenario, evaluation, shareLink: link, date }));
      break;
    }
    case 'table':
      io.stdout(evaluationTable(scenario, evaluation, io.color ? ANSI : PLAIN, io.version));
      break;
  }
  return EXIT_OK;
}
