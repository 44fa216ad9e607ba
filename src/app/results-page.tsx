import { useEffect, useRef } from 'react';
import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { CostChart } from '../features/chart/cost-chart';
import { BreakEvenTable } from '../features/results/break-even-table';
import { OptionsTable } from '../features/results/options-table';
import { RecommendationCard } from '../features/results/recommendation-card';
import { usePlannerStore } from '../state/planner-store';
import { useEvaluation } from '../state/selectors';

export type FocusTarget = 'results' | 'assumptions' | null;

/** The results view (a lazy chunk with Recharts): recommendation, chart, tables and assumptions. */
export default function ResultsPage({ focus, onFocused }: { focus: FocusTarget; onFocused: () => void }) {
  const evaluation = useEvaluation();
  const display = usePlannerStore((state) => state.scenario.display);
  const theme = usePlannerStore((state) => state.theme);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus === 'results') heading.current?.focus();
    if (focus === 'assumptions') {
      const target = document.getElementById('assumptions-title');
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    }
    if (focus) onFocused();
  }, [focus, onFocused]);

  return (
    <div className="results">
      <h2 className="visually-hidden" ref={heading} tabIndex={-1}>
        Results
      </h2>
      <div className="results__top">
        <RecommendationCard evaluation={evaluation} display={display} theme={theme} />
        <section className="card card--chart" aria-label="Cost chart">
          <CostChart describedBy="break-even-points" />
        </section>
      </div>
      <OptionsTable evaluation={evaluation} display={display} theme={theme} />
      <BreakEvenTable evaluation={evaluation} display={display} id="break-even-points" />
      <AssumptionsPanel />
    </div>
  );
}
