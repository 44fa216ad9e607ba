import { lazy, Suspense, useDeferredValue, useEffect, useMemo, type CSSProperties } from 'react';
import { useAfterFirstPaint } from '../../components/ui/use-after-first-paint';
import {
  costAxisDomain,
  formatMoneyCompact,
  formatTokens,
  linearAxisTicks,
  logAxisTicks,
  OPTION_IDS,
  type ChartModel,
} from '../../core';
import { markChartRendered } from '../../lib/perf';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';
import { usePlannerStore } from '../../state/planner-store';
import { chartModelOf, evaluationOf } from '../../state/selectors';
import { buildMarkers } from './break-even-markers';
import { ChartLegend } from './chart-legend';
import { chartSummary } from './chart-summary';
import type { PlotProps } from './plot-props';
import { StaticPlot } from './static-plot';

/** The palette's dash patterns as CSS variables, read by the .series--* rules in app/styles/results.css. */
const DASH_VARIABLES = Object.fromEntries(
  OPTION_IDS.map((id) => [`--dash-${id}`, OPTION_STYLE[id].dash === '0' ? 'none' : OPTION_STYLE[id].dash]),
) as CSSProperties;

const HoverLayer = lazy(() => import('./hover-layer'));

/** True once Recharts' chunk has loaded: later mounts (leaving and reopening results) draw with it at once. */
let rechartsLoaded = false;

/**
 * Recharts' chunk (~103 KB gzip) is fetched after the chart's first frame has painted, and its hover layer is
 * added in a transition. Measured with `npm run perf` (2 cores, medians of 9): the JS a share link fetches
 * before its chart is on screen went from 258 KB to 138 KB gzip (seed and Azure).
 */
const loadRecharts = () =>
  import('./hover-layer').then(() => {
    rechartsLoaded = true;
  });

/**
 * Monthly cost against monthly tokens, one line per option, with break-even markers, the scenario's volume,
 * the budget and the cheapest option per range (tinted bands, see overlay-layers.tsx). Its text alternative is
 * the chart's label and the break-even table (`describedBy`). The plot is drawn from the core's cost curves
 * and rows (static-plot.tsx); once loaded, Recharts lays its hover layer over it (hover-layer.tsx: tooltip, cursor,
 * dots), inside the same labelled element. An edit redraws the plot in the key's own task and reaches the hover
 * layer in a deferred render, so Recharts' work never delays the chart's next frame.
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
  const interactive = useAfterFirstPaint(loadRecharts, rechartsLoaded);

  useEffect(() => {
    markChartRendered();
  }, [model]);

  const visible = useMemo(() => OPTION_IDS.filter((id) => !chart.hidden.includes(id)), [chart.hidden]);
  const xTicks = useMemo(
    () =>
      model.xScale === 'log'
        ? logAxisTicks(model.domain[0], model.domain[1])
        : linearAxisTicks(model.domain[1]),
    [model],
  );
  const yDomain = useMemo(
    () => costAxisDomain(chart.yScale, model.yMaxLinear, model.yMinLog),
    [model, chart.yScale],
  );
  const yTicks = useMemo(
    () => (yLog ? logAxisTicks(yDomain[0], yDomain[1]) : linearAxisTicks(yDomain[1])),
    [yDomain, yLog],
  );
  const yTickFormatter = useMemo(() => (v: number) => formatMoneyCompact(v, display), [display]);
  const markers = useMemo(() => buildMarkers(model.markers, visible, display), [model, visible, display]);
  const inView = model.scenarioTokens >= model.domain[0] && model.scenarioTokens <= model.domain[1];
  const summary = chartSummary(model, visible, excluded.size, chart.yScale);
  const yLabel = `Monthly cost (${display.currency})`;
  // Memoised so the deferred value below only changes with the drawing, and the hover layer (memo) re-renders
  // only then.
  const plotProps: PlotProps = useMemo(
    () => ({
      model,
      visible,
      excluded,
      theme,
      display,
      yScale: chart.yScale,
      yDomain,
      xTicks,
      yTicks,
      yTickFormatter,
      yLabel,
      heightPx: height,
      overlay: {
        bands: model.cheapestBands,
        markers,
        here: inView
          ? { tokens: model.scenarioTokens, label: `You are here · ${formatTokens(model.scenarioTokens)}` }
          : null,
        budget: { usd: budget, label: `Budget ${formatMoneyCompact(budget, display)}` },
        theme,
        lines: { rows: model.rows, ids: visible },
      },
    }),
    [
      model,
      visible,
      excluded,
      theme,
      display,
      chart.yScale,
      yDomain,
      xTicks,
      yTicks,
      yTickFormatter,
      yLabel,
      height,
      markers,
      inView,
      budget,
    ],
  );
  const hoverProps = useDeferredValue(plotProps);

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
        <StaticPlot {...plotProps} />
        {interactive ? (
          <div className="chart__hover" data-chart="hover">
            <Suspense fallback={null}>
              <HoverLayer {...hoverProps} />
            </Suspense>
          </div>
        ) : null}
      </div>
    </figure>
  );
}
