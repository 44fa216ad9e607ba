import { decodeScenarioDocument, describeReadError, formatCount, type Scenario } from '../core';
import { fail, ok, type Outcome } from './outcome';

/** Changes asked for on the command line, applied in this order: every --set, then --volume, then currency. */
export type Modifiers = {
  sets: readonly string[];
  volume?: string;
  currency?: string;
  rate?: string;
  rateDate?: string;
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** "5B" → 5e9; "750m", "1.5T", "2e9", "1200000" too. Null when it is not a volume. */
export function parseVolume(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)\s*([kmbt])?$/i.exec(text.trim().replace(/[,_]/g, ''));
  if (!match) return null;
  const value = Number(match[1]) * (match[2] ? (SUFFIXES[match[2].toLowerCase()] ?? 1) : 1);
  return Number.isFinite(value) ? value : null;
}

/** A --set value: JSON when it parses as JSON (numbers, true, null, objects), else the text itself. */
function parseSetValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A copy of `root` with the value at `keys` replaced (objects created along the way); `root` is not changed. */
function withValueAt(root: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const node: Record<string, unknown> =
    typeof root === 'object' && root !== null && !Array.isArray(root) ? { ...root } : {};
  node[key] = withValueAt(Object.hasOwn(node, key) ? node[key] : undefined, rest, value);
  return node;
}

/** The whole document validated again, as a link or file would be; the schema's own words on failure. */
function validated(document: unknown, what: string): Outcome<Scenario> {
  const read = decodeScenarioDocument(document);
  if (read.ok) return ok(read.value);
  if (read.error.kind !== 'invalid') return fail(describeReadError(read.error, 'file', 'cli'));
  const issues = read.error.issues;
  const shown = issues.slice(0, 3).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length > 3 ? ` and ${issues.length - 3} more` : '';
  return fail(
    `After ${what}, the scenario contains values the planner cannot use: ${shown.join('; ')}${more}.`,
  );
}

function applySets(scenario: Scenario, sets: readonly string[]): Outcome<Scenario> {
  if (sets.length === 0) return ok(scenario);
  let document: unknown = scenario;
  for (const set of sets) {
    const equals = set.indexOf('=');
    if (equals <= 0)
      return fail(`--set ${set}: expected path=value, e.g. requirements.monthlyRequests=2000000.`);
    const path = set.slice(0, equals).trim();
    const keys = path.split('.');
    if (keys.some((key) => key === '' || FORBIDDEN_KEYS.has(key)))
      return fail(
        `--set ${set}: “${path}” is not a field path (dotted names, e.g. options.kubernetes.labourUsdPerMonth).`,
      );
    document = withValueAt(document, keys, parseSetValue(set.slice(equals + 1)));
  }
  return validated(document, '--set');
}

function applyVolume(scenario: Scenario, volumeText: string | undefined): Outcome<Scenario> {
  if (volumeText === undefined) return ok(scenario);
  const volume = parseVolume(volumeText);
  if (volume === null)
    return fail(
      `--volume ${volumeText}: expected tokens per month, e.g. 600M, 5B or 1.2T (suffixes K, M, B, T).`,
    );
  const r = scenario.requirements;
  const tokensPerRequest = r.inputTokensPerRequest + r.outputTokensPerRequest;
  const monthlyRequests = Math.round(volume / tokensPerRequest);
  if (!Number.isSafeInteger(monthlyRequests))
    return fail(
      `--volume ${volumeText}: that is more requests than a month can hold (${formatCount(volume)} tokens).`,
    );
  return validated({ ...scenario, requirements: { ...r, monthlyRequests } }, '--volume');
}

function applyCurrency(scenario: Scenario, m: Modifiers): Outcome<Scenario> {
  if (m.currency === undefined && m.rate === undefined) {
    if (m.rateDate !== undefined) return fail('--rate-date needs --rate (the exchange rate it dates).');
    return ok(scenario);
  }
  const currency = (m.currency ?? scenario.display.currency).toUpperCase();
  if (m.currency === undefined && currency === 'USD')
    return fail(`--rate ${m.rate} needs --currency: the currency one US dollar converts into.`);
  if (currency === 'USD') {
    if (m.rate !== undefined && Number(m.rate) !== 1)
      return fail(`--rate ${m.rate}: USD is always 1 per USD.`);
    return validated({ ...scenario, display: { currency, usdToCurrency: 1, rateAsOf: '' } }, '--currency');
  }
  if (m.rate === undefined)
    return fail(
      `--currency ${currency} needs --rate: how many ${currency} one US dollar buys, e.g. --rate 0.92.`,
    );
  const rate = Number(m.rate);
  if (m.rate.trim() === '' || !Number.isFinite(rate) || rate <= 0)
    return fail(`--rate ${m.rate}: expected a positive number of ${currency} per US dollar, e.g. 0.92.`);
  return validated(
    { ...scenario, display: { currency, usdToCurrency: rate, rateAsOf: m.rateDate ?? '' } },
    '--currency and --rate',
  );
}

/**
 * The scenario with the command line's changes, re-validated as a whole after each kind of change so a bad
 * path or value is reported with the schema's message naming the field. --volume keeps tokens per request and
 * sets requests per month to volume ÷ tokens per request, rounded to whole requests.
 */
export function applyModifiers(scenario: Scenario, modifiers: Modifiers): Outcome<Scenario> {
  const set = applySets(scenario, modifiers.sets);
  if (!set.ok) return set;
  const sized = applyVolume(set.value, modifiers.volume);
  if (!sized.ok) return sized;
  return applyCurrency(sized.value, modifiers);
}
