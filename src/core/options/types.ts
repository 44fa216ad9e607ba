import type { ModelContext, OptionModel } from '../cost/option-model';
import type { NumberPath, ScenarioPath } from '../scenario/paths';

/** One editable number of the scenario, with how to show it. */
export type AssumptionField = {
  path: NumberPath;
  label: string;
  unit: string;
  /** Display multiplier (100 for shares shown as %). */
  scale?: number;
  /** Whole numbers only. */
  integer?: boolean;
};

/** A group of assumption fields as an architect reads them. */
export type AssumptionSection = {
  id: string;
  title: string;
  /** Path of a nullable capacity block; its fields show only when it is set. */
  nullable?: { path: ScenarioPath; label: string; fields: AssumptionField[] };
  fields: AssumptionField[];
};

/** How an option is run, which decides who operates it and how fast it can answer. */
export type OptionKind = 'shared-api' | 'reserved-capacity' | 'self-managed';

/**
 * Everything the planner knows about one deployment option, in one place: adding an option is a folder with
 * one of these, an id in option-ids.ts, its schema part in schemas.ts and a migration; the compiler names
 * every table still missing it.
 */
export type OptionDefinition = {
  label: string;
  /** For legends and tight spaces. */
  shortLabel: string;
  description: string;
  kind: OptionKind;
  /** Okabe–Ito colour per theme and a dash pattern, so lines stay apart in greyscale. */
  style: { light: string; dark: string; dash: string };
  build: (ctx: ModelContext) => OptionModel;
  /** The option's section of the assumptions table. */
  assumptions: AssumptionSection;
};
