import type { ReactElement } from 'react';
import {
  formatMoney,
  formatTokens,
  OPTION_LABELS,
  type BreakEven,
  type MarkerGroup,
  type MoneyDisplay,
  type OptionId,
} from '../../core';

/** One drawn marker with its SVG shape (built once per chart model so Recharts sees stable props). */
export type Marker = MarkerGroup & {
  shape: (props: { cx?: number; cy?: number }) => ReactElement<SVGElement>;
};

/** At most this many break-even markers are drawn; the table lists them all. */
const MAX_MARKERS = 40;

function markerTitle(be: BreakEven, display: MoneyDisplay): string {
  return `${OPTION_LABELS[be.a]} = ${OPTION_LABELS[be.b]} at ${formatTokens(be.monthlyTokens)} tokens/month (${formatMoney(be.monthlyCost, display)}/month)`;
}

/** Shapes for the model's marker groups whose options are all visible; labels alternate above and below. */
export function buildMarkers(
  groups: readonly MarkerGroup[],
  visible: readonly OptionId[],
  display: MoneyDisplay,
): Marker[] {
  return groups
    .map((group) => ({
      ...group,
      all: group.all.filter((be) => visible.includes(be.a) && visible.includes(be.b)),
    }))
    .filter((group) => group.all.length > 0)
    .map((group) => ({ at: group.all.includes(group.at) ? group.at : group.all[0]!, all: group.all }))
    .slice(0, MAX_MARKERS)
    .map((group, index) => {
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
