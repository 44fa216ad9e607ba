import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTokensAxis, OPTION_LABELS, PLOT_LAYOUT } from '../../core';
import { OPTION_STYLE } from '../../lib/palette';
import { ChartOverlay } from './chart-overlay';
import { ChartTooltip } from './chart-tooltip';
import { TICK_FONT_PX, X_LABEL_TEXT, type PlotProps } from './plot-props';

// Recharts re-registers a child whenever a prop changes identity, which re-runs its whole selector graph:
// every object and function handed to it below is either a module constant or memoised.
const MARGIN = PLOT_LAYOUT.margin;
const TICK = { fill: 'var(--text-muted)', fontSize: TICK_FONT_PX };
const ACTIVE_DOT = { r: 3 };
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
    () => <ChartTooltip visible={visible} display={display} theme={theme} />,
    [visible, display, theme],
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
      <ChartOverlay {...props.overlay} />
    </LineChart>
  );
}
