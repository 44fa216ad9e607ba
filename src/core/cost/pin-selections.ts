import type { Scenario } from '../scenario/schema';
import { contextOf } from './build-options';
import { resolveGpu } from './gpu-select';
import { monthlyTokensOf } from '../scenario/schema';
import { resolvePtu } from '../options/provisioned-throughput/resolve-ptu';
import { findPtuModel } from '../pricing/ptu-table';

/**
 * The scenario with every choice the planner makes at evaluation time written out: self-hosted GPU plans
 * chosen 'auto' become the manual plan chosen at today's volume, and PTUs that follow the API model get its
 * sizing row. Analyses that vary an input (sensitivity, evolution) start from this, so a change of volume or
 * price moves the cost of the plan chosen today rather than silently choosing another plan.
 */
export function pinSelections(scenario: Scenario): Scenario {
  const ctx = contextOf(scenario);
  const monthlyTokens = monthlyTokensOf(scenario.requirements);
  const pinGpu = (gpu: Scenario['options']['kubernetes']['gpu']) =>
    gpu && gpu.selection === 'auto'
      ? { ...resolveGpu(ctx, gpu, monthlyTokens).gpu, selection: 'manual' as const }
      : gpu;
  const provisioned = scenario.options.provisioned_throughput;
  // Pin only a PTU row that exists: without one the option stays ruled out ("no PTU sizing for …").
  const pinPtu = provisioned.followApiModel && findPtuModel(ctx.api.id) !== undefined;
  const ptu = pinPtu ? resolvePtu(ctx).ptu : provisioned.ptu;
  return {
    ...scenario,
    options: {
      ...scenario.options,
      provisioned_throughput: { ...provisioned, ptu, followApiModel: provisioned.followApiModel && !pinPtu },
      custom_deployment: {
        ...scenario.options.custom_deployment,
        gpu: pinGpu(scenario.options.custom_deployment.gpu),
      },
      kubernetes: { ...scenario.options.kubernetes, gpu: pinGpu(scenario.options.kubernetes.gpu) },
    },
  };
}
