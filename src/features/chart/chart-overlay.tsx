import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { CheapestRange } from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';
import type { Marker } from './break-even-markers';

export type ChartOverlayProps = {
  bands: readonly CheapestRange[];
  markers: readonly Marker[];
  /** The scenario's volume and its label, or null when outside the view. */
  here: { tokens: number; label: string } | null;
  budget: { usd: number; label: string };
  theme: ThemeName;
};

/**
 * The chart's annotations — cheapest-option bands, "You are here", the budget line and the break-even markers —
 * drawn as one component from the axis scales. As separate Recharts reference elements each would re-register
 * in Recharts' store on every edit, which cost more than drawing the lines themselves.
 */
export function ChartOverlay({ bands, markers, here, budget, theme }: ChartOverlayProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const left = area.x;
  const right = area.x + area.width;
  const top = area.y;
  const bottom = area.y + area.height;
  const clampX = (value: number) => Math.min(right, Math.max(left, value));
  const px = (tokens: number) => Number(x(tokens));
  const py = (usd: number) => Number(y(usd));
  const hereX = here ? px(here.tokens) : NaN;
  const budgetY = py(budget.usd);
  return (
    <>
      <ZIndexLayer zIndex={-90}>
        <g className="chart-bands">
          {bands.map((band) => {
            const from = clampX(px(band.fromTokens));
            const to = clampX(px(band.toTokens));
            if (!(to > from)) return null;
            return (
              <rect
                key={`${band.option}-${band.fromTokens}`}
                x={from}
                y={top}
                width={to - from}
                height={bottom - top}
                fill={OPTION_STYLE[band.option][theme]}
                fillOpacity={theme === 'dark' ? 0.1 : 0.07}
              />
            );
          })}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={450}>
        {Number.isFinite(budgetY) && budgetY >= top && budgetY <= bottom ? (
          <g className="marker-budget">
            <line
              x1={left}
              x2={right}
              y1={budgetY}
              y2={budgetY}
              stroke="var(--budget)"
              strokeDasharray="6 4"
              strokeWidth={1.5}
            />
            <text x={right - 6} y={budgetY - 6} textAnchor="end" fontSize={12} fill="var(--budget)">
              {budget.label}
            </text>
          </g>
        ) : null}
        {here && Number.isFinite(hereX) && hereX >= left && hereX <= right ? (
          <g className="marker-you-are-here">
            <line x1={hereX} x2={hereX} y1={top} y2={bottom} stroke="var(--text)" strokeWidth={1.5} />
            <text x={hereX + 6} y={top + 14} fontSize={12} fontWeight={600} fill="var(--text)">
              {here.label}
            </text>
          </g>
        ) : null}
      </ZIndexLayer>
      <ZIndexLayer zIndex={600}>
        {markers.map((marker) => {
          const cx = px(marker.at.monthlyTokens);
          const cy = py(marker.at.monthlyCost);
          if (!(cx >= left && cx <= right && cy >= top && cy <= bottom)) return null;
          return (
            <g key={`${marker.at.a}-${marker.at.b}-${marker.at.monthlyTokens}`}>{marker.shape({ cx, cy })}</g>
          );
        })}
      </ZIndexLayer>
    </>
  );
}
