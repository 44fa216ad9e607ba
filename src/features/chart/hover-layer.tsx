import { memo, useEffect, useMemo, useState } from 'react';
import {
  Line,
  LineChart,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { PLOT_LAYOUT } from '../../core';
import { ActiveDots } from './active-dots';
import { ChartTooltip } from './chart-tooltip';
import type { Marker } from './break-even-markers';
import { markerPoints } from './overlay-layers';
import type { PlotProps } from './plot-props';

// Recharts re-registers a child whenever a prop changes identity, which re-runs its whole selector graph:
// every object and function handed to it below is either a module constant or memoised.
/** The axes are hidden here (static-plot.tsx draws them), so their room is margin: the plot box is the same. */
const MARGIN = {
  top: PLOT_LAYOUT.margin.top,
  right: PLOT_LAYOUT.margin.right,
  bottom: PLOT_LAYOUT.margin.bottom + PLOT_LAYOUT.xAxisHeightPx,
  left: PLOT_LAYOUT.margin.left + PLOT_LAYOUT.yAxisWidthPx,
};
/** A break-even marker's hover target (px): a little larger than the drawn marker, easy to point at. */
const MARKER_TARGET_PX = 8;
/** The hover cursor: dashed, in the theme's muted text colour, so it is not taken for the "You are here" line. */
const CURSOR = { stroke: 'var(--text-muted)', strokeWidth: 1, strokeDasharray: '4 3' };

/**
 * Invisible targets over the break-even markers carrying their titles (every crossing a marker stands for):
 * this layer lies over the drawing, so the drawing's own <title>s cannot be hovered.
 */
function MarkerTitles({ markers }: { markers: readonly Marker[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  // Above the hover dots, which sit on a marker whenever the hovered volume is its crossing.
  return (
    <ZIndexLayer zIndex={600}>
      <g className="chart-hover__markers">
        {markerPoints(markers, x, y, area).map(({ marker, key, cx, cy }) => (
          <circle key={key} cx={cx} cy={cy} r={MARKER_TARGET_PX} fill="transparent">
            <title>{marker.title}</title>
          </circle>
        ))}
      </g>
    </ZIndexLayer>
  );
}

/**
 * Whether the hover readout (tooltip, cursor, dots) may show: not after Escape (WCAG 1.4.13), nor after an
 * edit while the pointer rests, until the pointer moves or taps again (a tap sends no pointermove). Recharts
 * keeps the hovered row's index across new rows, so after an edit it would quote another volume than the one
 * under its cursor. `wakes` counts the returns: the tooltip is keyed on it, because Recharts' tooltip box
 * keeps its own Escape state until the hovered point changes, and would stay hidden beside the cursor.
 */
function useHoverReadout(rows: readonly unknown[]) {
  const [state, setState] = useState<{ liveFor: readonly unknown[] | null; wakes: number }>({
    liveFor: rows,
    wakes: 0,
  });
  const live = state.liveFor === rows;
  useEffect(() => {
    if (!live) return;
    const dismiss = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setState((now) => ({ ...now, liveFor: null }));
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [live]);
  const wake = live ? undefined : () => setState((now) => ({ liveFor: rows, wakes: now.wakes + 1 }));
  return { live, wake, wakes: state.wakes };
}

/**
 * The cost chart's hover layer, laid over the drawing (static-plot.tsx) once Recharts has loaded: Recharts'
 * tooltip and cursor, a dot on each line at the hovered volume, and the break-even markers' titles. It draws
 * no axes, grid or lines of its own, so a keystroke redraws the chart without Recharts (cost-chart.tsx hands
 * this layer the edit in a deferred render). Measured with `npm run perf` (Azure, 2 cores, medians of 9): key →
 * chart mutation 38 → 17 ms when Recharts stopped drawing the axes and grid in the key's own task.
 * A lazy chunk of its own: Recharts is the largest module of the results view.
 */
function HoverLayer(props: PlotProps) {
  const { model, visible, excluded, theme, display, yScale, yDomain, heightPx } = props;
  const style = useMemo(() => ({ width: '100%', height: heightPx }), [heightPx]);
  const { live, wake, wakes } = useHoverReadout(model.rows);
  const tooltip = useMemo(
    () => (
      <ChartTooltip visible={visible} excluded={excluded} display={display} theme={theme} rows={model.rows} />
    ),
    [visible, excluded, display, theme, model.rows],
  );
  return (
    <div onPointerMove={wake} onPointerDown={wake}>
      <LineChart data={model.rows} responsive style={style} margin={MARGIN} accessibilityLayer={false}>
        <XAxis
          hide
          dataKey="tokens"
          type="number"
          scale={model.xScale}
          domain={model.domain}
          allowDataOverflow
        />
        <YAxis hide type="number" scale={yScale} domain={yDomain} allowDataOverflow />
        {/* Recharts shows a tooltip only when a series gives it a payload; this hidden one (drawing nothing) does,
          and the tooltip reads every option's cost from the hovered row itself (chart-tooltip.tsx). */}
        <Line dataKey="cheapest" hide isAnimationActive={false} legendType="none" />
        <Tooltip
          key={wakes}
          content={tooltip}
          cursor={CURSOR}
          includeHidden
          isAnimationActive={false}
          {...(live ? {} : { active: false })}
        />
        {live ? <ActiveDots rows={model.rows} visible={visible} theme={theme} /> : null}
        <MarkerTitles markers={props.overlay.markers} />
      </LineChart>
    </div>
  );
}

export default memo(HoverLayer);
