import { encodeScenarioLink, DEFAULT_LINK_VIEW, type LinkView } from '../lib/io/scenario-codec';
import type { Scenario } from '../core';
import { readInput, type ScenarioInput } from './input';
import { applyModifiers } from './modify';
import { fail, ok, type CliIo, type Outcome } from './outcome';

/** The modifier options as parseArgs returns them. */
export type ModifierValues = {
  set?: string[];
  volume?: string;
  currency?: string;
  rate?: string;
  'rate-date'?: string;
};

/** Reads the input argument and applies --set, --volume and --currency/--rate. */
export async function loadScenario(
  argument: string,
  values: ModifierValues,
  io: CliIo,
): Promise<Outcome<ScenarioInput>> {
  const input = await readInput(argument, io);
  if (!input.ok) return input;
  const modified = applyModifiers(input.value.scenario, {
    sets: values.set ?? [],
    volume: values.volume,
    currency: values.currency,
    rate: values.rate,
    rateDate: values['rate-date'],
  });
  return modified.ok ? ok({ ...input.value, scenario: modified.value }) : modified;
}

/** The app's address checked: an http(s) URL; its own fragment is dropped. */
export function baseUrl(base: string): Outcome<string> {
  if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol))
    return fail(`--base ${base}: expected the app's web address, e.g. https://planner.example.org/.`);
  const url = new URL(base);
  url.hash = '';
  return ok(url.toString());
}

/** The full share link: the app's address, then `#s=…` for the scenario and view. */
export function shareLink(base: string, scenario: Scenario, view: LinkView = DEFAULT_LINK_VIEW): string {
  return `${base}#${encodeScenarioLink(scenario, view)}`;
}
