import { useCallback, useEffect, useMemo, type CSSProperties } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatMoneyCompact,
  formatTokens,
  formatTokensAxis,
  OPTION_IDS,
  OPTION_LABELS,
  type ChartModel,
} from '../../core';
import { markChartRendered } from '../../lib/perf';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';
import { usePlannerStore } from '../../state/planner-store';
import { chartModelOf, evaluationOf } from '../../state/selectors';
import { buildMarkers } from './break-even-markers';
import { ChartLegend } from './chart-legend';
import { ChartOverlay } from './chart-overlay';
import { ChartTooltip } from './chart-tooltip';

/** Decade ticks for a log axis, from the first at or above `low` to the last at or below `high`. */
function decadeTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(low)); e <= Math.floor(Math.log10(high)); e += 1) ticks.push(10 ** e);
  return ticks.length >= 2 ? ticks : [low, high];
}

/** The palette's dash patterns as CSS variables, read by the .series--* rules in app/styles/results.css. */
const DASH_VARIABLES = Object.fromEntries(
  OPTION_IDS.map((id) => [`--dash-${id}`, OPTION_STYLE[id].dash === '0' ? 'none' : OPTION_STYLE[id].dash]),
) as CSSProperties;

// Recharts re-registers a child whenever a prop changes identity, which re-runs its whole selector graph:
// every object and function handed to it below is either a module constant or memoised.
const MARGIN = { top: 24, right: 24, bottom: 8, left: 8 };
const TICK = { fill: 'var(--text-muted)', fontSize: 12 };
const ACTIVE_DOT = { r: 3 };
const X_LABEL = {
  value: 'Monthly tokens',
  position: 'insideBottom',
  offset: -4,
  fill: 'var(--text-muted)',
  fontSize: 12,
} as const;

/**
 * Monthly cost against monthly tokens, one line per option, with break-even markers, the scenario's volume,
 * the budget and the cheapest option per range (tinted bands, see ChartOverlay). Its text alternative is the break-even table
 * (`describedBy`).
 */
export function CostChart({ describedBy, height = 440 }: { describedBy: string; height?: number }) {
  const scenario = usePlannerStore((state) => state.scenario);
  const chart = usePlannerStore((state) => state.chart);
  const theme: ThemeName = usePlannerStore((state) => state.theme);
  const toggleAxis = usePlannerStore((state) => state.chartAxisToggled);
  const toggleOption = usePlannerStore((state) => state.optionVisibilityToggled);
  const model: ChartModel = chartModelOf(scenario, { xScale: chart.xScale });
  const evaluation = evaluationOf(scenario);
  const excluded = useMemo(
    () => new Set(evaluation.recommendation.excluded.map((e) => e.option)),
    [evaluation],
  );
  const display = scenario.display;
  const budget = scenario.requirements.monthlyBudget;
  const yLog = chart.yScale === 'log';

  useEffect(() => {
    markChartRendered();
  }, [model]);

  const visible = useMemo(() => OPTION_IDS.filter((id) => !chart.hidden.includes(id)), [chart.hidden]);
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const xTicks = useMemo(
    () => (model.xScale === 'log' ? decadeTicks(model.domain[0], model.domain[1]) : undefined),
    [model],
  );
  const yDomain = useMemo<[number, number]>(
    () => (yLog ? [Math.max(model.yMinLog * 0.8, 1e-6), model.yMaxLinear * 10] : [0, model.yMaxLinear]),
    [model, yLog],
  );
  const yTickFormatter = useCallback((v: number) => formatMoneyCompact(v, display), [display]);
  const yLabel = useMemo(
    () =>
      ({
        value: `Monthly cost (${display.currency})`,
        angle: -90,
        position: 'insideLeft',
        offset: 10,
        fill: 'var(--text-muted)',
        fontSize: 12,
        style: { textAnchor: 'middle' },
      }) as const,
    [display.currency],
  );
  const tooltip = useMemo(
    () => <ChartTooltip visible={visible} display={display} theme={theme} />,
    [visible, display, theme],
  );
  const markers = useMemo(() => buildMarkers(model.markers, visible, display), [model, visible, display]);
  const inView = model.scenarioTokens >= model.domain[0] && model.scenarioTokens <= model.domain[1];
  const here = inView
    ? { tokens: model.scenarioTokens, label: `You are here · ${formatTokens(model.scenarioTokens)}` }
    : null;
  const budgetMark = { usd: budget, label: `Budget ${formatMoneyCompact(budget, display)}` };
  const summary = `Line chart of monthly cost against monthly tokens (${model.xScale} scale) for ${visible.length} options${excluded.size > 0 ? ` (${excluded.size} ruled out, drawn faded)` : ''}, with ${model.breakEvens.length} break-even points; the table “Break-even points” below lists them.`;

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
      <ChartLegend hidden={chart.hidden} onToggle={toggleOption} theme={theme} evaluation={evaluation} />
      <div className="chart__canvas" role="img" aria-label={summary} style={DASH_VARIABLES}>
        <LineChart data={model.rows} responsive style={style} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="tokens"
            type="number"
            scale={model.xScale}
            domain={model.domain}
            allowDataOverflow
            ticks={xTicks}
            tickFormatter={formatTokensAxis}
            stroke="var(--axis)"
            tick={TICK}
            label={X_LABEL}
            height={44}
          />
          <YAxis
            type="number"
            scale={yLog ? 'log' : 'linear'}
            domain={yDomain}
            allowDataOverflow
            tickFormatter={yTickFormatter}
            stroke="var(--axis)"
            tick={TICK}
            width={72}
            label={yLabel}
          />
          <Tooltip content={tooltip} isAnimationActive={false} />
          {visible.map((id) => (
            <Line
              key={id}
              dataKey={id}
              name={OPTION_LABELS[id]}
              type="linear"
              stroke={OPTION_STYLE[id][theme]}
              strokeWidth={excluded.has(id) ? 1.5 : 2.25}
              strokeOpacity={excluded.has(id) ? 0.35 : 1}
              className={`series series--${id}${excluded.has(id) ? ' series--excluded' : ''}`}
              dot={false}
              activeDot={ACTIVE_DOT}
              isAnimationActive={false}
            />
          ))}
          <ChartOverlay
            bands={model.cheapestBands}
            markers={markers}
            here={here}
            budget={budgetMark}
            theme={theme}
          />
        </LineChart>
      </div>
    </figure>
  );
}
