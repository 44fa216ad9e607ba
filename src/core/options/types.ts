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
 * What the planner shows of one deployment option. An option is one folder (src/core/options/<id>/: schema,
 * cost builder, this definition); registry.ts, builders.ts and schemas.ts each key it by id, so after adding
 * the id to option-ids.ts (and a migration) the compiler names every table still missing it. Builders are kept
 * apart from these definitions so that screens which only name options do not load the cost models.
 */
export type OptionDefinition = {
  label: string;
  /** For legends and tight spaces. */
  shortLabel: string;
  description: string;
  kind: OptionKind;
  /**
   * Okabe–Ito colour per theme and a dash pattern, so lines stay apart in greyscale: SVG `dash` for the screen
   * and slides drawn as SVG, the nearest Office preset (`officeDash`) for the PowerPoint chart.
   */
  style: {
    light: string;
    dark: string;
    dash: string;
    officeDash: 'solid' | 'dash' | 'sysDot' | 'dashDot' | 'lgDash' | 'sysDash' | 'lgDashDot';
  };
  /** The option's section of the assumptions table. */
  assumptions: AssumptionSection;
};
