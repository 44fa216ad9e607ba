import { useMemo } from 'react';
import {
  analysedInputs,
  pinForAnalysis,
  rangesOf,
  tornado,
  tornadoPair,
  type AnalysedInput,
  type InputRange,
  type Scenario,
  type TornadoBar,
  type TornadoPair,
} from '../../core';
import { evaluationOf } from '../../state/selectors';
import { thresholdsOf } from '../../state/sensitivity';

export type TornadoView = { bars: TornadoBar[]; pair: TornadoPair; todayGap: number } | null;

const tornadoes = new WeakMap<Scenario, TornadoView>();

/** The tornado of a scenario with its own ranges, once per scenario object. */
export function tornadoOf(scenario: Scenario): TornadoView {
  if (tornadoes.has(scenario)) return tornadoes.get(scenario) ?? null;
  const pair = tornadoPair(scenario);
  let view: TornadoView = null;
  if (pair) {
    const costOf = (id: string) => evaluationOf(scenario).options.find((o) => o.id === id)?.monthlyCost ?? 0;
    view = { bars: tornado(scenario), pair, todayGap: costOf(pair.runnerUp) - costOf(pair.recommended) };
  }
  tornadoes.set(scenario, view);
  return view;
}

/** The inputs a range can be set for, and their ranges, for the live scenario (the editor must not lag). */
export function useRanges(scenario: Scenario): { inputs: AnalysedInput[]; ranges: InputRange[] } {
  return useMemo(() => {
    const base = pinForAnalysis(scenario);
    const inputs = analysedInputs(base);
    return { inputs, ranges: rangesOf(base, inputs) };
  }, [scenario]);
}

export { thresholdsOf };
