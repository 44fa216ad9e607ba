import { formatMoney, formatTokens, OPTION_LABELS, type MoneyDisplay, type OptionId } from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';

type TooltipRow = { tokens: number } & Partial<Record<OptionId, number>>;

export type ChartTooltipProps = {
  active?: boolean;
  payload?: readonly { payload?: TooltipRow }[];
  /** Recharts' hovered x value (tokens): the row to show, since the lines are not Recharts items. */
  label?: string | number;
  rows: readonly TooltipRow[];
  visible: readonly OptionId[];
  display: MoneyDisplay;
  theme: ThemeName;
};

/** Every visible option's cost at the hovered volume, cheapest first. */
export function ChartTooltip({ active, payload, label, rows, visible, display, theme }: ChartTooltipProps) {
  const row = payload?.[0]?.payload ?? rows.find((r) => label !== undefined && r.tokens === Number(label));
  if (!active || !row) return null;
  const entries = visible
    .map((id) => ({ id, cost: row[id] }))
    .filter((e): e is { id: OptionId; cost: number } => typeof e.cost === 'number')
    .sort((a, b) => a.cost - b.cost);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{formatTokens(row.tokens)} tokens / month</p>
      <table>
        <tbody>
          {entries.map((e, index) => (
            <tr key={e.id} className={index === 0 ? 'chart-tooltip__cheapest' : undefined}>
              <td>
                <span
                  className="swatch"
                  style={{ background: OPTION_STYLE[e.id][theme] }}
                  aria-hidden="true"
                />
                {OPTION_LABELS[e.id]}
              </td>
              <td className="num">{formatMoney(e.cost, display)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
