import { parseArgs } from 'node:util';
import { DEFAULT_LINK_VIEW } from '../../lib/io/scenario-codec';
import { HELP_OPTION, MODIFIER_OPTIONS, oneOf, positionals, tryParse } from '../args';
import { DEFAULT_BASE_URL, LINK_HELP } from '../help';
import { baseUrl, loadScenario, shareLink } from '../load';
import { badInput, EXIT_OK, type CliIo } from '../outcome';

const OPTIONS = {
  ...HELP_OPTION,
  ...MODIFIER_OPTIONS,
  base: { type: 'string' },
  view: { type: 'string' },
} as const;

/** `ai-cost-planner link <input>`: see LINK_HELP. */
export async function linkCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = tryParse('link', () => parseArgs({ args, options: OPTIONS, allowPositionals: true }));
  if (!parsed.ok) return badInput(io, parsed.message);
  const { values } = parsed.value;
  if (values.help) {
    io.stdout(LINK_HELP);
    return EXIT_OK;
  }
  const base = baseUrl(values.base ?? DEFAULT_BASE_URL);
  if (!base.ok) return badInput(io, base.message);
  const page = oneOf('view', values.view, ['results', 'wizard'], 'results');
  if (!page.ok) return badInput(io, page.message);
  const given = positionals('link', parsed.value.positionals, ['input']);
  if (!given.ok) return badInput(io, given.message);
  const input = await loadScenario(given.value[0] ?? '', values, io);
  if (!input.ok) return badInput(io, input.message);
  // A link keeps the view it carried (axes, hidden lines); --view decides the page.
  const carried = input.value.view ?? { ...DEFAULT_LINK_VIEW, view: 'results' };
  const view = values.view === undefined ? carried : { ...carried, view: page.value };
  io.stdout(`${shareLink(base.value, input.value.scenario, view)}\n`);
  return EXIT_OK;
}
