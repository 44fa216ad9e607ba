import {
  formatMoney,
  formatTokens,
  OPTION_IDS,
  OPTION_LABELS,
  type Evaluation,
  type Scenario,
} from '../../core';
import { recommendedCost, recommendedWithCost } from '../../lib/recommendation-text';
import { inputChanges } from '../../lib/scenario-diff';
import { evaluationOf } from '../../state/selectors';

export type Compared = { name: string; scenario: Scenario };

/** Below half a cent, or no token at all, two figures are the same: said in words, never "0.0" or "-0". */
const SAME = 'same';

function signedMoney(usd: number, display: Scenario['display']): string {
  if (Math.abs(usd) < 0.005) return SAME;
  return `${usd > 0 ? '+' : '−'}${formatMoney(Math.abs(usd), display)}`;
}

function recommendationDifference(ea: Evaluation, eb: Evaluation, display: Scenario['display']): string {
  const costA = recommendedCost(ea);
  const costB = recommendedCost(eb);
  if (ea.recommendation.option !== eb.recommendation.option || costA === null || costB === null)
    return 'Different option';
  return signedMoney(costB - costA, display);
}

function signedTokens(tokens: number): string {
  if (Math.abs(tokens) < 0.5) return SAME;
  return `${tokens > 0 ? '+' : '−'}${formatTokens(Math.abs(tokens))}`;
}

/** Column headings: what the rows are, the two scenarios' names, and optionally a last column. */
function NamesHead({ first, a, b, last }: { first: string; a: Compared; b: Compared; last?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {[a.name, b.name, ...(last ? [last] : [])].map((heading, i) => (
          <th key={i} scope="col" className="num">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The inputs that differ, in document order; the names are in the column headings already. */
function InputsThatDiffer({ a, b }: { a: Compared; b: Compared }) {
  const changes = inputChanges(a.scenario, b.scenario).filter((change) => change.path !== 'name');
  if (changes.length === 0)
    return <p className="muted">The two scenarios have the same inputs; only their names differ.</p>;
  return (
    <table className="data-table compare-table">
      <caption>
        Inputs that differ ({changes.length}): {a.name} vs {b.name}
      </caption>
      <NamesHead first="Input" a={a} b={b} />
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">
              {change.label ?? change.path}
              {change.label ? <span className="muted visually-hidden"> ({change.path})</span> : null}
            </th>
            <td className="num">{change.oldText}</td>
            <td className="num">{change.newText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Two scenarios side by side: volume, each option's monthly cost, the recommendation, and the difference. */
export function CompareTable({ a, b }: { a: Compared; b: Compared }) {
  const ea = evaluationOf(a.scenario);
  const eb = evaluationOf(b.scenario);
  const display = b.scenario.display;
  const cost = (evaluation: typeof ea, id: (typeof OPTION_IDS)[number]) =>
    evaluation.options.find((o) => o.id === id)?.monthlyCost ?? 0;
  return (
    <>
      <table className="data-table compare-table">
        <caption>
          Comparison: {a.name} vs {b.name}
        </caption>
        <NamesHead first="Per month" a={a} b={b} last="Difference" />
        <tbody>
          <tr>
            <th scope="row">Volume (tokens)</th>
            <td className="num">{formatTokens(ea.monthlyTokens)}</td>
            <td className="num">{formatTokens(eb.monthlyTokens)}</td>
            <td className="num">{signedTokens(eb.monthlyTokens - ea.monthlyTokens)}</td>
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
      <InputsThatDiffer a={a} b={b} />
    </>
  );
}
