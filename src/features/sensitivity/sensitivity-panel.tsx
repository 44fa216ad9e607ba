import { memo } from 'react';
import { Disclosure } from '../../components/ui/disclosure';
import { OPTION_LABELS, thresholdSentence, type Scenario } from '../../core';
import { usePlannerStore } from '../../state/planner-store';
import { evaluationOf } from '../../state/selectors';
import { useDeferredScenario } from '../../state/sensitivity';
import { RangesEditor } from './ranges-editor';
import { SimulationPanel } from './simulation-panel';
import { ThresholdsTable } from './thresholds-table';
import { TornadoChart, TornadoTable } from './tornado-chart';
import { thresholdsOf, tornadoOf, useRanges } from './use-sensitivity';

const TORNADO_TABLE_ID = 'tornado-figures';

/**
 * Thresholds and tornado from the deferred scenario: memoised, so while a field elsewhere is edited this
 * subtree keeps the previous figures until React has time for the new ones.
 */
const Analysis = memo(function Analysis({ scenario }: { scenario: Scenario }) {
  const rows = thresholdsOf(scenario);
  const sentence = thresholdSentence(rows, scenario);
  const view = tornadoOf(scenario);
  return (
    <>
      <p className="sensitivity__sentence">
        {sentence ??
          'No single input, moved alone within the range the planner accepts, changes the recommendation.'}
      </p>
      <h3>Thresholds</h3>
      <ThresholdsTable rows={rows} scenario={scenario} />
      <h3>Tornado</h3>
      {view ? (
        <>
          <p className="field__hint">
            {OPTION_LABELS[view.pair.runnerUp]} minus {OPTION_LABELS[view.pair.recommended]} per month with
            each input at its low and high value, the others at today’s values; below zero the runner-up is
            cheaper.
          </p>
          <TornadoChart
            bars={view.bars}
            pair={view.pair}
            todayGap={view.todayGap}
            scenario={scenario}
            describedBy={TORNADO_TABLE_ID}
          />
          <TornadoTable bars={view.bars} pair={view.pair} scenario={scenario} id={TORNADO_TABLE_ID} />
        </>
      ) : (
        <p>Fewer than two options are eligible today, so there is no gap to chart.</p>
      )}
    </>
  );
});

/** "What would change the decision": thresholds, the tornado, editable ranges and the Monte Carlo. */
export function SensitivityPanel() {
  const live = usePlannerStore((state) => state.scenario);
  const theme = usePlannerStore((state) => state.theme);
  const deferred = useDeferredScenario();
  const { inputs, ranges } = useRanges(live);
  const recommended = evaluationOf(live).recommendation.option;
  return (
    <section className="card sensitivity" id="sensitivity" aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">What would change the decision</h2>
      <div aria-live="polite" aria-busy={deferred !== live}>
        {deferred ? <Analysis scenario={deferred} /> : <p className="loading">Finding the thresholds…</p>}
      </div>
      <h3>Ranges</h3>
      <p className="field__hint">
        Each input’s low and high value for the tornado and the simulation (defaults: volume ×0.5 / ×2, prices
        ±20%, shares ±20 points). They travel in share links and files.
      </p>
      <Disclosure label={`Edit the ranges of ${inputs.length} inputs`} className="sensitivity__ranges">
        <RangesEditor inputs={inputs} ranges={ranges} scenario={live} />
      </Disclosure>
      <h3>Uncertainty</h3>
      <p className="field__hint">
        A Monte Carlo over the inputs marked uncertain: volume log-normal (its low and high are the 5th and
        95th percentiles), the others triangular (low, today, high).
      </p>
      <SimulationPanel scenario={live} recommended={recommended} theme={theme} />
    </section>
  );
}
