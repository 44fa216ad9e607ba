import { create } from 'zustand';
import {
  createScenario,
  parseScenario,
  withLocality,
  type CatalogRef,
  type Locality,
  type OptionId,
  type ParseIssue,
  type PresetId,
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

/**
 * Keeps the user's answers (requirements, workload shape, amortisation, the roadmap's growth settings,
 * currency) and swaps the prices.
 */
export function withPreset(current: Scenario, preset: PresetId): Scenario {
  const fresh = createScenario(preset);
  return {
    ...fresh,
    requirements: current.requirements,
    workload: { ...current.workload },
    amortizationMonths: current.amortizationMonths,
    evolution: current.evolution,
    display: current.display,
  };
}

export const usePlannerStore = create<PlannerState>()((set, get) => ({
  ...initialInputs(),
  localityChosen: (locality) => {
    const parsed = parseScenario(withLocality(get().scenario, locality));
    if (parsed.ok) set({ scenario: parsed.value });
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
    for (const [path, value] of changes) candidate = setAtPath(candidate, path, value);
    const parsed = parseScenario(candidate);
    if (!parsed.ok) {
      const paths = new Set<string>(changes.map(([path]) => path));
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
