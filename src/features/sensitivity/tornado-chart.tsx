import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
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

// Module constants: Recharts re-registers a child whenever a prop changes identity.
const MARGIN = { top: 8, right: 24, bottom: 24, left: 8 };
const TICK = { fill: 'var(--text-muted)', fontSize: 12 };
const LOW_COLOUR = 'var(--tornado-low)';
const HIGH_COLOUR = 'var(--tornado-high)';
const FLIP_COLOUR = 'var(--tornado-flip)';

type Row = {
  name: string;
  low: [number, number];
  high: [number, number];
  flipsLow: boolean;
  flipsHigh: boolean;
};

/**
 * The tornado: for each input (largest swing on top), the runner-up's cost minus the recommended option's with
 * the input at its low and at its high value, as bars from today's gap. Left of zero the runner-up is cheaper:
 * bars that cross it flip the decision and are drawn in the flip colour. The table below is its text form.
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
  const rows: Row[] = useMemo(
    () =>
      bars.map((bar) => ({
        name: bar.flips ? `${bar.label} (flips)` : bar.label,
        low: [todayGap, bar.deltaAtLow],
        high: [todayGap, bar.deltaAtHigh],
        flipsLow: bar.atLow !== pair.recommended,
        flipsHigh: bar.atHigh !== pair.recommended,
      })),
    [bars, pair, todayGap],
  );
  const height = 60 + rows.length * 34;
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const flips = bars.filter((b) => b.flips).length;
  const summary = `Tornado chart of ${bars.length} inputs: ${OPTION_LABELS[pair.runnerUp]} minus ${OPTION_LABELS[pair.recommended]} per month, today ${formatMoney(todayGap, display)}, with each input at its low and high value; ${flips === 0 ? 'no range flips the decision' : `${flips} ${flips === 1 ? 'input flips' : 'inputs flip'} the decision`}. The table “Tornado figures” lists the numbers.`;
  return (
    <figure className="sensitivity-chart" aria-describedby={describedBy}>
      <figcaption className="chart__title">
        What each range does to the gap: {OPTION_LABELS[pair.runnerUp]} minus{' '}
        {OPTION_LABELS[pair.recommended]}
      </figcaption>
      <div className="chart__canvas" role="img" aria-label={summary}>
        <BarChart
          data={rows}
          layout="vertical"
          responsive
          style={style}
          margin={MARGIN}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            stroke="var(--axis)"
            tick={TICK}
            tickFormatter={(usd: number) => formatMoneyCompact(usd, display)}
            domain={['auto', 'auto']}
          />
          <YAxis type="category" dataKey="name" width={240} stroke="var(--axis)" tick={TICK} interval={0} />
          <Tooltip
            isAnimationActive={false}
            formatter={(value: unknown) =>
              Array.isArray(value) && typeof value[1] === 'number' ? formatMoney(value[1], display) : '—'
            }
          />
          <ReferenceLine x={0} stroke="var(--text)" strokeWidth={1.5} />
          <ReferenceLine x={todayGap} stroke="var(--text-muted)" strokeDasharray="4 3" />
          <Bar dataKey="low" name="At the low value" fill={LOW_COLOUR} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.name} fill={row.flipsLow ? FLIP_COLOUR : LOW_COLOUR} />
            ))}
          </Bar>
          <Bar dataKey="high" name="At the high value" fill={HIGH_COLOUR} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.name} fill={row.flipsHigh ? FLIP_COLOUR : HIGH_COLOUR} />
            ))}
          </Bar>
        </BarChart>
      </div>
      <ul className="sensitivity__legend" aria-hidden="true">
        <li>
          <span className="swatch" data-tone="low" /> At the low value
        </li>
        <li>
          <span className="swatch" data-tone="high" /> At the high value
        </li>
        <li>
          <span className="swatch" data-tone="flip" /> Changes the recommendation
        </li>
        <li>Solid line: no gap (left of it {OPTION_LABELS[pair.runnerUp]} is cheaper); dashed: today</li>
      </ul>
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
    <div className="table-scroll">
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
    </div>
  );
}
