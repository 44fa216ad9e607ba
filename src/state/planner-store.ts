import { create } from 'zustand';
import {
  cheapestPlanFor,
  contextOf,
  createScenario,
  gpuFor,
  monthlyTokensOf,
  parseScenario,
  pinSelections,
  ptuFor,
  usdPerPtuMonth,
  withLocality,
  type CatalogRef,
  type GpuAssumptions,
  type Locality,
  type OptionId,
  type ParseIssue,
  type PresetId,
  type Precision,
  type PtuTerm,
  type Scenario,
} from '../core';
import { setAtPath, type ScenarioPath } from '../lib/scenario-path';

export type WizardStep = 0 | 1 | 2 | 3;
export type SelfHostedId = 'custom_deployment' | 'kubernetes';
export type View = 'wizard' | 'results';
export type AxisScale = 'log' | 'linear';
export type ChartOptions = { xScale: AxisScale; yScale: AxisScale; hidden: OptionId[] };
export type Theme = 'light' | 'dark';
/** A message for the banner: a bad link or file, or storage trouble. */
export type Notice = { tone: 'error' | 'info'; message: string };

/** Inputs only: results are derived from `scenario` by core functions (see selectors.ts), never stored. */
export type PlannerInputs = {
  /** The last valid scenario; invalid edits stay in their fields and never reach it. */
  scenario: Scenario;
  step: WizardStep;
  view: View;
  chart: ChartOptions;
  theme: Theme;
  notice: Notice | null;
};

export type PlannerEvents = {
  /** A field was edited: commits when the whole scenario stays valid, else returns the issues for that field. */
  fieldChanged: (path: ScenarioPath, value: unknown) => ParseIssue[];
  /** Several fields changed together (a catalog choice): all or nothing. */
  fieldsChanged: (changes: readonly (readonly [ScenarioPath, unknown])[]) => ParseIssue[];
  presetChosen: (preset: PresetId) => void;
  /** Global / Data Zone / Regional: PTU prices and sizes follow unless edited. */
  localityChosen: (locality: Locality) => void;
  /** A PTU model row (unlinks PTUs from the API model) or reservation term from Microsoft's table. */
  ptuChosen: (choice: { modelId?: string; term?: PtuTerm }) => void;
  /** PTUs follow the API model again, or keep today's row as a fixed choice. */
  ptuFollowToggled: (follow: boolean) => void;
  /**
   * An open-weight model (both self-hosted options, each on the cheapest VM that holds it), a GPU VM or a price
   * term for one option. Any choice but the price term makes the plan manual.
   */
  gpuChosen: (
    option: SelfHostedId,
    choice: {
      model?: { modelId: string; precision: Precision };
      vmSize?: string;
      priceTerm?: GpuAssumptions['priceTerm'];
    },
  ) => void;
  /** Let the planner choose the model and VM again ('auto'), or keep today's choice as a manual plan. */
  gpuSelectionChanged: (option: SelfHostedId, selection: GpuAssumptions['selection']) => void;
  /** A pay-per-token model from the curated list or the catalog, with its rates for this request size. */
  serverlessModelChosen: (modelId: string, catalog: CatalogRef) => ParseIssue[];
  /** Display currency with its exchange rate (units per USD) and the rate's date. */
  currencyChosen: (currency: string, usdToCurrency: number, rateAsOf: string) => ParseIssue[];
  stepChanged: (step: WizardStep) => void;
  resultsRequested: () => void;
  chartAxisToggled: (axis: 'x' | 'y') => void;
  optionVisibilityToggled: (option: OptionId) => void;
  themeChanged: (theme: Theme) => void;
  /** A whole, validated scenario arrived (share link, import, saved scenario), optionally with its view. */
  scenarioLoaded: (
    scenario: Scenario,
    view?: { view: View; xScale: AxisScale; yScale: AxisScale; hidden: OptionId[] },
  ) => void;
  /** The URL lost its scenario (Back to the plain address): the default scenario in the wizard. */
  linkCleared: () => void;
  noticeShown: (notice: Notice) => void;
  noticeDismissed: () => void;
  scenarioReset: () => void;
};

export type PlannerState = PlannerInputs & PlannerEvents;

export function initialInputs(): PlannerInputs {
  return {
    scenario: createScenario('seed'),
    step: 0,
    view: 'wizard',
    chart: { xScale: 'log', yScale: 'linear', hidden: [] },
    theme: 'light',
    notice: null,
  };
}

/** Keeps the user's answers (requirements, workload shape, horizon, currency) and swaps the prices. */
export function withPreset(current: Scenario, preset: PresetId): Scenario {
  const fresh = createScenario(preset);
  return {
    ...fresh,
    requirements: current.requirements,
    workload: { ...current.workload },
    amortizationMonths: current.amortizationMonths,
    display: current.display,
  };
}

