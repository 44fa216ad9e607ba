import { useEffect, useMemo, type CSSProperties } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  formatMoney,
  formatMoneyCompact,
  formatTokens,
  formatTokensAxis,
  OPTION_IDS,
  OPTION_LABELS,
  type BreakEven,
  type ChartModel,
} from '../../core';
import { markChartRendered } from '../../lib/perf';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';
import { usePlannerStore } from '../../state/planner-store';
import { chartModelOf } from '../../state/selectors';
import { ChartLegend } from './chart-legend';
import { ChartTooltip } from './chart-tooltip';

/** Decade ticks for a log axis, from the first at or above `low` to the last at or below `high`. */
function decadeTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(low)); e <= Math.floor(Math.log10(high)); e += 1) ticks.push(10 ** e);
  return ticks.length >= 2 ? ticks : [low, high];
}

function markerTitle(be: BreakEven, currency: { currency: string; usdToCurrency: number }): string {
  return `${OPTION_LABELS[be.a]} = ${OPTION_LABELS[be.b]} at ${formatTokens(be.monthlyTokens)} tokens/month (${formatMoney(be.monthlyCost, currency)}/month)`;
}

/**
 * Crossings that would sit on top of each other (within 2% in volume and cost, e.g. private endpoints crossing
 * $7.30 before the serverless API does) share one marker; its tooltip names every pair.
 */
function distinctMarkers(breakEvens: readonly BreakEven[]): { at: BreakEven; all: BreakEven[] }[] {
  const groups: { at: BreakEven; all: BreakEven[] }[] = [];
  for (const be of breakEvens) {
    const near = groups.find(
      (g) =>
        Math.abs(g.at.monthlyTokens / be.monthlyTokens - 1) < 0.02 &&
        Math.abs(g.at.monthlyCost / Math.max(be.monthlyCost, 1e-9) - 1) < 0.02,
    );
    if (near) near.all.push(be);
    else groups.push({ at: be, all: [be] });
  }
  return groups;
}

/** The palette's dash patterns as CSS variables, read by the .series--* rules in app.css. */
const DASH_VARIABLES = Object.fromEntries(
  OPTION_IDS.map((id) => [`--dash-${id}`, OPTION_STYLE[id].dash === '0' ? 'none' : OPTION_STYLE[id].dash]),
) as CSSProperties;

/** At most this many break-even markers are drawn; the table lists them all. */
const MAX_MARKERS = 40;

/**
 * Monthly cost against monthly tokens, one line per option, with break-even markers, the scenario's volume,
 * the budget and the cheapest option per range. Its text alternative is the break-even table
 * (`describedBy`).
 */
