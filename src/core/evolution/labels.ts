import { OPTION_LABELS } from '../options/registry';
import type { ServedModel } from '../pricing/capability';
import { TERM_LABELS, type TermVariant } from './term-variants';

/**
 * An option named with the model it serves ("Kubernetes (self-hosted) serving Qwen3-235B-A22B-2507 (FP8)"), so a
 * plan never names a bare option where its model differs from the API's. The seed article's model has no name:
 * its options are named alone, as the article does.
 */
export function namedOption(variant: TermVariant, illustrative: boolean): string {
  return illustrative ? OPTION_LABELS[variant.option] : servedBy(variant.option, variant.model.model);
}

function servedBy(option: TermVariant['option'], model: ServedModel): string {
  return `${OPTION_LABELS[option]} serving ${model.label}`;
}

/** The option and its term: "Provisioned throughput (yearly reservation)". */
export function optionWithTerm(variant: TermVariant): string {
  return variant.term
    ? `${OPTION_LABELS[variant.option]} (${TERM_LABELS[variant.term]})`
    : OPTION_LABELS[variant.option];
}
