import {
  evaluateScenario,
  formatNumber,
  monthlyTokensOf,
  OPTION_LABELS,
  type Evaluation,
  type OptionId,
  type Scenario,
} from '../core';
import { ASSUMPTION_SECTIONS, type AssumptionField } from '../lib/assumption-fields';

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

/** Units of the requirements, which the assumptions list does not cover. */
const REQUIREMENT_FIELDS: Record<string, AssumptionField> = Object.fromEntries(
  [
    { path: 'requirements.monthlyRequests', label: 'Requests', unit: 'requests / month', integer: true },
    { path: 'requirements.inputTokensPerRequest', label: 'Input tokens per request', unit: 'tokens' },
    { path: 'requirements.outputTokensPerRequest', label: 'Output tokens per request', unit: 'tokens' },
    { path: 'requirements.monthlyBudget', label: 'Monthly budget', unit: 'USD / month' },
    { path: 'requirements.latencyMs', label: 'Latency target', unit: 'ms' },
    { path: 'display.usdToCurrency', label: 'Exchange rate', unit: 'per USD' },
  ].map((field) => [field.path, field]),
);

const FIELDS: Record<string, AssumptionField> = {
  ...REQUIREMENT_FIELDS,
  ...Object.fromEntries(
    ASSUMPTION_SECTIONS.flatMap((s) => [...s.fields, ...(s.nullable?.fields ?? [])]).map((f) => [f.path, f]),
  ),
};

/** Every leaf of a JSON tree by dotted path, in document order; null and arrays are leaves. */
function leaves(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function valueText(value: unknown, field: AssumptionField | undefined): string {
  if (value === undefined || value === null) return 'none';
  if (typeof value === 'number')
    return field ? `${formatNumber(value * (field.scale ?? 1), 4)} ${field.unit}` : formatNumber(value, 6);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Inputs that differ between two scenarios, by dotted path. */
export function inputChanges(a: Scenario, b: Scenario): InputChange[] {
  const before = leaves(a);
  const after = leaves(b);
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths.flatMap((path) => {
    const old = before.get(path);
    const next = after.get(path);
    if (same(old, next)) return [];
    const field = FIELDS[path];
    return [
      {
        path,
        label: field?.label ?? null,
        unit: field?.unit ?? null,
        old: old ?? null,
        new: next ?? null,
        oldText: valueText(old, field),
        newText: valueText(next, field),
      },
    ];
  });
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
