import { useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  XAxis,
  YAxis,
} from 'recharts';

/** One bar piece from `from` to `to` on the value axis, in a row; `lane` stacks two pieces in one row. */
export type Segment = { from: number; to: number; fill: string; lane: 0 | 1 | 'both' };
export type BarRow = { label: string; segments: readonly Segment[]; marker?: number };
/** A vertical line across the plot at a value: zero, today. */
export type Rule = { at: number; stroke: string; dash?: string; width?: number };

// Module constants: Recharts re-registers a child whenever a prop changes identity.
const MARGIN = { top: 8, right: 28, bottom: 8, left: 8 };
const TICK = { fill: 'var(--text-muted)', fontSize: 12 };

/** A step of 1, 2 or 5 × 10^k giving about five intervals over the span. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** [lo, hi] widened to whole steps, so ticks fall on round amounts; a zero end stays at zero. */
function niceDomain(lo: number, hi: number): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const step = niceStep(hi - lo);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

function niceTicks([lo, hi]: [number, number]): number[] {
  const step = niceStep(hi - lo);
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(Math.abs(t) < step / 1e6 ? 0 : t);
  return ticks;
}

/** Rows, segments, rules and markers drawn from the axis scales (see `RangeBars`). */
function Shapes({ rows, rules }: { rows: readonly BarRow[]; rules: readonly Rule[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const rowHeight = rows.length > 0 ? area.height / rows.length : area.height;
  const barHeight = Math.min(26, rowHeight * 0.7);
  const px = (value: number) => Number(x(value));
  return (
    <ZIndexLayer zIndex={-10}>
      <g className="range-bars">
        {rows.map((row, index) => {
          const centre = Number(y(index));
          return (
            <g key={row.label}>
              {row.segments.map((segment, k) => {
                const left = Math.min(px(segment.from), px(segment.to));
                const width = Math.max(1.5, Math.abs(px(segment.to) - px(segment.from)));
                const half = barHeight / 2;
                const top =
                  segment.lane === 'both' ? centre - half : segment.lane === 0 ? centre - half : centre;
                const height = segment.lane === 'both' ? barHeight : half;
                if (!Number.isFinite(left) || !Number.isFinite(top)) return null;
                return <rect key={k} x={left} y={top} width={width} height={height} fill={segment.fill} />;
              })}
              {row.marker !== undefined && Number.isFinite(px(row.marker)) ? (
                <circle
                  cx={px(row.marker)}
                  cy={centre}
                  r={5}
                  fill="var(--text)"
                  stroke="var(--surface)"
                  strokeWidth={1.5}
                />
              ) : null}
            </g>
          );
        })}
        {rules.map((rule) =>
          Number.isFinite(px(rule.at)) ? (
            <line
              key={`${rule.at}-${rule.stroke}`}
              x1={px(rule.at)}
              x2={px(rule.at)}
              y1={area.y}
              y2={area.y + area.height}
              stroke={rule.stroke}
              strokeWidth={rule.width ?? 1.5}
              strokeDasharray={rule.dash}
            />
          ) : null,
        )}
      </g>
    </ZIndexLayer>
  );
}

/**
 * Horizontal bars on a Recharts plot (its axes, grid and scales), the bars drawn from the axis scales as the
 * roadmap's are: Recharts' Bar would add its code to the chunk every share link loads, for charts far below
 * the fold. Rows run top to bottom in the order given; the value axis spans every segment, rule and marker.
 */
export function RangeBars({
  rows,
  rules,
  formatValue,
  labelWidth = 240,
}: {
  rows: readonly BarRow[];
  rules: readonly Rule[];
  formatValue: (value: number) => string;
  labelWidth?: number;
}) {
  const data = useMemo(
    () => rows.map((row, index) => ({ index, anchor: row.segments[0]?.from ?? 0 })),
    [rows],
  );
  const domain = useMemo(() => {
    const values = [
      ...rows.flatMap((row) => [
        ...row.segments.flatMap((s) => [s.from, s.to]),
        ...(row.marker === undefined ? [] : [row.marker]),
      ]),
      ...rules.map((rule) => rule.at),
    ].filter(Number.isFinite);
    return niceDomain(Math.min(0, ...values), Math.max(0, ...values));
  }, [rows, rules]);
  const ticks = useMemo(() => rows.map((_, index) => index), [rows]);
  const xTicks = useMemo(() => niceTicks(domain), [domain]);
  const yDomain = useMemo(
    () => [-0.5, Math.max(0, rows.length - 1) + 0.5] as [number, number],
    [rows.length],
  );
  const style = useMemo(() => ({ width: '100%', height: 48 + rows.length * 40 }), [rows.length]);
  const label = (index: number) => rows[index]?.label ?? '';
  return (
    <LineChart
      data={data}
      layout="vertical"
      responsive
      style={style}
      margin={MARGIN}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={domain}
        ticks={xTicks}
        stroke="var(--axis)"
        tick={TICK}
        tickFormatter={formatValue}
        allowDataOverflow
      />
      <YAxis
        type="number"
        dataKey="index"
        domain={yDomain}
        ticks={ticks}
        interval={0}
        width={labelWidth}
        stroke="var(--axis)"
        tick={TICK}
        tickFormatter={label}
        allowDecimals={false}
      />
      {/* Invisible: gives the plot its data so the axes and their scales exist. */}
      <Line dataKey="anchor" stroke="transparent" dot={false} activeDot={false} isAnimationActive={false} />
      <Shapes rows={rows} rules={rules} />
    </LineChart>
  );
}
