import { useMemo } from 'react';
import { useActiveTooltipLabel, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { seriesPath, type ChartRow, type OptionId } from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';

export type SeriesLayerProps = {
  rows: readonly ChartRow[];
  visible: readonly OptionId[];
  excluded: ReadonlySet<OptionId>;
  theme: ThemeName;
};

/**
 * The cost lines inside the Recharts chart, drawn from its axis scales as one path per option (the same paths
 * static-plot.tsx draws), plus a dot on each line at the hovered volume. Not Recharts' <Line>: each Line
 * registers in Recharts' store and draws in a second render, and measures its path (getTotalLength, a forced
 * layout) on every render; on a keystroke that was most of the chart's cost (npm run perf:profile).
 */
export function SeriesLayer({ rows, visible, excluded, theme }: SeriesLayerProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  const label = useActiveTooltipLabel();
  const px = useMemo(() => (x ? (tokens: number) => Number(x(tokens)) : null), [x]);
  const py = useMemo(() => (y ? (usd: number) => Number(y(usd)) : null), [y]);
  const paths = useMemo(
    () => (px && py ? visible.map((id) => ({ id, d: seriesPath(rows, id, px, py) })) : []),
    [rows, visible, px, py],
  );
  if (!px || !py || !area) return null;
  const active = label === undefined ? undefined : rows.find((row) => row.tokens === Number(label));
  return (
    <>
      <ZIndexLayer zIndex={400}>
        <g className="chart-lines" fill="none">
          <clipPath id="series-layer-clip">
            <rect x={area.x} y={area.y} width={area.width} height={area.height} />
          </clipPath>
          <g clipPath="url(#series-layer-clip)">
            {paths.map(({ id, d }) => (
              <path
                key={id}
                className={`chart-line series--${id}${excluded.has(id) ? ' series--excluded' : ''}`}
                d={d}
                stroke={OPTION_STYLE[id][theme]}
                strokeWidth={excluded.has(id) ? 1.5 : 2.25}
                strokeOpacity={excluded.has(id) ? 0.35 : 1}
              />
            ))}
          </g>
        </g>
      </ZIndexLayer>
      {active ? (
        <ZIndexLayer zIndex={500}>
          <g className="chart-active-dots">
            {visible.map((id) => {
              const cx = px(active.tokens);
              const cy = py(active[id]);
              if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
              return (
                <circle
                  key={id}
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
      ) : null}
    </>
  );
}
