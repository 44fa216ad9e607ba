import {
  evaluateScenario,
  formatNumber,
  monthlyTokensOf,
  OPTION_LABELS,
  type Evaluation,
  type OptionId,
  type Scenario,
} from '../core';
import { ASSUMPTION_SECTIONS, fieldValueText, type AssumptionField } from './assumption-fields';

/** One input that differs: dotted path, label and unit where known, the two values (null when absent). */
export type InputChange = {
  path: string;
  label: string | null;
  unit: string | null;
  old: unknown;
  new: unknown;
  /** The two values as a person reads them ("600M", "5,000 USD / month", "42%"). */
  oldText: string;
  newText: string;
};

/** One option whose monthly cost differs, in the report's currency. */
export type CostChange = { option: OptionId; label: string; old: number; new: number; difference: number };

export type DiffReport = {
  /** The currency costs are in: the scenarios' shared display currency, else USD. */
  currency: { code: string; usdToCurrency: number };
  inputs: InputChange[];
  monthlyTokens: { old: number; new: number };
  costs: CostChange[];
  recommendation: { old: OptionId | null; new: OptionId | null; changed: boolean };
  breakEvens: { old: number; new: number };
};

/** Units of the requirements and the exchange rate, which the assumptions table does not list. */
const REQUIREMENT_FIELDS: AssumptionField[] = [
  { path: 'requirements.monthlyRequests', label: 'Requests', unit: 'requests / month', integer: true },
  { path: 'requirements.inputTokensPerRequest', label: 'Input tokens per request', unit: 'tokens' },
  { path: 'requirements.outputTokensPerRequest', label: 'Output tokens per request', unit: 'tokens' },
  { path: 'requirements.monthlyBudget', label: 'Monthly budget', unit: 'USD / month' },
  { path: 'requirements.latencyMs', label: 'Latency target', unit: 'ms' },
  { path: 'display.usdToCurrency', label: 'Exchange rate', unit: 'per USD' },
];

/** Label and unit by dotted path, for every number whose unit is known. */
const FIELDS: ReadonlyMap<string, AssumptionField> = new Map(
  [
    ...REQUIREMENT_FIELDS,
    ...ASSUMPTION_SECTIONS.flatMap((s) => [...s.fields, ...(s.nullable?.fields ?? [])]),
  ].map((field) => [field.path, field]),
);

function isBranch(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A value for people; a branch (a capacity block that is set) reads "set (values below)". */
function valueText(value: unknown, field: AssumptionField | undefined): string {
  if (isBranch(value)) return 'set (values below)';
  if (value === undefined || value === null || value === '') return 'none';
  if (typeof value === 'number') return field ? fieldValueText(field, value) : formatNumber(value, 6);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Keys of both objects in document order: a key only in `b` follows the key it follows in `b`. */
function mergedKeys(a: unknown, b: unknown): string[] {
  const merged = isBranch(a) ? Object.keys(a) : [];
  let previous = -1;
  for (const key of isBranch(b) ? Object.keys(b) : []) {
    const at = merged.indexOf(key);
    if (at >= 0) previous = at;
    else merged.splice((previous += 1), 0, key);
  }
  return merged;
}

function change(path: string, old: unknown, next: unknown): InputChange {
  const field = FIELDS.get(path);
  return {
    path,
    label: field?.label ?? null,
    unit: field?.unit ?? null,
    old: isBranch(old) ? null : (old ?? null),
    new: isBranch(next) ? null : (next ?? null),
    oldText: valueText(old, field),
    newText: valueText(next, field),
  };
}

/** Walks both trees together; a block set on one side only (null on the other) is listed, then its values. */
function walk(a: unknown, b: unknown, path: string, out: InputChange[]): InputChange[] {
  if (same(a, b)) return out;
  if (!isBranch(a) && !isBranch(b)) {
    out.push(change(path, a, b));
    return out;
  }
  if (path && isBranch(a) !== isBranch(b)) out.push(change(path, a, b));
  for (const key of mergedKeys(a, b)) {
    const child = (tree: unknown) => (isBranch(tree) && Object.hasOwn(tree, key) ? tree[key] : undefined);
    walk(child(a), child(b), path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** Inputs that differ between two scenarios, by dotted path, in document order. */
export function inputChanges(a: Scenario, b: Scenario): InputChange[] {
  return walk(a, b, '', []);
}

/** Costs below half a cent apart are the same cost. */
const SAME_COST = 0.005;

function costChanges(x: Evaluation, y: Evaluation, rate: number): CostChange[] {
  return y.options.flatMap((option) => {
    const before = x.options.find((o) => o.id === option.id);
    if (!before) return [];
    const old = before.monthlyCost * rate;
    const next = option.monthlyCost * rate;
    if (Math.abs(next - old) < SAME_COST) return [];
    return [{ option: option.id, label: OPTION_LABELS[option.id], old, new: next, difference: next - old }];
  });
}

/** What differs between scenario a and scenario b, in inputs and in results (unchanged values left out). */
export function diffScenarios(a: Scenario, b: Scenario): DiffReport {
  const x = evaluateScenario(a);
  const y = evaluateScenario(b);
  const shared =
    a.display.currency === b.display.currency && a.display.usdToCurrency === b.display.usdToCurrency;
  const currency = shared
    ? { code: a.display.currency, usdToCurrency: a.display.usdToCurrency }
    : { code: 'USD', usdToCurrency: 1 };
  const oldOption: OptionId | null = x.recommendation.option;
  const newOption: OptionId | null = y.recommendation.option;
  return {
    currency,
    inputs: inputChanges(a, b),
    monthlyTokens: { old: monthlyTokensOf(a.requirements), new: monthlyTokensOf(b.requirements) },
    costs: costChanges(x, y, currency.usdToCurrency),
    recommendation: { old: oldOption, new: newOption, changed: oldOption !== newOption },
    breakEvens: { old: x.breakEvens.length, new: y.breakEvens.length },
  };
}
