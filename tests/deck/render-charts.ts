/**
 * Renders the SVG slide (the PNG export rasterises exactly this SVG) for a few scenarios to artifacts/charts/,
 * as SVG and as PNG through Chromium, so a person can look at titles, legends and labels. Scenarios: the three
 * presets' defaults and the exported files in tests/deck/fixtures (a smaller model allowed, a long name, a
 * model picked from the list). Exits 0 with a note when Chromium is missing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildChartRows, createScenario, evaluateScenario, type Scenario } from '../../src/core';
import { buildSlideSvg, SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/lib/io/export-svg';
import { readScenarioFile } from '../../src/lib/io/scenario-file';

const OUT = 'artifacts/charts';
const FIXTURES = 'tests/deck/fixtures';
const CHROMIUM = '/usr/bin/chromium';

const scenarios: Record<string, Scenario> = { seed: createScenario('seed'), azure: createScenario('azure') };
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
  const read = readScenarioFile(readFileSync(`${FIXTURES}/${file}`, 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.error)}`);
  scenarios[file.replace(/\.json$/, '')] = read.scenario;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const svgs = Object.entries(scenarios).map(([name, scenario]) => {
  const evaluation = evaluateScenario(scenario);
  const model = buildChartRows(scenario, evaluation, { xScale: 'log' });
  const svg = buildSlideSvg(scenario, evaluation, model, {
    shareUrl: 'https://planner.example.org/#s=j1:example',
  });
  writeFileSync(`${OUT}/${name}.svg`, svg);
  return { name, svg };
});
if (!existsSync(CHROMIUM)) {
  console.log(`render-charts: ${svgs.length} SVGs in ${OUT}; Chromium missing, no PNGs.`);
  process.exit(0);
}
const browser = await chromium.launch({ executablePath: CHROMIUM });
const page = await browser.newPage({ viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT } });
for (const { name, svg } of svgs) {
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  // Any text reaching past the slide's right edge would be cut off in the export.
  const overflow = await page.evaluate(
    (width) =>
      [...document.querySelectorAll('text')]
        .filter((t) => t.getBoundingClientRect().right > width)
        .map((t) => t.textContent),
    SLIDE_WIDTH,
  );
  console.log(
    `render-charts: ${name}: ${OUT}/${name}.png${overflow.length ? ` OVERFLOW ${overflow.join(' | ')}` : ' OK'}`,
  );
}
await browser.close();
