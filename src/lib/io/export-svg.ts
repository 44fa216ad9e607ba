import {
  formatMoney,
  formatMoneyCompact,
  formatTokens,
  formatTokensAxis,
  fitText,
  layoutLabels,
  linePath,
  optionLine,
  seriesPolylines,
  volumeLabeller,
  measureText,
  noteStartX,
  textSize,
  OPTION_IDS,
  OPTION_LABELS,
  wrapText,
  type Box,
  type ChartModel,
  type Evaluation,
  type OptionId,
  type Scenario,
} from '../../core';
import { OPTION_STYLE } from '../palette';
import { exportText } from './export-text';

/** Slide size: 16:9 at 1920 × 1080. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

const FONT = "'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif";
const PLOT = { left: 190, top: 210, right: 1450, bottom: 880 };
const INK = '#17202e';
const MUTED = '#525d6e';
const GRID = '#e3e8ef';
const MARKER_FONT_PX = 20;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Round linear ticks from 0: a 1, 2, 2.5 or 5 × 10^k step giving at most six intervals up to `max`. */
export function linearTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const rough = max / 6;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = 0; t <= max * (1 + 1e-9); t += step) ticks.push(t);
  return ticks;
}

function decadeTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(Math.max(low, 1))); e <= Math.floor(Math.log10(high)); e += 1)
    ticks.push(10 ** e);
  return ticks;
}

/** The palette's dash pattern for an option, doubled for the slide's thicker lines, as an SVG attribute. */
function dashAttribute(id: OptionId): string {
  const dash = OPTION_STYLE[id].dash;
  return dash === '0'
    ? ''
    : ` stroke-dasharray="${dash
        .split(' ')
        .map((n) => Number(n) * 2)
        .join(' ')}"`;
}

/** The legend column right of the plot: line samples at `x`, text from `textX` to the slide's right margin. */
const LEGEND = { x: 1500, textX: 1576, textWidth: SLIDE_WIDTH - 40 - 1576, bottom: 960 };

/** Title lines: one line at 48 px when it fits, else two lines at the largest of 40–32 px (three if must). */
function titleLines(title: string): { fontSize: number; lines: string[]; firstBaseline: number } {
  const width = SLIDE_WIDTH - 160;
  const one = fitText(title, width, [48], 1, true);
  if (one.lines.length === 1) return { ...one, firstBaseline: 100 };
  const two = fitText(title, width, [40, 36, 32], 2, true);
  // Baselines 40 px from the top of the first line to 160 px (the summary) minus one line and a gap.
  return { ...two, firstBaseline: two.lines.length === 2 ? 74 : 60 };
}

/** Lines of a " · "-separated detail, breaking between its parts first and inside a part only when it must. */
function wrapParts(detail: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const part of detail.split(' · ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measureText(`${last} · ${part}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(...wrapText(part, width, fontSize));
  }
  return lines;
}

/**
 * Font sizes for the legend: names at 22 px and details at 18 px while every entry fits in the column's height;
 * smaller (down to 16 and 14 px) when many entries wrap.
 */
function layoutLegend(entries: readonly { id: OptionId; recommended: boolean; detail: string }[]): {
  nameSize: number;
  detailSize: number;
  gap: number;
} {
  const sizes = [
    { nameSize: 22, detailSize: 18, gap: 40 },
    { nameSize: 20, detailSize: 16, gap: 32 },
    { nameSize: 18, detailSize: 14, gap: 24 },
  ];
  const heightOf = (size: (typeof sizes)[number]) =>
    entries.reduce((sum, entry) => {
      const names = wrapText(
        OPTION_LABELS[entry.id],
        LEGEND.textWidth,
        size.nameSize,
        entry.recommended,
      ).length;
      const details = wrapParts(entry.detail, LEGEND.textWidth, size.detailSize).length;
      return (
        sum +
        (names - 1) * size.nameSize * 1.2 +
        size.detailSize * 1.6 +
        (details - 1) * size.detailSize * 1.25 +
        size.gap
      );
    }, 0);
  return sizes.find((size) => 290 + heightOf(size) <= LEGEND.bottom) ?? sizes[sizes.length - 1]!;
}

