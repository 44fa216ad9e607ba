import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  costChart,
  download,
  gotoApp,
  overlappingPairs,
  screenshot,
  textBoxes,
  waitForChart,
} from './helpers';

/**
 * Chart labels never collide: break-even labels, "You are here" and the budget, measured as rendered boxes in the
 * browser — on a 1440 px desktop, a 390 px phone, and in the 1920 × 1080 exported slide.
 */
const CHART_TEXT =
  '.chart__static-svg .marker-break-even__label, .chart__static-svg .marker-you-are-here text, .chart__static-svg .marker-budget text';

/** A dense case: the Azure preset at 7.5B tokens with a smaller model allowed crosses many times near the volume. */
async function openDense(page: Page): Promise<void> {
  await gotoApp(page, '/');
  await page.getByLabel('Monthly requests', { exact: true }).fill('3M');
  await page.getByLabel('Input tokens per request', { exact: true }).fill('2000');
  await page.getByLabel('Output tokens per request', { exact: true }).fill('500');
  await page.getByRole('button', { name: /Constraints/ }).click();
  await page.getByRole('radiogroup', { name: 'Model quality' }).getByText('Allow a smaller model').click();
  await page.getByRole('button', { name: /Pricing/ }).click();
  await page.getByLabel('Price preset').selectOption('azure');
  await page.getByRole('button', { name: 'See results' }).click();
  await waitForChart(page);
}

for (const viewport of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`no chart labels overlap on a ${viewport.name} (${viewport.width} px), seed and dense Azure`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await gotoApp(page, '/');
    await page.getByRole('button', { name: 'See results' }).first().click();
    await page.locator('.chart__static-svg .marker-break-even__label').first().waitFor();
    const seed = await textBoxes(page, CHART_TEXT);
    expect(seed.length).toBeGreaterThanOrEqual(3);
    expect(overlappingPairs(seed)).toEqual([]);
    await openDense(page);
    const dense = await textBoxes(page, CHART_TEXT);
    expect(overlappingPairs(dense)).toEqual([]);
    // "You are here" stays inside the chart, never clipped at the edge.
    const chart = await costChart(page).boundingBox();
    const here = dense.find((box) => box.text.startsWith('You are here'));
    expect(here).toBeDefined();
    expect(here!.x).toBeGreaterThanOrEqual(chart!.x);
    expect(here!.x + here!.width).toBeLessThanOrEqual(chart!.x + chart!.width + 0.5);
    // …and clear of the cost axis: on a phone it once ran left over the y-axis tick labels.
    await page
      .locator('.chart__static-svg .chart__tick--y, .chart__static-svg .chart__axis-label')
      .first()
      .waitFor();
    const yTicks = await textBoxes(
      page,
      '.chart__static-svg .chart__tick--y, .chart__static-svg .chart__axis-label',
    );
    expect(yTicks.length).toBeGreaterThan(2);
    expect(overlappingPairs([here!, ...yTicks]).filter((pair) => pair.startsWith('You are here'))).toEqual(
      [],
    );
    await page
      .locator('figure.chart')
      .screenshot({ path: `artifacts/screenshots/chart-${viewport.name}.png` });
    await screenshot(page, `labels-${viewport.name}`);
  });
}

test('no labels overlap in the 1920 × 1080 exported slide', async ({ page }) => {
  await openDense(page);
  const svg = readFileSync((await download(page, 'Export SVG')).path, 'utf8');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const boxes = await textBoxes(page, 'svg .break-even__label, svg text');
  const labels = boxes.filter((box) => box.text.length > 0);
  // Every text of the slide, titles and legend included, stands clear of every other.
  expect(overlappingPairs(labels)).toEqual([]);
});

/**
 * Break-even labels (text) that a drawn cost line passes through (sampled every 1.5 px along each line) or that
 * cover a marker's circle.
 */
function labelsOnLines(page: Page): Promise<{ total: number; onLines: string[]; onMarkers: string[] }> {
  return page.evaluate(() => {
    // The break-even labels and the budget label (which once sat on a steep line at 390 px).
    const labels = [
      ...document.querySelectorAll(
        '.chart__static-svg .marker-break-even__label, .chart__static-svg .marker-budget text',
      ),
    ];
    const paths = [...document.querySelectorAll<SVGPathElement>('.chart__static-svg path.chart-line')];
    // Each line's points every 1.5 px along it, in page coordinates, sampled once for all labels.
    const sampled = paths.map((path) => {
      const m = path.getScreenCTM();
      const points: { x: number; y: number }[] = [];
      if (!m) return points;
      for (let s = 0; s <= path.getTotalLength(); s += 1.5) {
        const p = path.getPointAtLength(s);
        points.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
      }
      return points;
    });
    const crosses = (rect: DOMRect, points: { x: number; y: number }[]) =>
      points.some(
        ({ x, y }) => x > rect.left + 1 && x < rect.right - 1 && y > rect.top + 1 && y < rect.bottom - 1,
      );
    const circles = [...document.querySelectorAll('.chart__static-svg .marker-break-even circle')].map((c) =>
      c.getBoundingClientRect(),
    );
    const covers = (rect: DOMRect, circle: DOMRect) =>
      rect.left < circle.right - 1 &&
      circle.left + 1 < rect.right &&
      rect.top < circle.bottom - 1 &&
      circle.top + 1 < rect.bottom;
    const textOf = (label: Element) => label.textContent ?? '';
    const rects = labels.map((label) => ({ label, rect: label.getBoundingClientRect() }));
    const onLines = rects
      .filter(({ rect }) => sampled.some((points) => crosses(rect, points)))
      .map(({ label }) => textOf(label));
    const onMarkers = rects
      .filter(({ rect }) => circles.some((circle) => covers(rect, circle)))
      .map(({ label }) => textOf(label));
    return { total: labels.length, onLines, onMarkers };
  });
}

test('break-even and budget labels keep off the cost lines and the markers (seed and Azure, 1440 px and 390 px)', async ({
  page,
}) => {
  // Before, every label of both presets sat just above its crossing, where the two lines climb through it.
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await gotoApp(page, '/');
    await page.getByRole('button', { name: 'See results' }).first().click();
    await page.locator('.chart__static-svg .marker-break-even__label').first().waitFor();
    const seed = await labelsOnLines(page);
    expect(seed.total).toBeGreaterThanOrEqual(6);
    expect(seed.onLines).toEqual([]);
    expect(seed.onMarkers).toEqual([]);
    // On a phone the requirements fold away beside the results.
    if (viewport.width < 1100) await page.getByRole('button', { name: 'Edit requirements' }).click();
    await page.getByRole('button', { name: /Pricing/ }).click();
    await page.getByLabel('Price preset').selectOption('azure');
    await expect(
      page.locator('.chart__static-svg .marker-break-even__label', { hasText: '27.36B' }),
    ).toBeAttached();
    const azure = await labelsOnLines(page);
    expect(azure.total).toBeGreaterThanOrEqual(6);
    expect(azure.onLines).toEqual([]);
    expect(azure.onMarkers).toEqual([]);
    // The dense case (many crossings near the volume): lines may be unavoidable there, other markers are not.
    await openDense(page);
    await page.locator('.chart__static-svg .marker-break-even__label').first().waitFor();
    expect((await labelsOnLines(page)).onMarkers).toEqual([]);
  }
});
