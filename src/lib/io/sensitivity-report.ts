import {
  byNearestChange,
  changeNotes,
  evaluateScenario,
  OPTION_LABELS,
  thresholds,
  thresholdSentence,
  tornado,
  tornadoPair,
  type Scenario,
  type SimulationResult,
  type Threshold,
  type TornadoBar,
  type TornadoPair,
} from '../../core';

/** Everything the exports say about sensitivity, computed once per export from the scenario. */
export type SensitivityReport = {
  /** Every analysed input, nearest change first. */
  thresholds: Threshold[];
  /** "Holds while …", or null when no single input changes the recommendation within its range. */
  sentence: string | null;
  /** The sentence and the next nearest changes, one line each (the summary's "what would change it"). */
  changeNotes: string[];
  /** Tornado bars, largest swing first, and the pair they compare; null with fewer than two eligible options. */
  tornado: { bars: TornadoBar[]; pair: TornadoPair; todayGap: number } | null;
  /** The Monte Carlo with the scenario's seed and sample count, when the export ran it. */
  simulation: SimulationResult | null;
};

/**
 * The sensitivity analysis for exports: thresholds, sentence, change notes and tornado from the scenario (its
 * own ranges), plus a simulation result when one was run (the same seed gives the same numbers as on screen).
 */
export function sensitivityReport(
  scenario: Scenario,
  simulation: SimulationResult | null = null,
): SensitivityReport {
  const rows = thresholds(scenario);
  const pair = tornadoPair(scenario);
  let view: SensitivityReport['tornado'] = null;
  if (pair) {
    const costs = evaluateScenario(scenario).options;
    const cost = (id: string) => costs.find((o) => o.id === id)?.monthlyCost ?? 0;
    view = { bars: tornado(scenario), pair, todayGap: cost(pair.runnerUp) - cost(pair.recommended) };
  }
  return {
    thresholds: byNearestChange(rows),
    sentence: thresholdSentence(rows, scenario),
    changeNotes: changeNotes(rows, scenario),
    tornado: view,
    simulation,
  };
}

/** "Provisioned throughput minus Serverless API": what a tornado's gap measures. */
export function gapLabel(pair: TornadoPair): string {
  return `${OPTION_LABELS[pair.runnerUp]} minus ${OPTION_LABELS[pair.recommended]}`;
}
