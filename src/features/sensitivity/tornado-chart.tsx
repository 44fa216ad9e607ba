import { useMemo } from 'react';
import { TableScroll } from '../../components/ui/table-scroll';
import {
  formatInputShort,
  formatMoney,
  formatMoneyCompact,
  OPTION_LABELS,
  valueContextOf,
  type Scenario,
  type TornadoBar,
  type TornadoPair,
} from '../../core';
import { RangeBars, type BarRow, type Rule } from './range-bars';

const LOW_COLOUR = 'var(--tornado-low)';
const HIGH_COLOUR = 'var(--tornado-high)';
const FLIP_COLOUR = 'var(--tornado-flip)';

/**
 * The tornado: for each input (largest swing on top), the runner-up's cost minus the recommended option's with
 * the input at its low value (upper half of the row) and at its high value (lower half), as bars from today's
 * gap (dashed line). Left of zero (solid line) the runner-up is cheaper: a bar that crosses it changes the
 * decision and is drawn in the flip colour, and its row is marked "(flips)". The table below is its text form.
 */
export function TornadoChart({
  bars,
  pair,
  todayGap,
  scenario,
  describedBy,
}: {
  bars: readonly TornadoBar[];
  pair: TornadoPair;
  todayGap: number;
  scenario: Scenario;
  describedBy: string;
}) {
  const display = scenario.display;
  // Inputs that do not move the gap at all would be empty rows: the table lists them.
  const moving = useMemo(
    () => bars.filter((bar) => bar.deltaAtLow !== todayGap || bar.deltaAtHigh !== todayGap),
    [bars, todayGap],
  );
  const still = bars.length - moving.length;
  const rows: BarRow[] = useMemo(
    () =>
      moving.map((bar) => ({
        label: bar.flips ? `${bar.label} (flips)` : bar.label,
        segments: [
          {
            from: todayGap,
            to: bar.deltaAtLow,
            fill: bar.atLow !== pair.recommended ? FLIP_COLOUR : LOW_COLOUR,
            lane: 0 as const,
          },
          {
            from: todayGap,
            to: bar.deltaAtHigh,
            fill: bar.atHigh !== pair.recommended ? FLIP_COLOUR : HIGH_COLOUR,
            lane: 1 as const,
          },
        ],
      })),
    [moving, pair, todayGap],
  );
  const rules: Rule[] = useMemo(
    () => [
      { at: 0, stroke: 'var(--text)', width: 1.5 },
      { at: todayGap, stroke: 'var(--text-muted)', dash: '4 3', width: 1.25 },
    ],
    [todayGap],
  );
  const flips = bars.filter((b) => b.flips).length;
  const summary = `Tornado chart of ${bars.length} inputs: ${OPTION_LABELS[pair.runnerUp]} minus ${OPTION_LABELS[pair.recommended]} per month, today ${formatMoney(todayGap, display)}, with each input at its low and high value; ${flips === 0 ? 'no range changes the recommendation' : `${flips} ${flips === 1 ? 'input changes' : 'inputs change'} the recommendation within its range`}. The table “Tornado figures” lists the numbers.`;
  return (
    <figure className="sensitivity-chart" aria-describedby={describedBy}>
      <figcaption className="chart__title">
        What each range does to the gap: {OPTION_LABELS[pair.runnerUp]} minus{' '}
        {OPTION_LABELS[pair.recommended]}
      </figcaption>
      <div className="chart__canvas" role="img" aria-label={summary}>
        <RangeBars rows={rows} rules={rules} formatValue={(usd) => formatMoneyCompact(usd, display)} />
      </div>
      <ul className="sensitivity__legend" aria-hidden="true">
        <li>
          <span className="swatch" data-tone="low" /> At the low value (upper bar)
        </li>
        <li>
          <span className="swatch" data-tone="high" /> At the high value (lower bar)
        </li>
        <li>
          <span className="swatch" data-tone="flip" /> Changes the recommendation
        </li>
        <li>Solid line: no gap (left of it {OPTION_LABELS[pair.runnerUp]} is cheaper); dashed: today</li>
      </ul>
      {still > 0 ? (
        <p className="field__hint">
          {still === 1 ? 'One input does' : `${still} inputs do`} not move the gap within{' '}
          {still === 1 ? 'its range' : 'their ranges'} (see the table).
        </p>
      ) : null}
    </figure>
  );
}

/** The tornado's figures as a table (its text alternative). */
export function TornadoTable({
  bars,
  pair,
  scenario,
  id,
}: {
  bars: readonly TornadoBar[];
  pair: TornadoPair;
  scenario: Scenario;
  id: string;
}) {
  const ctx = valueContextOf(scenario);
  const money = (usd: number) => formatMoney(usd, scenario.display);
  const outcome = (option: TornadoBar['atLow']) =>
    option === pair.recommended ? 'holds' : option === null ? 'nothing eligible' : OPTION_LABELS[option];
  return (
    <TableScroll label="Tornado figures (scrolls sideways)">
      <table className="data-table" id={id}>
        <caption>
          Tornado figures: {OPTION_LABELS[pair.runnerUp]} minus {OPTION_LABELS[pair.recommended]}, per month
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Low</th>
            <th scope="col">Gap at low</th>
            <th scope="col">High</th>
            <th scope="col">Gap at high</th>
            <th scope="col">Recommendation at low / high</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.input} className={bar.flips ? 'sensitivity__flip' : undefined}>
              <th scope="row">{bar.label}</th>
              <td>{formatInputShort(bar.input, bar.low, ctx)}</td>
              <td>{money(bar.deltaAtLow)}</td>
              <td>{formatInputShort(bar.input, bar.high, ctx)}</td>
              <td>{money(bar.deltaAtHigh)}</td>
              <td>
                {outcome(bar.atLow)} / {outcome(bar.atHigh)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
