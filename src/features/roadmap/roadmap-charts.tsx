import { useCallback, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import {
  OPTION_LABELS,
  formatMoney,
  formatMoneyCompact,
  type MoneyDisplay,
  type OptionId,
  type RoadmapRow,
} from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';

// Module constants: Recharts re-registers a child whenever a prop changes identity.
const MARGIN = { top: 12, right: 24, bottom: 8, left: 8 };
const TICK = { fill: 'var(--text-muted)', fontSize: 12 };
const X_LABEL = {
  value: 'Month (0 = now)',
  position: 'insideBottom',
  offset: -4,
  fill: 'var(--text-muted)',
  fontSize: 12,
} as const;
const STYLE = { width: '100%', height: 300 };
const PLAN_COLOUR = 'var(--text)';

type ChartProps = {
  rows: RoadmapRow[];
  /** Options the plan uses, in order of first use. */
  used: OptionId[];
  /** Options with a static line. */
  statics: OptionId[];
  display: MoneyDisplay;
  theme: ThemeName;
  /** Id of the table that describes the chart in text. */
  describedBy: string;
};

function useMoneyAxis(display: MoneyDisplay) {
  const tick = useCallback((usd: number) => formatMoneyCompact(usd, display), [display]);
  const tooltip = useCallback(
    (value: unknown) => (typeof value === 'number' ? formatMoney(value, display) : '—'),
    [display],
  );
  const label = useMemo(
    () =>
      ({
        value: display.currency,
        angle: -90,
        position: 'insideLeft',
        offset: 10,
        fill: 'var(--text-muted)',
        fontSize: 12,
      }) as const,
    [display.currency],
  );
  return { tick, tooltip, label };
}

/** Months 0 … n − 1 with half a month either side, so the first and last bars are whole. */
function monthDomain(months: number): [number, number] {
  return [-0.5, Math.max(0, months - 1) + 0.5];
}

/** Every month up to 24 months, then every 6th (and the last). */
function monthTicks(months: number): number[] {
  const every = months <= 24 ? 1 : 6;
  const ticks = Array.from({ length: months }, (_, m) => m).filter((m) => m % every === 0);
  return months > 0 && !ticks.includes(months - 1) ? [...ticks, months - 1] : ticks;
}

/**
 * The roadmap's monthly cost as bars coloured by the option in use, drawn from the axis scales (as the cost
 * chart's overlay does) rather than with Recharts' Bar: that would add its code to the Recharts chunk every
 * share link loads, for a chart far below the fold.
 */
function PlanBars({ rows, theme }: { rows: readonly RoadmapRow[]; theme: ThemeName }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const width = Math.max(1, 0.8 * Math.abs(Number(x(1)) - Number(x(0))));
  const base = Math.min(area.y + area.height, Number(y(0)));
  return (
    <ZIndexLayer zIndex={-50}>
      <g className="roadmap-bars">
        {rows.map((row) => {
          const top = Math.max(area.y, Number(y(row.planUsd)));
          if (!Number.isFinite(top) || !(base > top)) return null;
          return (
            <rect
              key={row.month}
              x={Number(x(row.month)) - width / 2}
              y={top}
              width={width}
              height={base - top}
              fill={OPTION_STYLE[row.option][theme]}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}

const dash = (id: OptionId) => (OPTION_STYLE[id].dash === '0' ? '6 3' : OPTION_STYLE[id].dash);

/** Monthly cost: bars coloured by the option in use, each static choice as a dashed line. */
export function MonthlyCostChart({ rows, used, statics, display, theme, describedBy }: ChartProps) {
  const axis = useMoneyAxis(display);
  const summary = `Bar chart of the roadmap's monthly cost over ${rows.length} months, coloured by the option in use (${used.map((id) => OPTION_LABELS[id]).join(', ')}), with ${statics.length} static choices as dashed lines; the table “Roadmap month by month” lists the figures.`;
  return (
    <figure className="roadmap-chart" aria-describedby={describedBy}>
      <figcaption className="chart__title">Monthly cost by month</figcaption>
      <div className="chart__canvas" role="img" aria-label={summary}>
        <LineChart data={rows} responsive style={STYLE} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            type="number"
            domain={monthDomain(rows.length)}
            ticks={monthTicks(rows.length)}
            allowDecimals={false}
            stroke="var(--axis)"
            tick={TICK}
            label={X_LABEL}
            height={40}
          />
          <YAxis stroke="var(--axis)" tick={TICK} tickFormatter={axis.tick} width={72} label={axis.label} />
          <Tooltip formatter={axis.tooltip} isAnimationActive={false} />
          <PlanBars rows={rows} theme={theme} />
          {/* Invisible: puts the roadmap's own cost in the tooltip and the axis range. */}
          <Line
            dataKey="planUsd"
            name="This roadmap"
            stroke="transparent"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          {statics.map((id) => (
            <Line
              key={id}
              dataKey={`static_${id}`}
              name={`${OPTION_LABELS[id]} all along`}
              type="stepAfter"
              stroke={OPTION_STYLE[id][theme]}
              strokeDasharray={dash(id)}
              strokeWidth={1.75}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
    </figure>
  );
}

/** Running total: the roadmap (one-off costs included) against each static choice (setup in month 0). */
export function CumulativeCostChart({ rows, statics, display, theme, describedBy }: ChartProps) {
  const axis = useMoneyAxis(display);
  const summary = `Line chart of cumulative cost over ${rows.length} months for the roadmap and ${statics.length} static choices; the table “Roadmap month by month” lists the roadmap's running total.`;
  return (
    <figure className="roadmap-chart" aria-describedby={describedBy}>
      <figcaption className="chart__title">Cumulative cost by month</figcaption>
      <div className="chart__canvas" role="img" aria-label={summary}>
        <LineChart data={rows} responsive style={STYLE} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            type="number"
            domain={monthDomain(rows.length)}
            ticks={monthTicks(rows.length)}
            allowDecimals={false}
            stroke="var(--axis)"
            tick={TICK}
            label={X_LABEL}
            height={40}
          />
          <YAxis stroke="var(--axis)" tick={TICK} tickFormatter={axis.tick} width={72} label={axis.label} />
          <Tooltip formatter={axis.tooltip} isAnimationActive={false} />
          {statics.map((id) => (
            <Line
              key={id}
              dataKey={`cumulative_${id}`}
              name={`${OPTION_LABELS[id]} all along`}
              stroke={OPTION_STYLE[id][theme]}
              strokeDasharray={dash(id)}
              strokeWidth={1.75}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <Line
            dataKey="planCumulativeUsd"
            name="This roadmap"
            stroke={PLAN_COLOUR}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
    </figure>
  );
}

/** Swatches for the charts: bars per option in use, dashed lines per static choice, the roadmap's own line. */
export function RoadmapLegend({ used, statics, theme }: Pick<ChartProps, 'used' | 'statics' | 'theme'>) {
  return (
    <ul className="roadmap-legend" aria-label="Chart key">
      {used.map((id) => (
        <li key={`bar-${id}`}>
          <span
            className="roadmap-legend__bar"
            style={{ background: OPTION_STYLE[id][theme] }}
            aria-hidden="true"
          />
          Roadmap on {OPTION_LABELS[id]}
        </li>
      ))}
      <li>
        <span className="roadmap-legend__line roadmap-legend__line--plan" aria-hidden="true" />
        Roadmap running total
      </li>
      {statics.map((id) => (
        <li key={`line-${id}`}>
          <svg className="roadmap-legend__dash" width="28" height="8" aria-hidden="true">
            <line
              x1="0"
              y1="4"
              x2="28"
              y2="4"
              stroke={OPTION_STYLE[id][theme]}
              strokeWidth="2"
              strokeDasharray={dash(id)}
            />
          </svg>
          {OPTION_LABELS[id]} all along
        </li>
      ))}
    </ul>
  );
}
