import { useState } from 'react';
import {
  formatMoney,
  formatTokens,
  OPTION_LABELS,
  withVolumeLabels,
  type Evaluation,
  type MoneyDisplay,
} from '../../core';

const FIRST_ROWS = 30;

/** Every crossing in words, and the cheapest option per volume range. Doubles as the chart's text alternative. */
export function BreakEvenTable({
  evaluation,
  display,
  id,
}: {
  evaluation: Evaluation;
  display: MoneyDisplay;
  id: string;
}) {
  const [all, setAll] = useState(false);
  const labelled = withVolumeLabels(evaluation.breakEvens);
  const rows = all ? labelled : labelled.slice(0, FIRST_ROWS);
  const excluded = new Set(evaluation.recommendation.excluded.map((e) => e.option));
  const caveat = evaluation.caveats.find((c) => c.about === 'break-evens');
  return (
    <section className="card card--deferred" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Where the options cross</h2>
      <table className="data-table break-even-table" id={id}>
        <caption>Break-even points</caption>
        <thead>
          <tr>
            <th scope="col">Crossing</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2}>
                No two options cross between {formatTokens(evaluation.range.fromTokens)} and{' '}
                {formatTokens(evaluation.range.toTokens)} tokens/month.
              </td>
            </tr>
          ) : (
            rows.map((be) => (
              <tr key={`${be.a}-${be.b}-${be.monthlyTokens}`}>
                <td>
                  {OPTION_LABELS[be.a]} = {OPTION_LABELS[be.b]} at {be.volumeLabel} tokens/month (
                  {formatMoney(be.monthlyCost, display)}/month)
                </td>
                <td>
                  {be.kind === 'cross' ? 'Lines cross' : 'At a capacity step'}
                  {excluded.has(be.a) || excluded.has(be.b) ? ' (involves a ruled-out option)' : ''}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {evaluation.breakEvens.length > FIRST_ROWS ? (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all
            ? `Show the first ${FIRST_ROWS}`
            : `Show all ${evaluation.breakEvens.length} break-even points`}
        </button>
      ) : null}
      {caveat ? (
        <p className="note">
          <strong>The article’s figures disagree:</strong> {caveat.text}
        </p>
      ) : null}
      <h3>Cheapest eligible option by volume</h3>
      <ol className="cheapest-list">
        {evaluation.cheapest.map((range) => (
          <li key={`${range.option}-${range.fromTokens}`}>
            {formatTokens(range.fromTokens)} – {formatTokens(range.toTokens)} tokens/month:{' '}
            <strong>{OPTION_LABELS[range.option]}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
