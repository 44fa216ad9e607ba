import {
  formatMoney,
  OPTION_LABELS,
  volumeLabeller,
  type BreakEven,
  type MarkerGroup,
  type MoneyDisplay,
  type OptionId,
} from '../../core';

/** One drawn marker: its crossing(s), the label text, and the tooltip listing every crossing it stands for. */
export type Marker = MarkerGroup & { label: string; title: string; labelled: boolean };

/** At most this many break-even markers are drawn; the table lists them all. */
const MAX_MARKERS = 60;
/** Above this many markers only those where the cheapest option changes are labelled; the rest are small dots. */
const LABEL_ALL_UP_TO = 12;

function markerTitle(be: BreakEven, volume: string, display: MoneyDisplay): string {
  return `${OPTION_LABELS[be.a]} = ${OPTION_LABELS[be.b]} at ${volume} tokens/month (${formatMoney(be.monthlyCost, display)}/month)`;
}

/** The model's marker groups whose options are all visible, with labels and tooltips. */
export function buildMarkers(
  groups: readonly MarkerGroup[],
  visible: readonly OptionId[],
  display: MoneyDisplay,
): Marker[] {
  // Two crossings of one pair that round alike get more digits (see breakEvenTokenLabels).
  const volumeOf = volumeLabeller(groups.flatMap((group) => group.all));
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
    .map((group, _, list) => ({
      ...group,
      label: volumeOf(group.at),
      title: group.all.map((each) => markerTitle(each, volumeOf(each), display)).join('\n'),
      labelled: list.length <= LABEL_ALL_UP_TO || group.primary,
    }));
}
