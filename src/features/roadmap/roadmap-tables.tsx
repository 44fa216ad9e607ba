import { TableScroll } from '../../components/ui/table-scroll';
import {
  OPTION_LABELS,
  termLabel,
  formatMoney,
  formatTokens,
  type MoneyDisplay,
  type RoadmapRow,
  type RoadmapTotal,
} from '../../core';

/** What the roadmap saves against a static choice, in words ("$980 less", "$120 more"). */
function saves(usd: number | null, display: MoneyDisplay): string {
  if (usd === null) return '—';
  if (Math.abs(usd) < 0.5) return 'Same';
  return usd > 0 ? `${formatMoney(usd, display)} less` : `${formatMoney(-usd, display)} more`;
}

/** Total and present value of the roadmap and of each option run all along (ruled-out options marked). */
export function TotalsTable({
  totals,
  horizon,
  display,
}: {
  totals: RoadmapTotal[];
  horizon: number;
  display: MoneyDisplay;
}) {
  return (
    <TableScroll label="Total cost over the horizon (scrolls sideways)">
      <table className="data-table roadmap-totals">
        <caption>Total cost over {horizon} months</caption>
        <thead>
          <tr>
            <th scope="col">Choice</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="num">
              Present value
            </th>
            <th scope="col" className="num">
              The roadmap costs
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.label} className={row.option === null ? 'is-recommended' : undefined}>
              <th scope="row">
                {row.label}
                {row.ruledOut ? (
                  <span className="roadmap-totals__out"> (ruled out: {row.ruledOut})</span>
                ) : null}
              </th>
              <td className="num strong">
                {row.totalUsd === null ? '—' : formatMoney(row.totalUsd, display)}
              </td>
              <td className="num">
                {row.presentValueUsd === null ? '—' : formatMoney(row.presentValueUsd, display)}
              </td>
              <td className="num">{row.option === null ? '—' : saves(row.planSavesUsd, display)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The roadmap month by month: the charts' text alternative. */
export function MonthsTable({
  rows,
  display,
  id,
}: {
  rows: RoadmapRow[];
  display: MoneyDisplay;
  id: string;
}) {
  return (
    // Closed by default (up to 60 rows); the charts name it as their description, which reads it even closed.
    <details className="roadmap-months">
      <summary>Month by month (table)</summary>
      <TableScroll label="Roadmap month by month (scrolls sideways)">
        <table className="data-table" id={id}>
          <caption>Roadmap month by month</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Month
              </th>
              <th scope="col" className="num">
                Volume (tokens/month)
              </th>
              <th scope="col">Option in use</th>
              <th scope="col">Term</th>
              <th scope="col" className="num">
                Cost this month
              </th>
              <th scope="col" className="num">
                One-off
              </th>
              <th scope="col" className="num">
                Running total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row" className="num">
                  {row.month}
                </th>
                <td className="num">{formatTokens(row.monthlyTokens)}</td>
                <td>{OPTION_LABELS[row.option]}</td>
                <td>{termLabel(row.term) ?? '—'}</td>
                <td className="num">{formatMoney(row.planUsd, display)}</td>
                <td className="num">{row.oneOffUsd > 0 ? formatMoney(row.oneOffUsd, display) : '—'}</td>
                <td className="num">{formatMoney(row.planCumulativeUsd, display)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
