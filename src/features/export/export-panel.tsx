import { useRef, useState, type ChangeEvent } from 'react';
import { useTransientStatus } from '../../components/ui/use-transient-status';
import { analyseEvolution, buildChartRows, describeReadError, roadmapSlideData } from '../../core';
import { downloadBlob } from '../../lib/io/download';
import { usePlannerStore } from '../../state/planner-store';
import { evaluationOf } from '../../state/selectors';
import { shareUrlOf } from '../../state/share-url';

type Format = 'png' | 'svg' | 'pptx' | 'md' | 'csv' | 'json';

const LABELS: Record<Format, string> = {
  png: 'Export PNG',
  svg: 'Export SVG',
  pptx: 'Export PowerPoint',
  md: 'Export decision record',
  csv: 'Export CSV',
  json: 'Export JSON',
};

/**
 * Slide-ready exports and JSON import. Every export reads the same chart rows as the screen; the export code
 * (and pptxgenjs) loads only when a button is pressed.
 */
export function ExportPanel() {
  const [busy, setBusy] = useState<Format | null>(null);
  const [status, setStatus] = useTransientStatus<string>('');
  const fileInput = useRef<HTMLInputElement>(null);
  const scenarioLoaded = usePlannerStore((state) => state.scenarioLoaded);
  const noticeShown = usePlannerStore((state) => state.noticeShown);

  const run = async (format: Format) => {
    const state = usePlannerStore.getState();
    const scenario = state.scenario;
    const evaluation = evaluationOf(scenario);
    const model = buildChartRows(scenario, evaluation, { xScale: state.chart.xScale });
    const shareUrl = shareUrlOf(state);
    setBusy(format);
    setStatus('');
    try {
      const { exportFileName } = await import('../../lib/io/export-text');
      const today = new Date().toISOString().slice(0, 10);
      const name = (extension: string) => exportFileName(scenario, evaluation, extension, today);
      // Thresholds, tornado and the Monte Carlo (in the worker, with the scenario's seed: the numbers on screen).
      const sensitivity = async () => {
        const [{ sensitivityReport }, { runSimulation }] = await Promise.all([
          import('../../lib/io/sensitivity-report'),
          import('../../lib/simulation/run-simulation'),
        ]);
        const { seed, samples } = scenario.sensitivity;
        const simulation = await runSimulation(scenario, seed, samples).catch(() => null);
        return sensitivityReport(scenario, simulation);
      };
      if (format === 'svg' || format === 'png') {
        const { buildSlideSvg, SLIDE_HEIGHT, SLIDE_WIDTH } = await import('../../lib/io/export-svg');
        const svg = buildSlideSvg(scenario, evaluation, model, { shareUrl, hidden: state.chart.hidden });
        if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name('svg'));
        else {
          const { svgToPng } = await import('../../lib/io/download');
          downloadBlob(await svgToPng(svg, SLIDE_WIDTH, SLIDE_HEIGHT), name('png'));
        }
      } else if (format === 'pptx') {
        const { buildPptx, sensitivityDeckParts } = await import('../../lib/io/export-pptx');
        const deckModel = buildChartRows(scenario, evaluation, {
          xScale: 'log',
          maxPoints: 120,
          wholeDecades: true,
        });
        const roadmap = roadmapSlideData(analyseEvolution(scenario));
        const deck = await buildPptx({
          scenario,
          evaluation,
          model: deckModel,
          shareUrl,
          exportedOn: today,
          roadmap,
          ...sensitivityDeckParts(await sensitivity()),
        });
        downloadBlob(deck as Blob, name('pptx'));
      } else if (format === 'md') {
        const { buildDecisionRecord } = await import('../../lib/io/decision-record');
        const record = buildDecisionRecord({
          scenario,
          evaluation,
          shareLink: shareUrl,
          date: today,
          sensitivity: await sensitivity(),
        });
        downloadBlob(new Blob([record], { type: 'text/markdown' }), name('md'));
      } else if (format === 'csv') {
        const { buildCsv } = await import('../../lib/io/export-csv');
        const csv = buildCsv(scenario, evaluation, model, analyseEvolution(scenario), await sensitivity());
        downloadBlob(new Blob([csv], { type: 'text/csv' }), name('csv'));
      } else {
        const { scenarioToJson } = await import('../../lib/io/scenario-file');
        downloadBlob(new Blob([scenarioToJson(scenario)], { type: 'application/json' }), name('json'));
      }
      setStatus(`${LABELS[format].replace('Export ', '').replace(/^./, (c) => c.toUpperCase())} downloaded.`);
    } catch (error) {
      setStatus(`The export failed: ${String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { readScenarioFile } = await import('../../lib/io/scenario-file');
    const read = readScenarioFile(await file.text());
    if (read.ok) {
      scenarioLoaded(read.scenario);
      setStatus(`Imported “${file.name}”.`);
    } else {
      noticeShown({
        tone: 'error',
        message: `${describeReadError(read.error, 'file')} Nothing was changed.`,
      });
    }
  };

  return (
    <div className="exports">
      <div className="exports__buttons" role="group" aria-label="Export">
        {(Object.keys(LABELS) as Format[]).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() => void run(format)}
          >
            {busy === format ? 'Preparing…' : LABELS[format]}
          </button>
        ))}
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          Import JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Import JSON file"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <p className="exports__status" role="status">
        {status}
      </p>
    </div>
  );
}
