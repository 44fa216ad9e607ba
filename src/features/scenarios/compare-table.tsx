import {
  formatMoney,
  formatTokens,
  OPTION_IDS,
  OPTION_LABELS,
  type Evaluation,
  type Scenario,
} from '../../core';
import { recommendedCost, recommendedWithCost } from '../../lib/recommendation-text';
import { evaluationOf } from '../../state/selectors';

export type Compared = { name: string; scenario: Scenario };

function signedMoney(usd: number, display: Scenario['display']): string {
  if (Math.abs(usd) < 0.005) return formatMoney(0, display);
  return `${usd > 0 ? '+' : '−'}${formatMoney(Math.abs(usd), display)}`;
}

function recommendationDifference(ea: Evaluation, eb: Evaluation, display: Scenario['display']): string {
  const costA = recommendedCost(ea);
  const costB = recommendedCost(eb);
  if (ea.recommendation.option !== eb.recommendation.option || costA === null || costB === null)
    return 'Different option';
  return signedMoney(costB - costA, display);
}

/** Two scenarios side by side: volume, each option's monthly cost, the recommendation, and the difference. */
export function CompareTable({ a, b }: { a: Compared; b: Compared }) {
  const ea = evaluationOf(a.scenario);
  const eb = evaluationOf(b.scenario);
  const display = b.scenario.display;
  const cost = (evaluation: typeof ea, id: (typeof OPTION_IDS)[number]) =>
    evaluation.options.find((o) => o.id === id)?.monthlyCost ?? 0;
  return (
    <table className="data-table compare-table">
      <caption>
        Comparison: {a.name} vs {b.name}
      </caption>
      <thead>
        <tr>
          <th scope="col">Per month</th>
          <th scope="col" className="num">
            {a.name}
          </th>
          <th scope="col" className="num">
            {b.name}
          </th>
          <th scope="col" className="num">
            Difference
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Volume (tokens)</th>
          <td className="num">{formatTokens(ea.monthlyTokens)}</td>
          <td className="num">{formatTokens(eb.monthlyTokens)}</td>
          <td className="num">{formatTokens(eb.monthlyTokens - ea.monthlyTokens)}</td>
        </tr>
        {OPTION_IDS.map((id) => (
          <tr key={id}>
            <th scope="row">{OPTION_LABELS[id]}</th>
            <td className="num">{formatMoney(cost(ea, id), a.scenario.display)}</td>
            <td className="num">{formatMoney(cost(eb, id), display)}</td>
            <td className="num">{signedMoney(cost(eb, id) - cost(ea, id), display)}</td>
          </tr>
        ))}
        <tr className="is-recommended">
          <th scope="row">Recommendation</th>
          <td className="num">{recommendedWithCost(ea, a.scenario.display)}</td>
          <td className="num">{recommendedWithCost(eb, display)}</td>
          <td className="num">{recommendationDifference(ea, eb, display)}</td>
        </tr>
      </tbody>
    </table>
  );
}
