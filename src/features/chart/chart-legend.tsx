import { OPTION_IDS, OPTION_LABELS, type Evaluation, type OptionId } from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';

/** What the legend says of an option beside its name: the model, and whether it is ruled out or smaller. */
function legendNote(evaluation: Evaluation, id: OptionId): string {
  const option = evaluation.options.find((o) => o.id === id);
  if (!option || evaluation.apiModel.illustrative) return '';
  const status = option.exclusion ? ', ruled out' : option.smallerModel ? ', smaller model' : '';
  return ` · ${option.model.label}${status}`;
}

/** Legend as toggle buttons: each shows or hides its option's line, and names the model it serves. */
export function ChartLegend({
  hidden,
  onToggle,
  theme,
  evaluation,
}: {
  hidden: readonly OptionId[];
  onToggle: (id: OptionId) => void;
  theme: ThemeName;
  evaluation: Evaluation;
}) {
  return (
    <div className="chart-legend" role="group" aria-label="Show or hide options">
      {OPTION_IDS.map((id) => {
        const shown = !hidden.includes(id);
        const excluded = evaluation.recommendation.excluded.some((e) => e.option === id);
        return (
          <button
            key={id}
            type="button"
            className={excluded ? 'legend-item legend-item--excluded' : 'legend-item'}
            aria-pressed={shown}
            onClick={() => onToggle(id)}
            title={shown ? 'Hide this line' : 'Show this line'}
          >
            <svg width="28" height="10" aria-hidden="true" className="legend-item__line">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={OPTION_STYLE[id][theme]}
                strokeWidth="3"
                strokeDasharray={OPTION_STYLE[id].dash === '0' ? undefined : OPTION_STYLE[id].dash}
              />
            </svg>
            {OPTION_LABELS[id]}
            <span className="legend-item__note">{legendNote(evaluation, id)}</span>
          </button>
        );
      })}
    </div>
  );
}
