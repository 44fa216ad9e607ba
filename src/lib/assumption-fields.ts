/** The assumptions table lives with the options it describes (src/core/options/<id>/index.ts); re-exported here. */
export { ASSUMPTION_SECTIONS, type AssumptionField, type AssumptionSection } from '../core';
