import { Fragment, useState, type ReactNode } from 'react';
import { TableScroll } from '../../components/ui/table-scroll';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatRate,
  OPTION_STYLE,
  type Evaluation,
  type OptionResult,
} from '../../core';
import type { ResultsProps } from './results-props';

/** Machine names break after their underscores ("Standard_ND96isr_H100_v5"), not mid-word, in a narrow cell. */
function breakable(text: string) {
  const parts = text.split('_');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          _<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

function utilisationText(option: OptionResult): string {
  if (!option.capacity) return '';
  const { utilization, breakEvenUtilization } = option.capacity;
  const shown = `${formatPercent(utilization, utilization < 0.1 ? 1 : 0)} used`;
  if (breakEvenUtilization === undefined) return shown;
  return breakEvenUtilization > 1
    ? `${shown} (never beats the API)`
    : `${shown} (beats the API above ${formatPercent(breakEvenUtilization)})`;
}

/** Capacity bought, then what the volume needs of it and how much is used: one cell, so the table fits 1280 px. */
function CapacityCell({ option }: { option: OptionResult }) {
  if (!option.capacity) return <>—</>;
  const { units, unitLabel, rawUnits } = option.capacity;
  return (
    <>
      {formatNumber(units, 0)} {breakable(unitLabel)}{' '}
      <span className="cell-detail">
        {option.capacity.term} · needs {formatNumber(rawUnits, 2)}{' '}
        {unitLabel.startsWith('×') ? 'VMs' : unitLabel} · {utilisationText(option)}
      </span>
    </>
  );
}

/** The served model with its rating, and whether it is smaller than the API model. */
function ModelCell({ option, evaluation }: { option: OptionResult; evaluation: Evaluation }) {
  return (
    <>
      {option.model.label}{' '}
      <span className="cell-detail">
        {option.model.capability === null ? 'no rating' : `rated ${formatNumber(option.model.capability, 0)}`}
      </span>
      {option.smallerModel ? (
        <span className="badge badge--smaller">Smaller than {evaluation.apiModel.label}</span>
      ) : null}
    </>
  );
}

/**
 * A cell that names its column inside itself where the table is stacked into one card per option (a phone,
 * tables.css). The name is hidden from assistive technology, which reads the column header.
 */
function StackedCell({
  column,
  className,
  children,
}: {
  column: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <td className={className}>
      <span className="stack-label" aria-hidden="true">
        {column}
      </span>
      <div className="stack-value">{children}</div>
    </td>
  );
}

/** Every option at the scenario's volume, each with a "Show calculation" disclosure of its bill. */
export function OptionsTable({ evaluation, display, theme }: ResultsProps) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="card card--deferred" aria-labelledby="options-title">
      <h2 id="options-title">Options at your volume</h2>
      <TableScroll label="Options at your volume (scrolls sideways)">
        <table className="data-table options-table">
          <caption className="visually-hidden">Monthly cost of each option at the scenario’s volume</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Serves</th>
              <th scope="col" className="num">
                Monthly cost
              </th>
              <th scope="col" className="num">
                Per 1M tokens
              </th>
              <th scope="col">Capacity and use</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.options.map((option) => {
              const isOpen = open === option.id;
              const isRecommended = option.id === evaluation.recommendation.option;
              const caveat = evaluation.caveats.find((c) => c.about === option.id);
              return (
                <Fragment key={option.id}>
                  <tr
                    className={
                      isRecommended ? 'is-recommended' : option.exclusion ? 'is-excluded' : undefined
                    }
                  >
                    <th scope="row">
                      <span
                        className="swatch"
                        style={{ background: OPTION_STYLE[option.id][theme] }}
                        aria-hidden="true"
                      />
                      {option.label}
                      {isRecommended ? <span className="badge">Recommended</span> : null}
                      <div>
                        <button
                          type="button"
                          className="link-button"
                          aria-expanded={isOpen}
                          aria-controls={`calc-${option.id}`}
                          onClick={() => setOpen(isOpen ? null : option.id)}
                          aria-label={`${isOpen ? 'Hide' : 'Show'} calculation for ${option.label}`}
                        >
                          {isOpen ? 'Hide calculation' : 'Show calculation'}
                        </button>
                      </div>
                    </th>
                    <StackedCell column="Serves">
                      <ModelCell option={option} evaluation={evaluation} />
                    </StackedCell>
                    <StackedCell column="Monthly cost" className="num">
                      <span className="strong">{formatMoney(option.monthlyCost, display)}</span>
                      {option.setupCost > 0 ? (
                        <>
                          {' '}
                          <span className="cell-detail">
                            + {formatMoney(option.setupCost, display)} setup
                          </span>
                        </>
                      ) : null}
                    </StackedCell>
                    <StackedCell column="Per 1M tokens" className="num">
                      {option.usdPerMTokAllIn === null ? '—' : formatRate(option.usdPerMTokAllIn, display)}
                    </StackedCell>
                    <StackedCell column="Capacity and use">
                      <CapacityCell option={option} />
                    </StackedCell>
                    <StackedCell column="Status" className="status-cell">
                      {option.exclusion ? (
                        <span className="badge badge--excluded">Ruled out</span>
                      ) : option.withinBudget ? (
                        <span className="ok">Within budget</span>
                      ) : (
                        <span className="over">Over budget</span>
                      )}
                    </StackedCell>
                  </tr>
                  {option.exclusion ? (
                    <tr className="note-row note-row--excluded">
                      <td colSpan={6}>
                        <strong>Ruled out:</strong> {option.exclusion.reason}
                      </td>
                    </tr>
                  ) : null}
                  {caveat ? (
                    <tr className="note-row">
                      <td colSpan={6}>
                        <strong>The article’s figures disagree:</strong> {caveat.text}
                      </td>
                    </tr>
                  ) : null}
                  <tr id={`calc-${option.id}`} hidden={!isOpen} className="calculation-row">
                    <td colSpan={6}>
                      {isOpen ? (
                        <div className="calculation">
                          <table className="calculation__table">
                            <caption className="visually-hidden">Calculation for {option.label}</caption>
                            <thead>
                              <tr>
                                <th scope="col">Line</th>
                                <th scope="col">Formula</th>
                                <th scope="col" className="num">
                                  {display.currency} / month
                                </th>
                              </tr>
                            </thead>
                            <tbody>
                              {option.lines.map((line) => (
                                <tr key={line.label}>
                                  <th scope="row">{line.label}</th>
                                  <td className="formula">{line.formula}</td>
                                  <td className="num">{formatMoney(line.usd, display)}</td>
                                </tr>
                              ))}
                            </tbody>
                            <tfoot>
                              <tr>
                                <th scope="row">Total</th>
                                <td>
                                  <ModelCell option={option} evaluation={evaluation} />
                                </td>
                                <td className="num strong">{formatMoney(option.monthlyCost, display)}</td>
                              </tr>
                            </tfoot>
                          </table>
                          {option.capacity ? (
                            <p className="calculation__detail">{option.capacity.detail}</p>
                          ) : null}
                          {option.notes.length > 0 ? (
                            <ul className="calculation__notes">
                              {option.notes.map((note) => (
                                <li key={note}>{note}</li>
                              ))}
                            </ul>
                          ) : null}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
