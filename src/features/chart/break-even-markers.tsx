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
const MAX_MARKERS = 60;
/** Above this many markers only those where the cheapest option changes are labelled; the rest are small dots. */
const LABEL_ALL_UP_TO = 12;

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
    .map((group) => ({
      at: group.all.includes(group.at) ? group.at : group.all[0]!,
      all: group.all,
      primary: group.primary,
    }))
    .slice(0, MAX_MARKERS)
    .map((group, index, list) => {
      const title = group.all.map((each) => markerTitle(each, display)).join('\n');
      const label = formatTokens(group.at.monthlyTokens);
      const dy = index % 2 === 0 ? -10 : 18;
      const labelled = list.length <= LABEL_ALL_UP_TO || group.primary;
      const shape = ({ cx = 0, cy = 0 }: { cx?: number; cy?: number }): ReactElement<SVGElement> => (
        <g className={labelled ? 'marker-break-even' : 'marker-break-even marker-break-even--minor'}>
          <circle
            cx={cx}
            cy={cy}
            r={labelled ? 5 : 3}
            fill="var(--surface)"
            stroke="var(--text)"
            strokeWidth={labelled ? 2 : 1.5}
          />
          {labelled ? (
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
          ) : null}
          <title>{title}</title>
        </g>
      );
      return { ...group, shape };
    });
}
