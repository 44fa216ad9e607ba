import { formatCount } from '../format';
import type { ApiModel } from '../cost/option-model';
import type { ServedModel } from '../pricing/capability';
import type { Requirements } from '../scenario/schema';

/** How a served model compares with the API model under the scenario's quality rule. */
export type CapabilityVerdict = {
  /** May be recommended. */
  allowed: boolean;
  /** Rates more than the tolerance below the API model (or has no rating to compare): say so wherever it shows. */
  lower: boolean;
  /** Why it is ruled out (under 'match'), or what 'smaller' means (under 'allow-lower'); null when alike. */
  reason: string | null;
};

const rated = (model: ServedModel) =>
  model.capability === null
    ? `${model.label} (no rating)`
    : `${model.label} (rated ${formatCount(model.capability)})`;

/**
 * The like-for-like rule. Ratings are LMArena text ratings (one scale, see pricing/capability.ts). With
 * 'match', a model rated more than `qualityTolerance` points below the API model is ruled out, and so is a
 * different model without a rating (nothing shows it matches). With 'allow-lower' both stay eligible, flagged.
 * The API model itself, and anything compared with an unnamed or unrated API model, passes.
 */
export function capabilityVerdict(
  model: ServedModel,
  api: ApiModel,
  requirements: Requirements,
): CapabilityVerdict {
  if (api.illustrative || model.id === api.id || api.capability === null)
    return { allowed: true, lower: false, reason: null };
  const match = requirements.modelQuality === 'match';
  if (model.capability === null) {
    const reason = `Serves ${rated(model)}: nothing shows it matches ${rated(api)}.`;
    return { allowed: !match, lower: true, reason };
  }
  const gap = api.capability - model.capability;
  if (gap <= requirements.qualityTolerance) return { allowed: true, lower: false, reason: null };
  const reason = `Serves ${rated(model)}, ${formatCount(gap)} points below ${rated(api)}; ${match ? `your rule allows ${formatCount(requirements.qualityTolerance)}` : 'a smaller model than the API’s'}.`;
  return { allowed: !match, lower: true, reason };
}
