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
import { oncePerScenario } from '../../state/memo';
import { evaluationOf } from '../../state/selectors';
import { thresholdsOf } from '../../state/sensitivity';

export type TornadoView = { bars: TornadoBar[]; pair: TornadoPair; todayGap: number } | null;

/** The tornado of a scenario with its own ranges, once per scenario object. */
export const tornadoOf: (scenario: Scenario) => TornadoView = oncePerScenario((scenario) => {
  const pair = tornadoPair(scenario);
  if (!pair) return null;
  const costOf = (id: string) => evaluationOf(scenario).options.find((o) => o.id === id)?.monthlyCost ?? 0;
  return { bars: tornado(scenario), pair, todayGap: costOf(pair.runnerUp) - costOf(pair.recommended) };
});

/** The inputs a range can be set for, and their ranges, for the live scenario (the editor must not lag). */
export function useRanges(scenario: Scenario): { inputs: AnalysedInput[]; ranges: InputRange[] } {
  return useMemo(() => {
    const base = pinForAnalysis(scenario);
    const inputs = analysedInputs(base);
    return { inputs, ranges: rangesOf(base, inputs) };
  }, [scenario]);
}

export { thresholdsOf };
