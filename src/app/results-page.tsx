import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { SectionBoundary } from '../components/ui/section-boundary';
import { useAfterFirstPaint } from '../components/ui/use-after-first-paint';
import { CostChart } from '../features/chart/cost-chart';
import { ExportPanel } from '../features/export/export-panel';
import { SharePanel } from '../features/share/share-panel';
import { BreakEvenTable } from '../features/results/break-even-table';
import { OptionsTable } from '../features/results/options-table';
import { RecommendationCard } from '../features/results/recommendation-card';
import { usePlannerStore } from '../state/planner-store';
import { evaluationOf } from '../state/selectors';
import HoldsSentence from './holds-sentence';

const loadExtras = () => import('./results-extras');
const ResultsExtras = lazy(loadExtras);
/** True once the extras' chunk has loaded (later mounts render them at once). */
let extrasLoaded = false;
/** True when the extras' chunk could not be loaded (offline, or a new deployment replaced it). */
let extrasFailed = false;
const loadExtrasAfterPaint = () =>
  loadExtras().then(
    () => {
      extrasLoaded = true;
    },
    () => {
      extrasFailed = true;
    },
  );

export type FocusTarget = 'results' | 'assumptions' | null;

/** The results view (a lazy chunk with Recharts): recommendation, chart, tables and assumptions. */
export default function ResultsPage({ focus, onFocused }: { focus: FocusTarget; onFocused: () => void }) {
  // The chart follows each keystroke at once (it reads the store); the recommendation and the tables follow the
  // deferred scenario, so they render after the chart has been drawn, in a render React can interrupt.
  const live = usePlannerStore((state) => state.scenario);
  const scenario = useDeferredValue(live);
  const evaluation = evaluationOf(scenario);
  const display = scenario.display;
  const theme = usePlannerStore((state) => state.theme);
  const heading = useRef<HTMLHeadingElement>(null);
  // Below the fold (roadmap, assumptions, saved scenarios): fetched once the chart has painted, so a share
  // link's first frame waits neither for them nor for the roadmap's Recharts charts they bring.
  const showExtras = useAfterFirstPaint(loadExtrasAfterPaint, extrasLoaded);
  // Sharing, export and the tables are below the chart: rendered once the chart's first frame has painted, so a
  // share link's first commit holds only the recommendation and the chart.
  const showRest = useAfterFirstPaint(undefined, extrasLoaded);

  useEffect(() => {
    if (focus === 'results') {
      heading.current?.focus();
      onFocused();
    }
    // 'assumptions' is handled by ResultsExtras, which holds the panel, once its chunk has loaded and mounted.
  }, [focus, onFocused]);

  // Same elements for the same evaluation: React skips them in the keystroke's urgent render.
  const recommendation = useMemo(
    () => (
      <SectionBoundary title="The recommendation" resetKey={evaluation}>
        <RecommendationCard
          evaluation={evaluation}
          display={display}
          theme={theme}
          holds={<HoldsSentence />}
        />
      </SectionBoundary>
    ),
    [evaluation, display, theme],
  );
  const tables = useMemo(
    () => (
      <>
        <SectionBoundary title="The options table" resetKey={evaluation}>
          <OptionsTable evaluation={evaluation} display={display} theme={theme} />
        </SectionBoundary>
        <SectionBoundary title="The break-even table" resetKey={evaluation}>
          <BreakEvenTable evaluation={evaluation} display={display} id="break-even-points" />
        </SectionBoundary>
      </>
    ),
    [evaluation, display, theme],
  );

  return (
    <div className="results">
      <h2 className="visually-hidden" ref={heading} tabIndex={-1}>
        Results
      </h2>
      <div className="results__top">
        {recommendation}
        <SectionBoundary title="The cost chart" resetKey={live}>
          <section className="card card--chart" aria-label="Cost chart">
            <CostChart describedBy="break-even-points" />
          </section>
        </SectionBoundary>
      </div>
      {showRest ? (
        <>
          <SectionBoundary title="Sharing and export">
            <section className="card" aria-labelledby="share-title">
              <h2 id="share-title">Share and export</h2>
              <SharePanel />
              <ExportPanel />
            </section>
          </SectionBoundary>
          {tables}
        </>
      ) : null}
      {showExtras && extrasFailed ? (
        <p className="loading" role="alert">
          What would change the decision, the roadmap, the assumptions and saved scenarios could not be loaded
          (you may be offline, or the app was updated). Reload the page to try again: the address keeps your
          scenario.
        </p>
      ) : showExtras ? (
        <Suspense fallback={<p className="loading">Loading assumptions and saved scenarios…</p>}>
          <ResultsExtras focusAssumptions={focus === 'assumptions'} onFocused={onFocused} />
        </Suspense>
      ) : (
        <p className="loading">Loading assumptions and saved scenarios…</p>
      )}
    </div>
  );
}
