import type { Scenario } from './schema';

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/**
 * Every dotted path into T: leaves, and objects too (a nullable capacity block is set or cleared as a whole).
 * Arrays are leaves (their items are edited as one value). Checked by the compiler, so a renamed field breaks
 * the assumption tables and wizard fields that name it.
 */
export type PathsOf<T, P extends string = ''> = {
  [K in keyof T & string]: NonNullable<T[K]> extends readonly unknown[]
    ? Join<P, K>
    : NonNullable<T[K]> extends object
      ? Join<P, K> | PathsOf<NonNullable<T[K]>, Join<P, K>>
      : Join<P, K>;
}[keyof T & string];

/** The value type at a dotted path (nullable blocks are looked through). */
export type ValueAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<NonNullable<T[Head]>, Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** A dotted path into a scenario, e.g. "requirements.monthlyRequests". */
export type ScenarioPath = PathsOf<Scenario>;

/** A path whose value is a number (or a number that may be null): what number fields and the assumptions table edit. */
export type NumberPath = {
  [P in ScenarioPath]: NonNullable<ValueAt<Scenario, P>> extends number ? P : never;
}[ScenarioPath];
