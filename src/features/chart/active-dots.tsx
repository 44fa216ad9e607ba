import { useActiveTooltipLabel, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { ChartRow, OptionId } from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';

export type ActiveDotsProps = {
  rows: readonly ChartRow[];
  visible: readonly OptionId[];
  theme: ThemeName;
};

/**
 * A dot on each visible cost line at the hovered volume, in the hover layer (hover-layer.tsx), from Recharts'
 * axis scales and its hovered x value. Not Recharts' <Line>: the lines are drawn by static-plot.tsx. A cost
 * above or below the plot gets no dot (its line is clipped there). The dots take no pointer events, so the
 * break-even markers' titles under them can be hovered.
 */
export function ActiveDots({ rows, visible, theme }: ActiveDotsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  const label = useActiveTooltipLabel();
  if (!x || !y || !area || label === undefined) return null;
  const active = rows.find((row) => row.tokens === Number(label));
  if (!active) return null;
  return (
    <ZIndexLayer zIndex={500}>
      <g className="chart-active-dots" pointerEvents="none">
        {visible.map((id) => {
          const cx = Number(x(active.tokens));
          const cy = Number(y(active[id]));
          const inPlot = cy >= area.y && cy <= area.y + area.height;
          if (!Number.isFinite(cx) || !Number.isFinite(cy) || !inPlot) return null;
          return (
            <circle
              key={id}
              data-option={id}
              cx={cx}
              cy={cy}
              r={3}
              fill={OPTION_STYLE[id][theme]}
              stroke="var(--surface)"
              strokeWidth={1}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
