import { OPTION_IDS, type OptionId } from '../option-ids';
import { customDeployment } from './custom-deployment';
import { kubernetes } from './kubernetes';
import { privateEndpoints } from './private-endpoints';
import { provisionedThroughput } from './provisioned-throughput';
import { serverlessApi } from './serverless-api';
import type { OptionDefinition } from './types';

/** Every deployment option, keyed by id: a missing or extra id is a compile error. */
export const OPTION_REGISTRY: Readonly<Record<OptionId, OptionDefinition>> = {
  serverless_api: serverlessApi,
  provisioned_throughput: provisionedThroughput,
  private_endpoints: privateEndpoints,
  custom_deployment: customDeployment,
  kubernetes,
};

function mapOptions<T>(pick: (definition: OptionDefinition) => T): Record<OptionId, T> {
  const out = {} as Record<OptionId, T>; // filled for every id just below
  for (const id of OPTION_IDS) out[id] = pick(OPTION_REGISTRY[id]);
  return out;
}

/** Full names, used in tables, sentences and exports. */
export const OPTION_LABELS: Record<OptionId, string> = mapOptions((d) => d.label);
/** One-line descriptions shown beside each option. */
export const OPTION_DESCRIPTIONS: Record<OptionId, string> = mapOptions((d) => d.description);
/** Colours (per theme), dash patterns and short names for charts and legends. */
export const OPTION_STYLE: Record<OptionId, OptionDefinition['style'] & { short: string }> = mapOptions(
  (d) => ({
    ...d.style,
    short: d.shortLabel,
  }),
);
