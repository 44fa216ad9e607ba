import {
  cheapestPlanFor,
  contextOf,
  gpuFor,
  monthlyTokensOf,
  pinSelections,
  ptuFor,
  usdPerPtuMonth,
  type GpuAssumptions,
  type Precision,
  type PtuTerm,
} from '../core';
import { usePlannerStore, type SelfHostedId } from './planner-store';

/**
 * Capacity choices of the pricing step, as events on the planner store. They live apart from the store because
 * they need the cost models (to write out the plan in force before changing it); only the lazily loaded
 * pricing step and assumptions panel import them, so the first screen does not carry the cost models.
 */
const store = () => usePlannerStore.getState();

/** A PTU model row (unlinks PTUs from the API model) or reservation term from Microsoft's table. */
export function ptuChosen(choice: { modelId?: string; term?: PtuTerm }): void {
  const { scenario } = store();
  const provisioned = scenario.options.provisioned_throughput;
  const current = provisioned.ptu;
  const term = choice.term ?? current?.term ?? 'yearly';
  if (!choice.modelId && provisioned.followApiModel && current) {
    // Following the API model: only the term and its price change.
    store().fieldChanged('options.provisioned_throughput.ptu', {
      ...current,
      term,
      usdPerPtuMonth: usdPerPtuMonth(scenario.workload.locality, term),
    });
    return;
  }
  const block = ptuFor(choice.modelId ?? current?.modelId ?? 'gpt-4.1', scenario.workload.locality, term);
  if (block)
    store().fieldsChanged([
      ['options.provisioned_throughput.ptu', block],
      ['options.provisioned_throughput.followApiModel', false],
    ]);
}

/** PTUs follow the API model again, or keep today's row as a fixed choice. */
export function ptuFollowToggled(follow: boolean): void {
  const { scenario } = store();
  const pinned = follow ? null : pinSelections(scenario).options.provisioned_throughput.ptu;
  store().fieldsChanged([
    ['options.provisioned_throughput.followApiModel', follow],
    ...(pinned ? ([['options.provisioned_throughput.ptu', pinned]] as const) : []),
  ]);
}

/**
 * An open-weight model (both self-hosted options, each on the cheapest VM that holds it), a GPU VM or a price
 * term for one option. Any choice but the price term makes the plan manual.
 */
export function gpuChosen(
  option: SelfHostedId,
  choice: {
    model?: { modelId: string; precision: Precision };
    vmSize?: string;
    priceTerm?: GpuAssumptions['priceTerm'];
  },
): void {
  const { scenario } = store();
  // Start from the plan in force (the planner's pick when 'auto'), so a single change keeps the rest of it.
  const pinned = pinSelections(scenario);
  const targets = choice.model ? (['custom_deployment', 'kubernetes'] as const) : [option];
  const ctx = contextOf(scenario);
  const volume = monthlyTokensOf(scenario.requirements);
  const changes = targets.flatMap((id) => {
    const gpu = pinned.options[id].gpu;
    if (!gpu) return [];
    if (choice.model) {
      const plan = cheapestPlanFor(ctx, gpu, volume, choice.model) ?? gpuFor(gpu, choice.model);
      return [[`options.${id}.gpu`, plan] as const];
    }
    // A price term alone keeps an automatic plan automatic (the planner prices the term it is given).
    const stored = scenario.options[id].gpu;
    if (choice.priceTerm && !choice.vmSize && stored?.selection === 'auto')
      return [[`options.${id}.gpu`, { ...stored, priceTerm: choice.priceTerm }] as const];
    return [[`options.${id}.gpu`, gpuFor(gpu, choice)] as const];
  });
  if (changes.length > 0) store().fieldsChanged(changes);
}

/** Let the planner choose the model and VM again ('auto'), or keep today's choice as a manual plan. */
export function gpuSelectionChanged(option: SelfHostedId, selection: GpuAssumptions['selection']): void {
  const { scenario } = store();
  const gpu =
    selection === 'auto' ? scenario.options[option].gpu : pinSelections(scenario).options[option].gpu;
  if (gpu) store().fieldChanged(`options.${option}.gpu`, { ...gpu, selection });
}
