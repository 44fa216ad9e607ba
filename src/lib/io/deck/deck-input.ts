import type PptxGenJS from 'pptxgenjs';
import type { ChartModel, Evaluation, RoadmapSlideData, Scenario } from '../../../core';

/** Everything a deck is drawn from; the roadmap and sensitivity parts appear when those analyses ran. */
export type DeckInput = {
  scenario: Scenario;
  evaluation: Evaluation;
  /**
   * Chart rows on a log volume axis with step corners and exact break-evens (`buildChartRows`, extras on,
   * `wholeDecades`, so the slide's decade-bounded axis shows all the app shows).
   */
  model: ChartModel;
  shareUrl: string;
  /** Export date, YYYY-MM-DD. */
  exportedOn: string;
  /** "What would change the decision" in sentences, when known (sensitivity thresholds, roadmap). */
  changeNotes?: readonly string[];
  /** The roadmap over the horizon (growth, commitments): its own slide and the summary's horizon cost. */
  roadmap?: RoadmapSlideData;
  /** Extra slides (sensitivity) added by their features, in order. */
  extraSlides?: readonly ((pptx: PptxGenJS, input: DeckInput) => void)[];
};
