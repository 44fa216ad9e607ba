import { memo, useMemo, useState } from 'react';
import {
  OPTION_LABELS,
  formatMoney,
  roadmapSlideData,
  type EvolutionAnalysis,
  type OptionId,
  type RoadmapRow,
} from '../../core';
import type { ThemeName } from '../../lib/palette';
import { usePlannerStore } from '../../state/planner-store';
import { GrowthPanel } from './growth-panel';
import { CumulativeCostChart, MonthlyCostChart, RoadmapLegend } from './roadmap-charts';
import { MonthsTable, TotalsTable } from './roadmap-tables';
import { useRoadmap } from './use-roadmap';

const MONTHS_TABLE_ID = 'roadmap-months';
/** Static choices whose monthly cost peaks above this multiple of the roadmap's would flatten its bars. */
const ZOOM_FACTOR = 3;

/** The static choices drawn when zoomed on the roadmap: those peaking within ZOOM_FACTOR × its own peak. */
function withinZoom(rows: readonly RoadmapRow[], statics: readonly OptionId[]): OptionId[] {
  const peak = Math.max(0, ...rows.map((row) => row.planUsd));
  return statics.filter(
    (id) => Math.max(0, ...rows.map((row) => row[`static_${id}`] ?? 0)) <= ZOOM_FACTOR * peak,
  );
}

/**
 * Everything computed from the analysis. Memoised: while a field elsewhere is edited, the panel's urgent render
 * still holds the previous (deferred) analysis, so this whole subtree is skipped until React has time for it.
 */
const RoadmapResults = memo(function RoadmapResults({
  analysis,
  theme,
}: {
  analysis: EvolutionAnalysis;
  theme: ThemeName;
}) {
  const slide = useMemo(() => roadmapSlideData(analysis), [analysis]);
  const { display } = analysis;
  const horizon = slide.horizonMonths;
  const best = analysis.bestStatic;
  const [zoomed, setZoomed] = useState(true);
  const near = useMemo(() => withinZoom(slide.rows, slide.staticOptions), [slide]);
  const drawn = zoomed ? near : slide.staticOptions;
  const offScale = slide.staticOptions.filter((id) => !drawn.includes(id));
  return (
    <>
      <div className="roadmap__results" aria-live="polite">
        <h3>The plan</h3>
        <ol className="roadmap__sentences" aria-label="The plan in sentences">
          {slide.sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ol>
        <p className="roadmap__headline">
          Total over {horizon} months: <strong>{formatMoney(analysis.plan.total, display)}</strong>
          {analysis.annualDiscountRate > 0 ? (
            <>
              {' '}
              (present value <strong>{formatMoney(analysis.plan.presentValue, display)}</strong>)
            </>
          ) : null}
          {best ? (
            <>
              {' · '}
              {slide.savingUsd >= 0.5
                ? `${formatMoney(slide.savingUsd, display)} less than the best single choice`
                : 'the same as the best single choice'}
            </>
          ) : null}
          {slide.committedAfterHorizonUsd > 0 ? (
            <>
              {' · '}
              {formatMoney(slide.committedAfterHorizonUsd, display)} more committed after month {horizon - 1}
            </>
          ) : null}
        </p>
        <TotalsTable totals={slide.totals} horizon={horizon} display={display} />
      </div>
      <div className="roadmap__chart-controls">
        <button
          type="button"
          className="chip"
          aria-pressed={zoomed}
          onClick={() => setZoomed(!zoomed)}
          disabled={near.length === slide.staticOptions.length}
        >
          Zoom on the roadmap
        </button>
        {offScale.length > 0 ? (
          <p className="note">
            Not drawn, costing over {ZOOM_FACTOR}× the roadmap a month:{' '}
            {offScale.map((id) => OPTION_LABELS[id]).join(', ')} (see the totals above).
          </p>
        ) : null}
      </div>
      <RoadmapLegend used={slide.optionsUsed} statics={drawn} theme={theme} />
      <div className="roadmap__charts">
        <MonthlyCostChart
          rows={slide.rows}
          used={slide.optionsUsed}
          statics={drawn}
          display={display}
          theme={theme}
          describedBy={MONTHS_TABLE_ID}
        />
        <CumulativeCostChart
          rows={slide.rows}
          used={slide.optionsUsed}
          statics={drawn}
          display={display}
          theme={theme}
          describedBy={MONTHS_TABLE_ID}
        />
      </div>
      <MonthsTable rows={slide.rows} display={display} id={MONTHS_TABLE_ID} />
      <p className="note">
        Prices for terms other than the one each option is priced on here are that price scaled by the ratio
        between terms in the planner’s tables (planner assumption). Spot VMs are used only where you chose
        spot: they can be evicted, so the plan does not move base capacity onto them. Commitment months after
        the horizon are not counted while the plan still uses them; a reservation left behind is owed in full.
      </p>
    </>
  );
});

/**
 * The roadmap: how to run the workload month by month as volume changes, with real commitments and one-off
 * costs, against each option run all along. Inputs in the growth panel; the plan in sentences, totals, two
 * charts and their month-by-month table.
 */
export function RoadmapPanel() {
  const analysis = useRoadmap();
  const theme = usePlannerStore((state) => state.theme);
  return (
    <section className="card card--deferred roadmap" aria-labelledby="roadmap-title" id="roadmap">
      <h2 id="roadmap-title">Roadmap</h2>
      <p className="card__intro">
        The cheapest way to run this workload month by month as its volume changes. Reservations are real: a
        yearly one is paid for its 12 months even after the plan moves on, and a larger one starts a new term.
      </p>
      <GrowthPanel />
      <RoadmapResults analysis={analysis} theme={theme} />
    </section>
  );
}
