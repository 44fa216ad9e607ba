import { createScenario, evaluateScenario, formatMoney, formatTokens } from '../core';

/** Minimal shell: the default (seed) scenario's options and monthly costs. */
export function App() {
  const evaluation = evaluateScenario(createScenario('seed'));
  return (
    <main>
      <h1>AI Cost Planner</h1>
      <table>
        <caption>Monthly cost at {formatTokens(evaluation.monthlyTokens)} tokens/month</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Monthly cost</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.options.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.label}</th>
              <td>{formatMoney(o.monthlyCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
