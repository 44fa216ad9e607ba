import { TableScroll } from '../../components/ui/table-scroll';
import {
  byNearestChange,
  formatChange,
  formatInputValue,
  OPTION_LABELS,
  valueContextOf,
  type Change,
  type Scenario,
  type Threshold,
} from '../../core';

function changeText(threshold: Threshold, change: Change | null, scenario: Scenario, word: string): string {
  const ctx = valueContextOf(scenario);
  if (!change) {
    const end = word === 'below' ? threshold.searched.min : threshold.searched.max;
    return `No change ${word === 'below' ? 'down' : 'up'} to ${formatInputValue(threshold.input, end, ctx)}`;
  }
  const to = change.becomes === null ? 'no option meets every requirement' : OPTION_LABELS[change.becomes];
  return `${word === 'below' ? 'Below' : 'Above'} ${formatInputValue(threshold.input, change.value, ctx)} (${formatChange(threshold.input, change.value, threshold.current)}): ${to}`;
}

/** Every analysed input with where the recommendation changes each way, nearest first. */
export function ThresholdsTable({ rows, scenario }: { rows: readonly Threshold[]; scenario: Scenario }) {
  const ctx = valueContextOf(scenario);
  return (
    <TableScroll label="Where the recommendation changes (scrolls sideways)">
      <table className="data-table sensitivity__thresholds">
        <caption>
          Where the recommendation changes, one input at a time (the others at today’s values)
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Today</th>
            <th scope="col">Going down</th>
            <th scope="col">Going up</th>
            <th scope="col">Found</th>
          </tr>
        </thead>
        <tbody>
          {byNearestChange(rows).map((row) => (
            <tr key={row.input}>
              <th scope="row">{row.label}</th>
              <td>{formatInputValue(row.input, row.current, ctx)}</td>
              <td className={row.lower ? 'sensitivity__flip' : undefined}>
                {changeText(row, row.lower, scenario, 'below')}
              </td>
              <td className={row.upper ? 'sensitivity__flip' : undefined}>
                {changeText(row, row.upper, scenario, 'above')}
              </td>
              <td>{row.method === 'exact' ? 'Exactly' : 'By search (±0.0001%)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