export type SlideOptions = { shareUrl: string; hidden?: readonly OptionId[] };

/**
 * A standalone 1920 × 1080 SVG slide: title, one-line summary, the cost chart drawn from the same chart rows as
 * the screen (lines, capacity steps, cheapest bands, break-even markers with labels, scenario volume, budget),
 * a legend with each option's cost at the scenario's volume, and a footnote with the prices' date and the share
 * link. Pure: the PNG export rasterises exactly this.
 */
export function buildSlideSvg(
  scenario: Scenario,
  evaluation: Evaluation,
  model: ChartModel,
  options: SlideOptions,
): string {
  const words = exportText(scenario, evaluation);
  const display = scenario.display;
  const [low, high] = model.domain;
  const log = model.xScale === 'log';
  const yMax = model.yMaxLinear;
  const px = (tokens: number) =>
    PLOT.left +
    ((log ? Math.log10(tokens) - Math.log10(low) : tokens - low) /
      (log ? Math.log10(high) - Math.log10(low) : high - low)) *
      (PLOT.right - PLOT.left);
  const py = (usd: number) => PLOT.bottom - (usd / yMax) * (PLOT.bottom - PLOT.top);
  const visible = OPTION_IDS.filter((id) => !options.hidden?.includes(id));
  const excluded = new Set(evaluation.recommendation.excluded.map((e) => e.option));
  const parts: string[] = [];

  parts.push(`<rect width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" fill="#ffffff"/>`);
  // Title measured, never cut: one line at 48 px, else two lines at 40 down to 32 px; the summary below it.
  const title = titleLines(words.title);
  title.lines.forEach((line, i) =>
    parts.push(
      text(
        80,
        title.firstBaseline + i * title.fontSize * 1.2,
        line,
        `font-size="${title.fontSize}" font-weight="700" fill="${INK}"`,
      ),
    ),
  );
  const summary = fitText(words.summary, SLIDE_WIDTH - 160, [26, 24, 22, 20], 1);
  parts.push(text(80, 160, summary.lines.join(' '), `font-size="${summary.fontSize}" fill="${MUTED}"`));

  // Cheapest-option bands behind everything.
  for (const band of model.cheapestBands) {
    const from = px(band.fromTokens);
    const to = px(band.toTokens);
    parts.push(
      `<rect x="${from.toFixed(1)}" y="${PLOT.top}" width="${Math.max(0, to - from).toFixed(1)}" height="${PLOT.bottom - PLOT.top}" fill="${OPTION_STYLE[band.option].light}" fill-opacity="0.08"/>`,
    );
  }
  // Grid and axes.
  for (const tick of linearTicks(yMax)) {
    const y = py(tick);
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${GRID}" stroke-width="1.5"/>`,
    );
    parts.push(
      text(
        PLOT.left - 14,
        y + 7,
        formatMoneyCompact(tick, display),
        `font-size="20" text-anchor="end" fill="${MUTED}"`,
      ),
    );
  }
  const xTicks = log ? decadeTicks(low, high) : linearTicks(high);
  for (const tick of xTicks) {
    const x = px(tick);
    parts.push(
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${GRID}" stroke-width="1.5"/>`,
    );
    parts.push(
      text(
        x,
        PLOT.bottom + 34,
        formatTokensAxis(tick),
        `font-size="20" text-anchor="middle" fill="${MUTED}"`,
      ),
    );
  }
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${MUTED}" stroke-width="2"/>`,
  );
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${MUTED}" stroke-width="2"/>`,
  );
  parts.push(
    text(
      (PLOT.left + PLOT.right) / 2,
      PLOT.bottom + 76,
      `Monthly tokens${log ? ' (log scale)' : ''}`,
      `font-size="22" text-anchor="middle" fill="${MUTED}"`,
    ),
  );
  parts.push(
    text(
      0,
      0,
      `Monthly cost (${display.currency})`,
      `font-size="22" text-anchor="middle" fill="${MUTED}" transform="translate(70 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)"`,
    ),
  );

  // Cost lines, clipped to the plot, drawn as exactly as the app draws them (steps as vertical segments).
  parts.push(
    `<clipPath id="plot"><rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}"/></clipPath>`,
  );
  parts.push('<g clip-path="url(#plot)">');
  const plot = { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top };
  for (const id of visible) {
    const d = linePath(
      optionLine(model.structures[id], { xScale: model.xScale, domain: model.domain, px, py, plot }),
    );
    const dash = dashAttribute(id);
    parts.push(
      `<path class="series" data-option="${id}" d="${d}" fill="none" stroke="${OPTION_STYLE[id].light}" stroke-width="${excluded.has(id) ? 3 : 4.5}"${excluded.has(id) ? ' stroke-opacity="0.35"' : ''} stroke-linejoin="round"${dash}/>`,
    );
  }
  // Budget and scenario volume; their labels are obstacles for the marker labels.
  const obstacles: Box[] = [];
  const budget = scenario.requirements.monthlyBudget;
  if (budget <= yMax) {
    const y = py(budget);
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#a4262c" stroke-width="2.5" stroke-dasharray="12 8"/>`,
    );
    const budgetLabel = `Budget ${formatMoneyCompact(budget, display)}`;
    const size = textSize(budgetLabel, 20);
    obstacles.push({ x: PLOT.right - 10 - size.width, y: y - 30, ...size });
    parts.push(text(PLOT.right - 10, y - 10, budgetLabel, `font-size="20" text-anchor="end" fill="#a4262c"`));
  }
  if (model.scenarioTokens >= low && model.scenarioTokens <= high) {
    const x = px(model.scenarioTokens);
    parts.push(
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${INK}" stroke-width="2.5"/>`,
    );
    const hereLabel = `You are here · ${formatTokens(model.scenarioTokens)}`;
    const size = textSize(hereLabel, 22);
    const hereX = noteStartX(x, size.width, PLOT.left, PLOT.right, 10);
    obstacles.push({ x: hereX, y: PLOT.top + 6, ...size });
    parts.push(text(hereX, PLOT.top + 28, hereLabel, `font-size="22" font-weight="700" fill="${INK}"`));
  }
  // Break-even markers with labels laid out so none overlaps another, the budget or "You are here"; labels
  // that find no free place are left out (the break-even table in the deck and the app lists every crossing).
  const groups = model.markers
    .filter((g) => g.all.some((be) => visible.includes(be.a) && visible.includes(be.b)))
    .slice(0, 60)
    .map((group) => ({ group, x: px(group.at.monthlyTokens), y: py(group.at.monthlyCost) }))
    .filter(({ x, y }) => y >= PLOT.top && y <= PLOT.bottom && x >= PLOT.left && x <= PLOT.right);
  const dense = groups.length > 12;
  // Two crossings of one pair that round alike get more digits, as in the app (breakEvenTokenLabels).
  const volumeOf = volumeLabeller(model.markers.flatMap((m) => m.all));
  const placed = layoutLabels(
    groups
      .filter(({ group }) => !dense || group.primary)
      .map(({ group, x, y }) => ({
        key: String(group.at.monthlyTokens),
        anchorX: x,
        anchorY: y,
        ...textSize(volumeOf(group.at), MARKER_FONT_PX),
      })),
    { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top },
    // Clear of the markers' circles (radius 9 with a 3.5 px stroke) as of the other labels.
    [...obstacles, ...groups.map(({ x, y }) => ({ x: x - 11, y: y - 11, width: 22, height: 22 }))],
    undefined,
    // Off the drawn cost lines where there is room.
    seriesPolylines(model.rows, visible, px, py),
  );
  const labelOf = new Map(placed.map((label) => [label.key, label]));
  for (const { group, x, y } of groups) {
    const label = labelOf.get(String(group.at.monthlyTokens));
    parts.push('<g class="break-even">');
    if (label?.leader)
      parts.push(
        `<line x1="${x.toFixed(1)}" y1="${y.toFixed(1)}" x2="${(label.box.x + label.box.width / 2).toFixed(1)}" y2="${(label.box.y < y ? label.box.y + label.box.height : label.box.y).toFixed(1)}" stroke="${MUTED}" stroke-width="1.5"/>`,
      );
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${label || !dense ? 9 : 5}" fill="#ffffff" stroke="${INK}" stroke-width="3.5"/>`,
    );
    if (label)
      parts.push(
        text(
          label.box.x + label.box.width / 2,
          label.box.y + MARKER_FONT_PX,
          volumeOf(group.at),
          `class="break-even__label" font-size="${MARKER_FONT_PX}" font-weight="700" text-anchor="middle" fill="${INK}"`,
        ),
      );
    parts.push('</g>');
  }
  parts.push('</g>');

  // Legend: each option with its cost at the scenario's volume, the recommended one in bold. Details wrap onto
  // as many lines as they need, and the rows share the height beside the plot.
  parts.push(text(LEGEND.x, 236, 'At your volume', `font-size="24" font-weight="700" fill="${INK}"`));
  const entries = visible.map((id) => {
    const result = evaluation.options.find((o) => o.id === id);
    const recommended = id === evaluation.recommendation.option;
    const ruledOut = result?.exclusion !== null && result?.exclusion !== undefined;
    const model = result && !evaluation.apiModel.illustrative ? ` · ${result.model.label}` : '';
    const status = recommended
      ? ' · recommended'
      : ruledOut
        ? ' · ruled out'
        : result?.smallerModel
          ? ' · smaller model'
          : '';
    return {
      id,
      recommended,
      ruledOut,
      detail: `${formatMoney(result?.monthlyCost ?? 0, display)}/month${model}${status}`,
    };
  });
  const legend = layoutLegend(entries);
  let y = 290;
  for (const entry of entries) {
    const dash = dashAttribute(entry.id);
    parts.push(
      `<line x1="${LEGEND.x}" x2="${LEGEND.x + 60}" y1="${y - 8}" y2="${y - 8}" stroke="${OPTION_STYLE[entry.id].light}" stroke-width="6"${entry.ruledOut ? ' stroke-opacity="0.35"' : ''}${dash}/>`,
    );
    const nameLines = wrapText(OPTION_LABELS[entry.id], LEGEND.textWidth, legend.nameSize, entry.recommended);
    nameLines.forEach((line, i) =>
      parts.push(
        text(
          LEGEND.textX,
          y + i * legend.nameSize * 1.2,
          line,
          `font-size="${legend.nameSize}" ${entry.recommended ? 'font-weight="700" ' : ''}fill="${INK}"`,
        ),
      ),
    );
    y += (nameLines.length - 1) * legend.nameSize * 1.2;
    const detailLines = wrapParts(entry.detail, LEGEND.textWidth, legend.detailSize);
    detailLines.forEach((line, i) =>
      parts.push(
        text(
          LEGEND.textX,
          y + legend.detailSize * 1.6 + i * legend.detailSize * 1.25,
          line,
          `font-size="${legend.detailSize}" fill="${MUTED}"`,
        ),
      ),
    );
    y += legend.detailSize * 1.6 + (detailLines.length - 1) * legend.detailSize * 1.25 + legend.gap;
  }

  // Footnote: prices and the link that reopens this exact scenario (clickable in an SVG viewer).
  const link = options.shareUrl.length > 110 ? `${options.shareUrl.slice(0, 107)}…` : options.shareUrl;
  parts.push(text(80, 990, words.pricesAsOf, `font-size="18" fill="${MUTED}"`));
  parts.push(
    `<a href="${escapeXml(options.shareUrl)}">${text(80, 1024, `Scenario: ${link}`, `font-size="18" fill="#0f4c81"`)}</a>`,
  );

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}" font-family="${FONT.replace(/"/g, '&quot;')}">
<title>${escapeXml(words.title)}</title>
<desc>${escapeXml(`${words.summary}. ${words.recommendation}.`)}</desc>
${parts.join('\n')}
</svg>
`;
}
