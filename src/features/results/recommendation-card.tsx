import type { ReactNode } from 'react';
import {
  formatMoney,
  formatNumber,
  OPTION_DESCRIPTIONS,
  OPTION_LABELS,
  OPTION_STYLE,
  SOURCES,
} from '../../core';

/** Where the capability ratings come from, said where a rating is shown. */
const RATING_SOURCE = SOURCES['lmarena-text'];
import type { ResultsProps } from './results-props';

/**
 * The recommended option and the model it serves, how far its inputs can move before it changes, why, the
 * watch-outs, what was ruled out and why, and where
 * the article's rule differs. With every option ruled out it says so instead of naming one.
 */
export function RecommendationCard({
  evaluation,
  display,
  theme,
  holds = null,
}: ResultsProps & {
  /** What would change the decision, from the two nearest thresholds (the app loads and computes it later). */
  holds?: ReactNode;
}) {
  const { recommendation } = evaluation;
  const chosen = evaluation.options.find((o) => o.id === recommendation.option) ?? null;
  return (
    <section className="card recommendation" aria-labelledby="recommendation-title">
      <h2 id="recommendation-title">Recommendation</h2>
      {chosen ? (
        <>
          <p className="recommendation__option">
            <span
              className="swatch swatch--large"
              style={{ background: OPTION_STYLE[chosen.id][theme] }}
              aria-hidden="true"
            />
            <span className="recommendation__name">{OPTION_LABELS[chosen.id]}</span>
            <span className="recommendation__cost">{formatMoney(chosen.monthlyCost, display)} / month</span>
          </p>
          <p className="recommendation__model">
            Serves <strong>{chosen.model.label}</strong>
            {chosen.model.capability !== null ? (
              <>
                {' '}
                (rated {formatNumber(chosen.model.capability, 0)} on the{' '}
                <a href={RATING_SOURCE.url} rel="noreferrer" target="_blank">
                  LMArena text leaderboard
                </a>
                , {RATING_SOURCE.asOf})
              </>
            ) : null}
            {chosen.smallerModel ? (
              <span className="badge badge--smaller">Smaller model than {evaluation.apiModel.label}</span>
            ) : null}
          </p>
          <p className="recommendation__description">{OPTION_DESCRIPTIONS[chosen.id]}</p>
          {holds}
        </>
      ) : (
        <p className="recommendation__option recommendation__none">No option meets every requirement</p>
      )}
      <div className="recommendation__body">
        <div>
          <h3>Why</h3>
          <ul className="reasons">
            {recommendation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
        <div>
          {recommendation.warnings.length > 0 ? (
            <>
              <h3>Watch out</h3>
              <ul className="warnings">
                {recommendation.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          ) : null}
          {recommendation.excluded.length > 0 ? (
            <>
              <h3>Ruled out</h3>
              <ul className="excluded">
                {recommendation.excluded.map((e) => (
                  <li key={e.option}>
                    <strong>{OPTION_LABELS[e.option]}:</strong> {e.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>The article’s rule</h3>
          <p
            className={
              recommendation.seedRuleOption === recommendation.option
                ? 'seed-rule'
                : 'seed-rule seed-rule--differs'
            }
          >
            {recommendation.seedRuleNote}
          </p>
          {evaluation.notes.map((note) => (
            <p key={note} className="note">
              {note}
            </p>
          ))}
        </div>
      </div>
    </section>
  );
}
