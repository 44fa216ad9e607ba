import { createScenario, presetSource, SOURCES, type Scenario } from '../core';
import { getAtPath } from './scenario-path';

/** Where a number in use comes from, and the value it had there (to mark and reset edits). */
export type Provenance = {
  /** Short name for tables and slides. */
  short: string;
  /** Full description. */
  title: string;
  asOf: string;
  kind: 'sourced' | 'verify' | 'assumption' | 'catalog';
  /** The value at the source (preset or catalog); undefined when the source has none. */
  original: unknown;
};

const CATALOG_FIELDS: Record<string, 'usdPerMTokInput' | 'usdPerMTokCachedInput' | 'usdPerMTokOutput'> = {
  'options.serverless_api.usdPerMTokInput': 'usdPerMTokInput',
  'options.serverless_api.usdPerMTokCachedInput': 'usdPerMTokCachedInput',
  'options.serverless_api.usdPerMTokOutput': 'usdPerMTokOutput',
};

/**
 * Provenance of the number at `path`: pay-per-token rates picked from a catalog cite that catalog (version and
 * date); everything else cites the preset's source table.
 */
export function provenanceOf(
  scenario: Scenario,
  path: string,
  preset: Scenario = createScenario(scenario.preset),
): Provenance {
  const catalog = scenario.options.serverless_api.catalog;
  const catalogField = CATALOG_FIELDS[path];
  if (catalog && catalogField) {
    const name =
      catalog.source === 'genai-prices'
        ? `@pydantic/genai-prices ${catalog.version} (${catalog.provider} ${scenario.options.serverless_api.modelId})`
        : `Curated list: ${scenario.options.serverless_api.modelId}`;
    return {
      short: name,
      title: `${name}${catalog.tiered ? ', priced for one request of this size' : ''}`,
      asOf: catalog.asOf,
      kind: 'catalog',
      original: catalog[catalogField],
    };
  }
  const source = SOURCES[presetSource(scenario.preset, path) ?? 'planner-assumption'];
  return {
    short: source.short,
    title: source.title,
    asOf: source.asOf,
    kind: source.assumption ? 'assumption' : source.verify ? 'verify' : 'sourced',
    original: getAtPath(preset, path),
  };
}
