import type { ReactNode } from 'react';
import {
  firstClearBox,
  layoutLabels,
  noteStartX,
  seriesPolylines,
  textSize,
  type Box,
  type ChartRow,
  type CheapestRange,
  type OptionId,
} from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';
import type { Marker } from './break-even-markers';

export type OverlayProps = {
  bands: readonly CheapestRange[];
  markers: readonly Marker[];
  /** The scenario's volume and its label, or null when outside the view. */
  here: { tokens: number; label: string } | null;
  budget: { usd: number; label: string };
  theme: ThemeName;
  /** The drawn cost lines (rows and the visible options), which marker labels keep off where they can. */
  lines: { rows: readonly ChartRow[]; ids: readonly OptionId[] };
};

const LABEL_FONT_PX = 11;
const NOTE_FONT_PX = 12;

/** A text box of `text` whose left edge is `x` and whose baseline is `y`. */
function boxAt(text: string, fontSize: number, x: number, baseline: number): Box {
  const size = textSize(text, fontSize);
  return { x, y: baseline - fontSize, ...size };
}

/** A break-even marker's radius (px): labelled markers are drawn larger than the unlabelled dots. */
function markerRadius(labelled: boolean): number {
  return labelled ? 5 : 3;
}

/** The box around a circle, with its stroke. */
function circleBox(cx: number, cy: number, radius: number): Box {
  return { x: cx - radius - 1, y: cy - radius - 1, width: 2 * radius + 2, height: 2 * radius + 2 };
}

/** Where the break-even markers inside the plot `area` sit (px), each with a key naming its crossing. */
export function markerPoints(
  markers: readonly Marker[],
  x: (value: number) => unknown,
  y: (value: number) => unknown,
  area: Box,
): { marker: Marker; key: string; cx: number; cy: number }[] {
  return markers
    .map((marker) => ({
      marker,
      key: `${marker.at.a}-${marker.at.b}-${marker.at.monthlyTokens}`,
      cx: Number(x(marker.at.monthlyTokens)),
      cy: Number(y(marker.at.monthlyCost)),
    }))
    .filter(
      ({ cx, cy }) => cx >= area.x && cx <= area.x + area.width && cy >= area.y && cy <= area.y + area.height,
    );
}

/** The overlay's three layers: bands go under the cost lines, notes and markers over them. */
export type OverlayLayers = { bands: ReactNode; notes: ReactNode; markers: ReactNode };

/**
 * The chart's annotations — cheapest-option bands, "You are here", the budget line and the break-even markers —
 * drawn from the axis scales `x` (tokens → px) and `y` (USD → px) inside the plot `area`. Marker labels are
 * laid out so that none overlaps another, the "You are here" note or the budget label (`layoutLabels`). Drawn
 * by static-plot.tsx.
 */
