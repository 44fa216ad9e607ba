/**
 * Renders the PowerPoint decks of three scenarios to PNG pages (LibreOffice headless, then pdftoppm) under
 * artifacts/decks/, so a person can look at every slide — CI keeps them as artifacts. Also checks what a
 * machine can: 4–6 slides, every page rendered. Exits 1 on a failure, 0 with a note when LibreOffice is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  analyseEvolution,
  buildChartRows,
  createScenario,
  evaluateScenario,
  roadmapSlideData,
  simulate,
  type Scenario,
} from '../../src/core';
import { buildPptx, sensitivityDeckParts } from '../../src/lib/io/export-pptx';
import { sensitivityReport } from '../../src/lib/io/sensitivity-report';
import { readScenarioFile } from '../../src/lib/io/scenario-file';

const OUT = 'artifacts/decks';

function bank(): Scenario {
  const s = createScenario('azure');
  s.name = 'Bank assistant';
  s.requirements.monthlyRequests = 3_000_000;
  s.requirements.inputTokensPerRequest = 2000;
  s.requirements.outputTokensPerRequest = 500;
  s.requirements.dataSensitivity = 'high';
  s.requirements.monthlyBudget = 40_000;
  s.evolution.growth.monthlyRate = 0.05;
  return s;
}

/** A long name and a 36-month horizon: a two-line summary title and a roadmap with every static choice. */
function longName(): Scenario {
  const s = bank();
  s.name = 'Contact-centre assistant for the retail bank (GPT-4.1, high sensitivity, EU data)';
  s.evolution.horizonMonths = 36;
  return s;
}

/** An exported scenario kept as a fixture (a smaller model allowed; a model picked from the list). */
function fixture(name: string): () => Scenario {
  return () => {
    const read = readScenarioFile(readFileSync(`tests/deck/fixtures/${name}.json`, 'utf8'));
    if (!read.ok) throw new Error(`fixture ${name}: ${JSON.stringify(read.error)}`);
    return read.scenario;
  };
}

const SCENARIOS: Record<string, () => Scenario> = {
  seed: () => createScenario('seed'),
  azure: () => createScenario('azure'),
  bank,
  long: longName,
  small: fixture('small'),
  picked: fixture('picked'),
};

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
if (soffice.status !== 0) {
  console.log('render-decks: LibreOffice (soffice) is not installed; decks not rendered.');
  process.exit(0);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let failed = false;
for (const [name, make] of Object.entries(SCENARIOS)) {
  const scenario = make();
  const evaluation = evaluateScenario(scenario);
  const model = buildChartRows(scenario, evaluation, { xScale: 'log', maxPoints: 120, wholeDecades: true });
  const bytes = (await buildPptx(
    {
      scenario,
      evaluation,
      model,
      shareUrl: 'https://planner.example.org/#s=j1:example',
      exportedOn: '2026-12-02',
      roadmap: roadmapSlideData(analyseEvolution(scenario)),
      ...sensitivityDeckParts(sensitivityReport(scenario, simulate(scenario, scenario.sensitivity))),
    },
    'uint8array',
  )) as Uint8Array;
  const pptx = `${OUT}/${name}.pptx`;
  writeFileSync(pptx, bytes);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, pptx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/${name}.pdf`, `${OUT}/${name}-slide`]);
  const pages = readdirSync(OUT).filter((f) => f.startsWith(`${name}-slide`) && f.endsWith('.png'));
  const ok = pages.length >= 4 && pages.length <= 6;
  failed ||= !ok;
  console.log(
    `render-decks: ${name}: ${pages.length} slides rendered to ${OUT}/${name}-slide-*.png ${ok ? 'OK' : 'FAILED (want 4–6)'}`,
  );
}
process.exit(failed ? 1 : 0);