export function CostChart({ describedBy, height = 440 }: { describedBy: string; height?: number }) {
  const scenario = usePlannerStore((state) => state.scenario);
  const chart = usePlannerStore((state) => state.chart);
  const theme: ThemeName = usePlannerStore((state) => state.theme);
  const toggleAxis = usePlannerStore((state) => state.chartAxisToggled);
  const toggleOption = usePlannerStore((state) => state.optionVisibilityToggled);
  const model: ChartModel = chartModelOf(scenario, { xScale: chart.xScale });
  const display = scenario.display;
  const visible = OPTION_IDS.filter((id) => !chart.hidden.includes(id));

  useEffect(() => {
    markChartRendered();
  }, [model]);

  const yLog = chart.yScale === 'log';
  const yDomain: [number, number] = yLog
    ? [Math.max(model.yMinLog * 0.8, 1e-6), model.yMaxLinear * 10]
    : [0, model.yMaxLinear];
  const xTicks = useMemo(
    () => (model.xScale === 'log' ? decadeTicks(model.domain[0], model.domain[1]) : undefined),
    [model],
  );
  const markers = distinctMarkers(
    model.breakEvens.filter((be) => visible.includes(be.a) && visible.includes(be.b)),
  ).slice(0, MAX_MARKERS);
  const summary = `Line chart of monthly cost against monthly tokens (${model.xScale} scale) for ${visible.length} options, with ${model.breakEvens.length} break-even points; the table “Break-even points” below lists them.`;

  return (
    <figure className="chart" aria-labelledby="chart-title" aria-describedby={describedBy}>
      <div className="chart__header">
        <figcaption id="chart-title" className="chart__title">
          Monthly cost by monthly token volume
        </figcaption>
        <div className="chart__controls" role="group" aria-label="Chart axes">
          <button
            type="button"
            className="chip"
            aria-pressed={chart.xScale === 'log'}
            onClick={() => toggleAxis('x')}
          >
            Log volume axis
          </button>
          <button type="button" className="chip" aria-pressed={yLog} onClick={() => toggleAxis('y')}>
            Log cost axis
          </button>
        </div>
      </div>
      <ChartLegend hidden={chart.hidden} onToggle={toggleOption} theme={theme} />
      <div className="chart__canvas" role="img" aria-label={summary} style={DASH_VARIABLES}>
        <LineChart
          data={model.rows}
          responsive
          style={{ width: '100%', height }}
          margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          {model.cheapestBands.map((band) => (
            <ReferenceArea
              key={`${band.option}-${band.fromTokens}`}
              x1={band.fromTokens}
              x2={band.toTokens}
              fill={OPTION_STYLE[band.option][theme]}
              fillOpacity={theme === 'dark' ? 0.1 : 0.07}
              ifOverflow="hidden"
            />
          ))}
          <XAxis
            dataKey="tokens"
            type="number"
            scale={model.xScale === 'log' ? 'log' : 'linear'}
            domain={model.domain}
            allowDataOverflow
            ticks={xTicks}
            tickFormatter={(t: number) => formatTokensAxis(t)}
            stroke="var(--axis)"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            label={{
              value: 'Monthly tokens',
              position: 'insideBottom',
              offset: -4,
              fill: 'var(--text-muted)',
              fontSize: 12,
            }}
            height={44}
          />
          <YAxis
            type="number"
            scale={yLog ? 'log' : 'linear'}
            domain={yDomain}
            allowDataOverflow
            tickFormatter={(v: number) => formatMoneyCompact(v, display)}
            stroke="var(--axis)"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            width={72}
            label={{
              value: `Monthly cost (${display.currency})`,
              angle: -90,
              position: 'insideLeft',
              offset: 10,
              fill: 'var(--text-muted)',
              fontSize: 12,
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            content={<ChartTooltip visible={visible} display={display} theme={theme} />}
            isAnimationActive={false}
          />
          {visible.map((id) => (
            <Line
              key={id}
              dataKey={id}
              name={OPTION_LABELS[id]}
              type="linear"
              stroke={OPTION_STYLE[id][theme]}
              strokeWidth={2.25}
              className={`series series--${id}`}
              dot={false}
              activeDot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
          {model.scenarioTokens >= model.domain[0] && model.scenarioTokens <= model.domain[1] ? (
            <ReferenceLine
              x={model.scenarioTokens}
              stroke="var(--text)"
              strokeWidth={1.5}
              label={{
                value: `You are here · ${formatTokens(model.scenarioTokens)}`,
                position: 'insideTopLeft',
                fill: 'var(--text)',
                fontSize: 12,
                fontWeight: 600,
              }}
              className="marker-you-are-here"
            />
          ) : null}
          <ReferenceLine
            y={scenario.requirements.monthlyBudget}
            stroke="var(--budget)"
            strokeDasharray="6 4"
            ifOverflow="hidden"
            label={{
              value: `Budget ${formatMoneyCompact(scenario.requirements.monthlyBudget, display)}`,
              position: 'insideBottomRight',
              fill: 'var(--budget)',
              fontSize: 12,
            }}
            className="marker-budget"
          />
          {markers.map(({ at: be, all }, index) => (
            <ReferenceDot
              key={`${be.a}-${be.b}-${be.monthlyTokens}`}
              x={be.monthlyTokens}
              y={be.monthlyCost}
              r={5}
              ifOverflow="hidden"
              shape={(props: { cx?: number; cy?: number }) => (
                <g className="marker-break-even">
                  <circle
                    cx={props.cx}
                    cy={props.cy}
                    r={5}
                    fill="var(--surface)"
                    stroke="var(--text)"
                    strokeWidth={2}
                  />
                  <text
                    x={props.cx}
                    y={(props.cy ?? 0) + (index % 2 === 0 ? -10 : 18)}
                    textAnchor="middle"
                    fontSize={11}
                    fontWeight={600}
                    fill="var(--text)"
                    className="marker-break-even__label"
                  >
                    {formatTokens(be.monthlyTokens)}
                  </text>
                  <title>{all.map((each) => markerTitle(each, display)).join('\n')}</title>
                </g>
              )}
            />
          ))}
        </LineChart>
      </div>
    </figure>
  );
}