export function overlayLayers(
  { bands, markers, here, budget, theme, lines }: OverlayProps,
  x: (value: number) => unknown,
  y: (value: number) => unknown,
  area: Box,
): OverlayLayers {
  const left = area.x;
  const right = area.x + area.width;
  const top = area.y;
  const bottom = area.y + area.height;
  const clampX = (value: number) => Math.min(right, Math.max(left, value));
  const px = (tokens: number) => Number(x(tokens));
  const py = (usd: number) => Number(y(usd));
  const hereX = here ? px(here.tokens) : NaN;
  const budgetY = py(budget.usd);
  const showBudget = Number.isFinite(budgetY) && budgetY >= top && budgetY <= bottom;
  const showHere = here !== null && Number.isFinite(hereX) && hereX >= left && hereX <= right;
  // "You are here" reads to the right of its line, or to the left where it would run off a narrow chart; where
  // neither side has room (a phone, a volume mid-axis), it is centred on the line inside the plot, never over the
  // y-axis ticks, with a halo so the line does not cut through it.
  const hereWidth = here ? textSize(here.label, NOTE_FONT_PX).width : 0;
  const hereStart = noteStartX(hereX, hereWidth, left, right);
  const hereBox = here ? boxAt(here.label, NOTE_FONT_PX, hereStart, top + 14) : null;
  const lineSet = seriesPolylines(lines.rows, lines.ids, px, py);
  // The budget label sits on its line at the right end, above it; where a cost line runs through that spot (a
  // phone, steep lines near the right edge), below it, then at the left end, whichever no line crosses.
  const budgetWidth = textSize(budget.label, NOTE_FONT_PX).width;
  const above = budgetY - 6;
  const below = budgetY + 6 + NOTE_FONT_PX;
  const budgetSpots = [
    { anchor: 'end' as const, x: right - 6, baseline: above },
    { anchor: 'end' as const, x: right - 6, baseline: below },
    { anchor: 'start' as const, x: left + 6, baseline: above },
    { anchor: 'start' as const, x: left + 6, baseline: below },
  ].map((spot) => ({
    ...spot,
    box: boxAt(
      budget.label,
      NOTE_FONT_PX,
      spot.anchor === 'end' ? spot.x - budgetWidth : spot.x,
      spot.baseline,
    ),
  }));
  const budgetSpot =
    budgetSpots[
      firstClearBox(
        budgetSpots.map((spot) => spot.box),
        lineSet,
        showHere && hereBox ? [hereBox] : [],
      )
    ]!;
  const budgetBox = budgetSpot.box;
  const points = markerPoints(markers, x, y, area);
  const placed = layoutLabels(
    points
      .filter(({ marker }) => marker.labelled)
      .map(({ marker, key, cx, cy }) => ({
        key,
        anchorX: cx,
        anchorY: cy,
        ...textSize(marker.label, LABEL_FONT_PX),
      })),
    { x: left, y: top, width: right - left, height: bottom - top },
    [
      ...(showBudget ? [budgetBox] : []),
      ...(showHere && hereBox ? [hereBox] : []),
      // The marker circles themselves: a label once covered the "9" of "7.39B" with the next point's circle.
      ...points.map(({ marker, cx, cy }) => circleBox(cx, cy, markerRadius(marker.labelled))),
    ],
    undefined,
    lineSet,
  );
  const placedByKey = new Map(placed.map((label) => [label.key, label]));
  return {
    bands: (
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
    ),
    notes: (
      <>
        {showBudget ? (
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
            <text
              x={budgetSpot.x}
              y={budgetSpot.baseline}
              textAnchor={budgetSpot.anchor}
              fontSize={NOTE_FONT_PX}
              fill="var(--budget)"
            >
              {budget.label}
            </text>
          </g>
        ) : null}
        {showHere && here ? (
          <g className="marker-you-are-here">
            <line x1={hereX} x2={hereX} y1={top} y2={bottom} stroke="var(--text)" strokeWidth={1.5} />
            <text
              x={hereStart}
              y={top + 14}
              textAnchor="start"
              className="chart-halo"
              fontSize={NOTE_FONT_PX}
              fontWeight={600}
              fill="var(--text)"
            >
              {here.label}
            </text>
          </g>
        ) : null}
      </>
    ),
    markers: (
      <>
        {points.map(({ marker, key, cx, cy }) => {
          const label = placedByKey.get(key);
          const big = marker.labelled;
          return (
            <g key={key} className={big ? 'marker-break-even' : 'marker-break-even marker-break-even--minor'}>
              {label?.leader ? (
                <line
                  x1={cx}
                  y1={cy}
                  x2={label.box.x + label.box.width / 2}
                  y2={label.box.y < cy ? label.box.y + label.box.height : label.box.y}
                  stroke="var(--text-muted)"
                  strokeWidth={1}
                />
              ) : null}
              <circle
                cx={cx}
                cy={cy}
                r={markerRadius(big)}
                fill="var(--surface)"
                stroke="var(--text)"
                strokeWidth={big ? 2 : 1.5}
              />
              {label ? (
                <text
                  x={label.box.x + label.box.width / 2}
                  y={label.box.y + LABEL_FONT_PX}
                  textAnchor="middle"
                  fontSize={LABEL_FONT_PX}
                  fontWeight={600}
                  fill="var(--text)"
                  className="marker-break-even__label"
                >
                  {marker.label}
                </text>
              ) : null}
              <title>{marker.title}</title>
            </g>
          );
        })}
      </>
    ),
  };
}
