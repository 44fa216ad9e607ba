import type { ReactElement } from 'react';
import { formatMoney, formatTokens, OPTION_LABELS, type BreakEven, type MoneyDisplay } from '../../core';

/** One drawn marker: the crossing it sits on and every crossing that shares its spot. */
export type Marker = {
  at: BreakEven;
  all: BreakEven[];
  shape: (props: { cx?: number; cy?: number }) => ReactElement<SVGElement>;
};

/** At most this many break-even markers are drawn; the table lists them all. */
const MAX_MARKERS = 40;

function markerTitle(be: BreakEven, display: MoneyDisplay): string {
  return `${OPTION_LABELS[be.a]} = ${OPTION_LABELS[be.b]} at ${formatTokens(be.monthlyTokens)} tokens/month (${formatMoney(be.monthlyCost, display)}/month)`;
}

/**
 * Markers for the break-evens, built once per chart model so Recharts sees stable props. Crossings that would
 * sit on top of each other (within 2% in volume and cost, e.g. private endpoints crossing $7.30 before the
 * serverless API does) share one marker whose tooltip names every pair. Labels alternate above and below.
 */
export function buildMarkers(breakEvens: readonly BreakEven[], display: MoneyDisplay): Marker[] {
  const groups: { at: BreakEven; all: BreakEven[] }[] = [];
  for (const be of breakEvens) {
    const near = groups.find(
      (g) =>
        Math.abs(g.at.monthlyTokens / be.monthlyTokens - 1) < 0.02 &&
        Math.abs(g.at.monthlyCost / Math.max(be.monthlyCost, 1e-9) - 1) < 0.02,
    );
    if (near) near.all.push(be);
    else groups.push({ at: be, all: [be] });
  }
  return groups.slice(0, MAX_MARKERS).map((group, index) => {
    const title = group.all.map((each) => markerTitle(each, display)).join('\n');
    const label = formatTokens(group.at.monthlyTokens);
    const dy = index % 2 === 0 ? -10 : 18;
    const shape = ({ cx = 0, cy = 0 }: { cx?: number; cy?: number }): ReactElement<SVGElement> => (
      <g className="marker-break-even">
        <circle cx={cx} cy={cy} r={5} fill="var(--surface)" stroke="var(--text)" strokeWidth={2} />
        <text
          x={cx}
          y={cy + dy}
          textAnchor="middle"
          fontSize={11}
          fontWeight={600}
          fill="var(--text)"
          className="marker-break-even__label"
        >
          {label}
        </text>
        <title>{title}</title>
      </g>
    );
    return { ...group, shape };
  });
}
