import { formatNumber, type AssumptionField } from '../core';

/** The assumptions table lives with the options it describes (src/core/options/<id>/index.ts); re-exported here. */
export { ASSUMPTION_SECTIONS, type AssumptionField, type AssumptionSection } from '../core';

/** A counted unit in the singular for exactly one: "1 endpoint", "1 pass", "1 GPU"; rates and ratios as they are. */
function unitFor(unit: string, shown: number): string {
  if (shown !== 1 || /[/%×]/.test(unit) || !/[a-z]s$|[A-Z]s$/.test(unit)) return unit;
  return unit.endsWith('sses') ? unit.slice(0, -2) : unit.slice(0, -1);
}

/** A field's value as the assumptions view shows it: scaled (shares as %), up to four decimals, with its unit. */
export function fieldValueText(field: AssumptionField, value: number): string {
  const shown = value * (field.scale ?? 1);
  const unit = field.unit.startsWith('%')
    ? field.unit
    : ` ${unitFor(field.unit, Number(formatNumber(shown, 4).replace(/,/g, '')))}`;
  return `${formatNumber(shown, 4)}${unit}`;
}
