import { MAX_HORIZON_MONTHS, formatTokens } from '../../core';
import { NumberField } from '../../components/ui/number-field';
import { useEvolutionField } from './use-evolution-field';

type Point = { month: number; monthlyTokens: number };

/**
 * Known volumes as (month, monthly tokens) rows. Every edit commits the whole list through the store, so the
 * schema's rules (months 0–60, ascending, each once) come back as a message next to the field edited.
 */
export function PointsEditor({ todayTokens }: { todayTokens: number }) {
  const { value: points, commit } = useEvolutionField<Point[]>('evolution.growth.points');
  const replace = (index: number, change: Partial<Point>) =>
    commit(points.map((point, i) => (i === index ? { ...point, ...change } : point)));
  const last = points[points.length - 1];
  const add = () =>
    commit([
      ...points,
      {
        month: Math.min(MAX_HORIZON_MONTHS, (last?.month ?? 0) + 12),
        monthlyTokens: last?.monthlyTokens ?? todayTokens,
      },
    ]);
  return (
    <div className="points-editor">
      <p className="field__hint">
        Month 0 is this month at today’s volume ({formatTokens(todayTokens)} tokens/month) unless you give it
        here. Between points volume grows at a steady rate; after the last point it stays flat.
      </p>
      {points.length === 0 ? <p className="note">No points yet: volume stays at today’s.</p> : null}
      <ol className="points-editor__list">
        {points.map((point, index) => (
          <li key={index} className="points-editor__row">
            <NumberField
              label={`Month of point ${index + 1}`}
              unit="month"
              value={point.month}
              onCommit={(month) => replace(index, { month })}
            />
            <NumberField
              label={`Volume of point ${index + 1}`}
              unit="tokens / month"
              value={point.monthlyTokens}
              onCommit={(monthlyTokens) => replace(index, { monthlyTokens })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => commit(points.filter((_, i) => i !== index))}
            >
              Remove point {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={add}>
        Add a point
      </button>
    </div>
  );
}
