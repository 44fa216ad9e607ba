import { memo, useLayoutEffect, useRef, useState } from 'react';
import {
  axisScale,
  formatTokensAxis,
  linePath,
  optionLine,
  plotArea,
  PLOT_LAYOUT,
  type Box,
} from '../../core';
import { OPTION_STYLE } from '../../lib/palette';
import { overlayLayers } from './overlay-layers';
import { TICK_FONT_PX, X_LABEL_TEXT, type PlotProps } from './plot-props';

/** Recharts' axis tick: a 6 px line, then the label 2 px beyond it. */
const TICK_LINE_PX = 6;
const TICK_GAP_PX = 2;

function Axes({ area, props }: { area: Box; props: PlotProps }) {
  const { model, xTicks, yTicks, yTickFormatter, yScale, yDomain, heightPx, yLabel } = props;
  const px = axisScale(model.xScale, model.domain, [area.x, area.x + area.width]);
  const py = axisScale(yScale, yDomain, [area.y + area.height, area.y]);
  const bottom = area.y + area.height;
  const yLabelX = PLOT_LAYOUT.margin.left + 10;
  const yLabelY = area.y + area.height / 2;
  return (
    <g className="chart__axes">
      <g className="chart__grid" stroke="var(--grid)" strokeDasharray="3 3">
        {yTicks.map((tick) => (
          <line key={`y${tick}`} x1={area.x} x2={area.x + area.width} y1={py(tick)} y2={py(tick)} />
        ))}
        {xTicks.map((tick) => (
          <line key={`x${tick}`} x1={px(tick)} x2={px(tick)} y1={area.y} y2={bottom} />
        ))}
      </g>
      <g stroke="var(--axis)">
        <line x1={area.x} x2={area.x + area.width} y1={bottom} y2={bottom} />
        <line x1={area.x} x2={area.x} y1={area.y} y2={bottom} />
        {xTicks.map((tick) => (
          <line key={`x${tick}`} x1={px(tick)} x2={px(tick)} y1={bottom} y2={bottom + TICK_LINE_PX} />
        ))}
        {yTicks.map((tick) => (
          <line key={`y${tick}`} x1={area.x - TICK_LINE_PX} x2={area.x} y1={py(tick)} y2={py(tick)} />
        ))}
      </g>
      <g fill="var(--text-muted)" fontSize={TICK_FONT_PX}>
        {xTicks.map((tick) => (
          <text
            key={`x${tick}`}
            x={px(tick)}
            y={bottom + TICK_LINE_PX + TICK_GAP_PX}
            className="chart__tick chart__tick--x"
            dy="0.71em"
            textAnchor="middle"
          >
            {formatTokensAxis(tick)}
          </text>
        ))}
        {yTicks.map((tick) => (
          <text
            key={`y${tick}`}
            x={area.x - TICK_LINE_PX - TICK_GAP_PX}
            y={py(tick)}
            className="chart__tick chart__tick--y"
            dy="0.355em"
            textAnchor="end"
          >
            {yTickFormatter(tick)}
          </text>
        ))}
        <text
          x={area.x + area.width / 2}
          y={heightPx - PLOT_LAYOUT.margin.bottom + 4}
          textAnchor="middle"
          className="chart__axis-label"
        >
          {X_LABEL_TEXT}
        </text>
        <text
          x={yLabelX}
          y={yLabelY}
          className="chart__axis-label"
          dy="0.355em"
          textAnchor="middle"
          transform={`rotate(-90 ${yLabelX} ${yLabelY})`}
        >
          {yLabel}
        </text>
      </g>
    </g>
  );
}

/**
 * The cost chart's plot — axes, grid, bands, lines, notes and markers — drawn without Recharts (the lines
 * exactly from each option's cost curve, `optionLine`; the rest from the core's chart model), so a share link paints its chart while Recharts (~110 KB gzip) is still loading, and a keystroke
 * redraws it without Recharts' selector graph. Recharts' hover layer (hover-layer.tsx: tooltip, cursor, dots)
 * lies over it once loaded, on the same plot box (core/chart/plot-geometry.ts). It sits inside the chart's
 * role="img" element, whose label is the chart's text alternative.
 */
export const StaticPlot = memo(function StaticPlot(props: PlotProps) {
  const { model, visible, excluded, theme, yScale, yDomain, heightPx } = props;
  const frame = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  // Measured before the browser paints (a layout effect), so the first painted frame already has the lines;
  // then whenever the box changes width, as Recharts' hover layer does, so the two keep one plot box (a page
  // scrollbar coming or going changes the width without a window resize).
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidthPx(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const area = plotArea(widthPx, heightPx);
  const px = axisScale(model.xScale, model.domain, [area.x, area.x + area.width]);
  const py = axisScale(yScale, yDomain, [area.y + area.height, area.y]);
  const layers = widthPx > 0 ? overlayLayers(props.overlay, px, py, area) : null;
  const view = { xScale: model.xScale, domain: model.domain, px, py };
  return (
    <div ref={frame} className="chart__static" style={{ height: heightPx }} data-chart="static">
      {layers ? (
        <svg width={widthPx} height={heightPx} className="chart__static-svg">
          <defs>
            <clipPath id="static-plot-clip">
              <rect x={area.x} y={area.y} width={area.width} height={area.height} />
            </clipPath>
          </defs>
          <Axes area={area} props={props} />
          {layers.bands}
          <g clipPath="url(#static-plot-clip)" fill="none">
            {visible.map((id) => {
              const dash = OPTION_STYLE[id].dash;
              return (
                <path
                  key={id}
                  className={`chart-line series--${id}`}
                  d={linePath(optionLine(model.structures[id], { ...view, plot: area }))}
                  stroke={OPTION_STYLE[id][theme]}
                  strokeWidth={excluded.has(id) ? 1.5 : 2.25}
                  strokeOpacity={excluded.has(id) ? 0.35 : 1}
                  strokeDasharray={dash === '0' ? undefined : dash}
                />
              );
            })}
          </g>
          {layers.notes}
          {layers.markers}
        </svg>
      ) : null}
    </div>
  );
});
