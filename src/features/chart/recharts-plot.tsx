import { useMemo } from 'react';
import { CartesianGrid, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTokensAxis, PLOT_LAYOUT } from '../../core';
import { ChartOverlay } from './chart-overlay';
import { ChartTooltip } from './chart-tooltip';
import { SeriesLayer } from './series-layer';
import { TICK_FONT_PX, X_LABEL_TEXT, type PlotProps } from './plot-props';

// Recharts re-registers a child whenever a prop changes identity, which re-runs its whole selector graph:
// every object and function handed to it below is either a module constant or memoised.
const MARGIN = PLOT_LAYOUT.margin;
const TICK = { fill: 'var(--text-muted)', fontSize: TICK_FONT_PX };
const X_LABEL = {
  value: X_LABEL_TEXT,
  position: 'insideBottom',
  offset: -4,
  fill: 'var(--text-muted)',
  fontSize: TICK_FONT_PX,
} as const;

/**
 * The interactive plot (Recharts: tooltip, active dots), loaded after the first frame has painted
 * (cost-chart.tsx); until then static-plot.tsx draws the same plot. A lazy chunk of its own: Recharts is the
 * largest module of the results view and nothing else needs it on a share link's first paint.
 */
export default function RechartsPlot(props: PlotProps) {
  const { model, visible, excluded, theme, display, yScale, yDomain, xTicks, yTicks, heightPx } = props;
  const style = useMemo(() => ({ width: '100%', height: heightPx }), [heightPx]);
  const yLabel = useMemo(
    () =>
      ({
        value: props.yLabel,
        angle: -90,
        position: 'insideLeft',
        offset: 10,
        fill: 'var(--text-muted)',
        fontSize: TICK_FONT_PX,
        style: { textAnchor: 'middle' },
      }) as const,
    [props.yLabel],
  );
  const tooltip = useMemo(
    () => <ChartTooltip visible={visible} display={display} theme={theme} rows={model.rows} />,
    [visible, display, theme, model.rows],
  );
  return (
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
        height={PLOT_LAYOUT.xAxisHeightPx}
      />
      <YAxis
        type="number"
        scale={yScale}
        domain={yDomain}
        allowDataOverflow
        ticks={yTicks}
        tickFormatter={props.yTickFormatter}
        stroke="var(--axis)"
        tick={TICK}
        width={PLOT_LAYOUT.yAxisWidthPx}
        label={yLabel}
      />
      <Tooltip content={tooltip} isAnimationActive={false} />
      <SeriesLayer rows={model.rows} visible={visible} excluded={excluded} theme={theme} />
      <ChartOverlay {...props.overlay} />
    </LineChart>
  );
}
