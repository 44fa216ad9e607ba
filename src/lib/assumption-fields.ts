import { formatNumber, type AssumptionField } from '../core';

/** The assumptions table lives with the options it describes (src/core/options/<id>/index.ts); re-exported here. */
export { ASSUMPTION_SECTIONS, type AssumptionField, type AssumptionSection } from '../core';

/** A field's value as the assumptions view shows it: scaled (shares as %), up to four decimals, with its unit. */
export function fieldValueText(field: AssumptionField, value: number): string {
  const unit = field.unit.startsWith('%') ? field.unit : ` ${field.unit}`;
  return `${formatNumber(value * (field.scale ?? 1), 4)}${unit}`;
}