export const usePlannerStore = create<PlannerState>()((set, get) => ({
  ...initialInputs(),
  localityChosen: (locality) => {
    const parsed = parseScenario(withLocality(get().scenario, locality));
    if (parsed.ok) set({ scenario: parsed.value });
  },
  ptuChosen: (choice) => {
    const { scenario } = get();
    const provisioned = scenario.options.provisioned_throughput;
    const current = provisioned.ptu;
    const term = choice.term ?? current?.term ?? 'yearly';
    if (!choice.modelId && provisioned.followApiModel && current) {
      // Following the API model: only the term and its price change.
      get().fieldChanged('options.provisioned_throughput.ptu', {
        ...current,
        term,
        usdPerPtuMonth: usdPerPtuMonth(scenario.workload.locality, term),
      });
      return;
    }
    const block = ptuFor(choice.modelId ?? current?.modelId ?? 'gpt-4.1', scenario.workload.locality, term);
    if (block)
      get().fieldsChanged([
        ['options.provisioned_throughput.ptu', block],
        ['options.provisioned_throughput.followApiModel', false],
      ]);
  },
  ptuFollowToggled: (follow) => {
    const { scenario } = get();
    const pinned = follow ? null : pinSelections(scenario).options.provisioned_throughput.ptu;
    get().fieldsChanged([
      ['options.provisioned_throughput.followApiModel', follow],
      ...(pinned ? ([['options.provisioned_throughput.ptu', pinned]] as const) : []),
    ]);
  },
  gpuChosen: (option, choice) => {
    const { scenario } = get();
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
    if (changes.length > 0) get().fieldsChanged(changes);
  },
  gpuSelectionChanged: (option, selection) => {
    const { scenario } = get();
    const gpu =
      selection === 'auto' ? scenario.options[option].gpu : pinSelections(scenario).options[option].gpu;
    if (gpu) get().fieldChanged(`options.${option}.gpu`, { ...gpu, selection });
  },
  serverlessModelChosen: (modelId, catalog) =>
    get().fieldsChanged([
      ['options.serverless_api.modelId', modelId],
      ['options.serverless_api.usdPerMTokInput', catalog.usdPerMTokInput],
      ['options.serverless_api.usdPerMTokCachedInput', catalog.usdPerMTokCachedInput],
      ['options.serverless_api.usdPerMTokOutput', catalog.usdPerMTokOutput],
      ['options.serverless_api.catalog', catalog],
    ]),
  currencyChosen: (currency, usdToCurrency, rateAsOf) =>
    get().fieldsChanged([
      [
        'display',
        {
          currency,
          usdToCurrency: currency === 'USD' ? 1 : usdToCurrency,
          rateAsOf: currency === 'USD' ? '' : rateAsOf,
        },
      ],
    ]),
  fieldChanged: (path, value) => get().fieldsChanged([[path, value]]),
  fieldsChanged: (changes) => {
    let candidate: unknown = get().scenario;
    for (const [path, value] of changes) candidate = setAtPath(candidate as Scenario, path, value);
    const parsed = parseScenario(candidate);
    if (!parsed.ok) {
      const paths = new Set(changes.map(([path]) => path));
      const own = parsed.issues.filter((issue) => paths.has(issue.path));
      return own.length > 0 ? own : parsed.issues;
    }
    set({ scenario: parsed.value });
    return [];
  },
  presetChosen: (preset) => set((state) => ({ scenario: withPreset(state.scenario, preset) })),
  stepChanged: (step) => set({ step }),
  resultsRequested: () => set({ view: 'results' }),
  chartAxisToggled: (axis) =>
    set((state) => ({
      chart:
        axis === 'x'
          ? { ...state.chart, xScale: state.chart.xScale === 'log' ? 'linear' : 'log' }
          : { ...state.chart, yScale: state.chart.yScale === 'log' ? 'linear' : 'log' },
    })),
  optionVisibilityToggled: (option) =>
    set((state) => ({
      chart: {
        ...state.chart,
        hidden: state.chart.hidden.includes(option)
          ? state.chart.hidden.filter((id) => id !== option)
          : [...state.chart.hidden, option],
      },
    })),
  themeChanged: (theme) => set({ theme }),
  scenarioLoaded: (scenario, view) =>
    set(
      view
        ? {
            scenario,
            view: view.view,
            chart: { xScale: view.xScale, yScale: view.yScale, hidden: [...view.hidden] },
          }
        : { scenario },
    ),
  linkCleared: () => set({ scenario: createScenario('seed'), view: 'wizard' }),
  noticeShown: (notice) => set({ notice }),
  noticeDismissed: () => set({ notice: null }),
  scenarioReset: () => set({ scenario: createScenario('seed') }),
}));

/** Restores the initial inputs (tests call this between cases). */
export function resetPlannerStore(): void {
  usePlannerStore.setState(initialInputs());
}
