import { useState } from 'react';
import { TableScroll } from '../../components/ui/table-scroll';
import { NumberField } from '../../components/ui/number-field';
import {
  formatCount,
  formatMoney,
  formatMoneyCompact,
  formatProbability,
  OPTION_IDS,
  OPTION_LABELS,
  type MoneyDisplay,
  type Scenario,
  type SimulationResult,
} from '../../core';
import type { ThemeName } from '../../lib/palette';
import { OPTION_STYLE } from '../../lib/palette';
import { runSimulation } from '../../lib/simulation/run-simulation';
import { usePlannerStore } from '../../state/planner-store';
import { RangeBars, type BarRow, type Rule } from './range-bars';

const NO_RULES: readonly Rule[] = [];
const QUANTILES_TABLE_ID = 'simulation-figures';

type Run = { scenario: Scenario; result: SimulationResult };

/** P10–P90 monthly cost per option as bars, P50 as a dot; the table below is its text form. */
function QuantileChart({
  result,
  display,
  theme,
}: {
  result: SimulationResult;
  display: MoneyDisplay;
  theme: ThemeName;
}) {
  const rows: BarRow[] = OPTION_IDS.map((id) => ({
    label: `${OPTION_LABELS[id]}: ${formatProbability(result.probabilityCheapest[id])} cheapest`,
    segments: [
      {
        from: result.quantiles[id].p10,
        to: result.quantiles[id].p90,
        fill: OPTION_STYLE[id][theme],
        lane: 'both',
      },
    ],
    marker: result.quantiles[id].p50,
  }));
  const summary = `Bar chart of each option's monthly cost over ${formatCount(result.samples)} samples: bars from the 10th to the 90th percentile, a dot at the median; each row names the option's chance of being the cheapest eligible one. The table “Simulation figures” lists them.`;
  return (
    <figure className="sensitivity-chart" aria-describedby={QUANTILES_TABLE_ID}>
      <figcaption className="chart__title">
        Chance of being the cheapest eligible option, and monthly cost from P10 to P90 (dot at P50)
      </figcaption>
      <div className="chart__canvas" role="img" aria-label={summary}>
        <RangeBars
          rows={rows}
          rules={NO_RULES}
          formatValue={(usd) => formatMoneyCompact(usd, display)}
          labelWidth={260}
        />
      </div>
    </figure>
  );
}

function SimulationTable({
  result,
  display,
  recommended,
}: {
  result: SimulationResult;
  display: MoneyDisplay;
  recommended: string | null;
}) {
  const money = (usd: number) => formatMoney(usd, display);
  return (
    <TableScroll label="Simulation figures (scrolls sideways)">
      <table className="data-table" id={QUANTILES_TABLE_ID}>
        <caption>
          Simulation figures: {formatCount(result.samples)} samples, seed {result.seed}
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Probability cheapest</th>
            <th scope="col">P10</th>
            <th scope="col">P50</th>
            <th scope="col">P90</th>
          </tr>
        </thead>
        <tbody>
          {OPTION_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">
                {OPTION_LABELS[id]}
                {id === recommended ? ' (recommended today)' : ''}
              </th>
              <td>{formatProbability(result.probabilityCheapest[id])}</td>
              <td>{money(result.quantiles[id].p10)}</td>
              <td>{money(result.quantiles[id].p50)}</td>
              <td>{money(result.quantiles[id].p90)}</td>
            </tr>
          ))}
          {result.probabilityNone > 0 ? (
            <tr>
              <th scope="row">No option eligible</th>
              <td>{formatProbability(result.probabilityNone)}</td>
              <td colSpan={3}>—</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The Monte Carlo: seed and sample count (carried in links), a run button, then the probability that each option
 * is the cheapest eligible one and its P10/P50/P90 monthly cost. Runs in a Web Worker; the numbers stay tied to
 * the inputs they were run on and say so when the inputs have changed since.
 */
export function SimulationPanel({
  scenario,
  recommended,
  theme,
}: {
  scenario: Scenario;
  recommended: string | null;
  theme: ThemeName;
}) {
  const fieldChanged = usePlannerStore((state) => state.fieldChanged);
  const [run, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { seed, samples } = scenario.sensitivity;
  const start = () => {
    const target = usePlannerStore.getState().scenario;
    setBusy(true);
    setError(null);
    runSimulation(target, target.sensitivity.seed, target.sensitivity.samples)
      .then((result) => setRun({ scenario: target, result }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : 'The simulation could not run.'))
      .finally(() => setBusy(false));
  };
  const stale = run !== null && run.scenario !== scenario;
  return (
    <div className="simulation">
      <div className="simulation__controls">
        <NumberField
          label="Random seed"
          unit="any whole number"
          value={seed}
          min={0}
          max={2_147_483_647}
          hint="The same seed gives the same numbers; it travels in share links."
          onCommit={(value) => fieldChanged('sensitivity.seed', value)[0]?.message ?? null}
        />
        <NumberField
          label="Samples"
          unit="draws"
          value={samples}
          min={100}
          max={100_000}
          onCommit={(value) => fieldChanged('sensitivity.samples', value)[0]?.message ?? null}
        />
      </div>
      <button type="button" className="button" onClick={start} disabled={busy}>
        {busy ? 'Running…' : 'Run simulation'}
      </button>
      <p className="simulation__status" role="status">
        {error ??
          (busy
            ? `Running ${formatCount(samples)} samples…`
            : stale
              ? 'The inputs changed since this run: run it again to update the figures.'
              : run
                ? `Done: ${formatCount(run.result.samples)} samples with seed ${run.result.seed}.`
                : '')}
      </p>
      {run ? (
        <div className={stale ? 'simulation__results simulation__results--stale' : 'simulation__results'}>
          <QuantileChart result={run.result} display={run.scenario.display} theme={theme} />
          <SimulationTable result={run.result} display={run.scenario.display} recommended={recommended} />
        </div>
      ) : null}
    </div>
  );
}
