import { parseArgs } from 'node:util';
import {
  evaluateScenario,
  formatMoney,
  formatTokens,
  isOptionId,
  OPTION_IDS,
  type OptionId,
} from '../../core';
import { HELP_OPTION, MODIFIER_OPTIONS, positionals, tryParse } from '../args';
import { CHECK_HELP } from '../help';
import { loadScenario } from '../load';
import { badInput, EXIT_CHECK_FAILED, EXIT_OK, type CliIo } from '../outcome';

const OPTIONS = {
  ...HELP_OPTION,
  ...MODIFIER_OPTIONS,
  'max-monthly': { type: 'string' },
  option: { type: 'string' },
} as const;

/** Amounts compare in cents: a limit of 40,000 is met by 40,000.004. */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/**
 * `ai-cost-planner check <input> --max-monthly <amount>`: exit 0 when the recommended (or named) option's
 * monthly cost, in the display currency, is at most the limit; 1 when it is more or no option is eligible.
 */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = tryParse('check', () => parseArgs({ args, options: OPTIONS, allowPositionals: true }));
  if (!parsed.ok) return badInput(io, parsed.message);
  const { values } = parsed.value;
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  const limitText = values['max-monthly'];
  if (limitText === undefined)
    return badInput(io, 'check needs --max-monthly <amount>. See: ai-cost-planner check --help');
  const limit = Number(limitText.replace(/[,_]/g, ''));
  if (limitText.trim() === '' || !Number.isFinite(limit) || limit < 0)
    return badInput(io, `--max-monthly ${limitText}: expected an amount per month, e.g. 40000.`);
  const named = values.option;
  if (named !== undefined && !isOptionId(named))
    return badInput(io, `--option ${named}: expected one of ${OPTION_IDS.join(', ')}.`);
  const given = positionals('check', parsed.value.positionals, ['input']);
  if (!given.ok) return badInput(io, given.message);
  const input = await loadScenario(given.value[0] ?? '', values, io);
  if (!input.ok) return badInput(io, input.message);

  const { scenario } = input.value;
  const display = scenario.display;
  const evaluation = evaluateScenario(scenario);
  const target: OptionId | null = named ?? evaluation.recommendation.option;
  const option = evaluation.options.find((o) => o.id === target);
  if (!option) {
    io.stderr('check failed: no option meets the constraints, so nothing can fit the limit.\n');
    return EXIT_CHECK_FAILED;
  }
  const cost = option.monthlyCost * display.usdToCurrency;
  const money = (amount: number) => formatMoney(amount / display.usdToCurrency, display);
  const which = named ? option.label : `${option.label} (recommended)`;
  const at = `at ${formatTokens(evaluation.monthlyTokens)} tokens/month`;
  if (cents(cost) > cents(limit)) {
    io.stderr(
      `check failed: ${which} costs ${money(cost)} a month ${at}, ${money(cost - limit)} over the ${money(limit)} limit.\n`,
    );
    return EXIT_CHECK_FAILED;
  }
  io.stdout(
    `ok: ${which} costs ${money(cost)} a month ${at}, within the ${money(limit)} limit (${money(limit - cost)} to spare).\n`,
  );
  return EXIT_OK;
}
