import { exportText } from './export-text';
import { isLocalAddress, shareLinkNote } from './share-link-note';
import { addAssumptionsSlide } from './deck/deck-assumptions';
import { addChartSlide } from './deck/deck-chart';
import type { DeckInput } from './deck/deck-input';
import { addOptionsSlide } from './deck/deck-options';
import { addRoadmapSlide } from './deck/deck-roadmap';
import { addSummarySlide } from './deck/deck-summary';
import { logXAxis, patchCharts, styleSeries } from './deck/pptx-patch';

import { sensitivitySlide } from './deck/deck-sensitivity';
import type { SensitivityReport } from './sensitivity-report';

export type { DeckInput } from './deck/deck-input';

/**
 * The deck's sensitivity parts: the summary's "what would change it" from the thresholds, and the sensitivity
 * slide (added after the options, before the roadmap's and the assumptions').
 */
export function sensitivityDeckParts(
  report: SensitivityReport,
): Pick<DeckInput, 'changeNotes' | 'extraSlides'> {
  return {
    changeNotes: report.changeNotes,
    extraSlides: [
      (pptx, input) => {
        const words = exportText(input.scenario, input.evaluation);
        const shareNote = isLocalAddress(input.shareUrl) ? shareLinkNote(input.shareUrl) : null;
        sensitivitySlide(report, { pricesAsOf: words.pricesAsOf, shareNote })(pptx, input);
      },
    ],
  };
}

/**
 * A deck that tells the story in order (pptxgenjs, loaded only when asked), 16:9, no text under 12 pt, speaker
 * notes on every slide: (1) the decision — option, served model, monthly and horizon cost, reasons, watch-outs,
 * what was ruled out and what would change it; (2) the cost chart as a native scatter chart on a log volume
 * axis with break-evens, budget and "You are here"; (3) every option with its model, capacity and status;
 * extra slides (roadmap, sensitivity) when given; (4) the assumptions that matter, with sources.
 * `output` 'blob' for the browser, 'uint8array' for tests and the command line.
 */
export async function buildPptx(
  input: DeckInput,
  output: 'blob' | 'uint8array' = 'blob',
): Promise<Blob | Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const words = exportText(input.scenario, input.evaluation);
  // Only a local link needs a word of warning in the footer; a deployed one speaks for itself.
  const shareNote = isLocalAddress(input.shareUrl) ? shareLinkNote(input.shareUrl) : null;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = input.scenario.name || words.title;
  pptx.company = 'AI Cost Planner';
  const common = { pricesAsOf: words.pricesAsOf, shareNote };
  // The summary slide says when the deck was made: prices move, and a printed deck has no file name.
  addSummarySlide(pptx, input, { ...common, summary: `${words.summary} · exported ${input.exportedOn}` });
  const styles = addChartSlide(pptx, input, common);
  addOptionsSlide(pptx, input, common);
  if (input.roadmap && input.roadmap.horizonMonths > 1) addRoadmapSlide(pptx, input, input.roadmap, common);
  for (const extra of input.extraSlides ?? []) extra(pptx, input);
  addAssumptionsSlide(pptx, input, common);
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  // The cost chart is the first chart; extra slides may add charts after it, left as pptxgenjs wrote them.
  const patched = patchCharts(written, (xml, index) =>
    index === 0 ? styleSeries(logXAxis(xml), styles) : xml,
  );
  return output === 'blob'
    ? new Blob([patched.slice().buffer], {
        type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      })
    : patched;
}
