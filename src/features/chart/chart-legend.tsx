import { OPTION_IDS, OPTION_LABELS, type OptionId } from '../../core';
import { OPTION_STYLE, type ThemeName } from '../../lib/palette';

/** Legend as toggle buttons: each shows or hides its option's line. */
export function ChartLegend({
  hidden,
  onToggle,
  theme,
}: {
  hidden: readonly OptionId[];
  onToggle: (id: OptionId) => void;
  theme: ThemeName;
}) {
  return (
    <div className="chart-legend" role="group" aria-label="Show or hide options">
      {OPTION_IDS.map((id) => {
        const shown = !hidden.includes(id);
        return (
          <button
            key={id}
            type="button"
            className="legend-item"
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
          </button>
        );
      })}
    </div>
  );
}
