import {
  formatMoney,
  formatMoneyCompact,
  formatTokens,
  formatTokensAxis,
  layoutLabels,
  textSize,
  OPTION_IDS,
  OPTION_LABELS,
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
  parts.push(text(80, 100, words.title, `font-size="48" font-weight="700" fill="${INK}"`));
  parts.push(text(80, 152, words.summary, `font-size="26" fill="${MUTED}"`));

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

  // Cost lines, clipped to the plot: steps appear as vertical segments between corner rows.
  parts.push(
    `<clipPath id="plot"><rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}"/></clipPath>`,
  );
  parts.push('<g clip-path="url(#plot)">');
  for (const id of visible) {
    const d = model.rows
      .map((row, i) => `${i === 0 ? 'M' : 'L'}${px(row.tokens).toFixed(1)} ${py(row[id]).toFixed(1)}`)
      .join(' ');
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
    const toLeft = x + 10 + size.width > PLOT.right;
    const hereX = toLeft ? x - 10 : x + 10;
    obstacles.push({ x: toLeft ? hereX - size.width : hereX, y: PLOT.top + 6, ...size });
    parts.push(
      text(
        hereX,
        PLOT.top + 28,
        hereLabel,
        `font-size="22" font-weight="700" fill="${INK}"${toLeft ? ' text-anchor="end"' : ''}`,
      ),
    );
  }
  // Break-even markers with labels laid out so none overlaps another, the budget or "You are here"; labels
  // that find no free place are left out (the break-even table in the deck and the app lists every crossing).
  const groups = model.markers
    .filter((g) => g.all.some((be) => visible.includes(be.a) && visible.includes(be.b)))
    .slice(0, 60)
    .map((group) => ({ group, x: px(group.at.monthlyTokens), y: py(group.at.monthlyCost) }))
    .filter(({ x, y }) => y >= PLOT.top && y <= PLOT.bottom && x >= PLOT.left && x <= PLOT.right);
  const dense = groups.length > 12;
  const placed = layoutLabels(
    groups
      .filter(({ group }) => !dense || group.primary)
      .map(({ group, x, y }) => ({
        key: String(group.at.monthlyTokens),
        anchorX: x,
        anchorY: y,
        ...textSize(formatTokens(group.at.monthlyTokens), MARKER_FONT_PX),
      })),
    { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top },
    obstacles,
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
          formatTokens(group.at.monthlyTokens),
          `class="break-even__label" font-size="${MARKER_FONT_PX}" font-weight="700" text-anchor="middle" fill="${INK}"`,
        ),
      );
    parts.push('</g>');
  }
  parts.push('</g>');

  // Legend: each option with its cost at the scenario's volume, the recommended one in bold.
  parts.push(text(1500, 236, 'At your volume', `font-size="24" font-weight="700" fill="${INK}"`));
  visible.forEach((id, index) => {
    const y = 290 + index * 78;
    const result = evaluation.options.find((o) => o.id === id);
    const recommended = id === evaluation.recommendation.option;
    const ruledOut = result?.exclusion !== null && result?.exclusion !== undefined;
    const dash = dashAttribute(id);
    const model = result && !evaluation.apiModel.illustrative ? ` · ${result.model.label}` : '';
    const status = recommended
      ? ' · recommended'
      : ruledOut
        ? ' · ruled out'
        : result?.smallerModel
          ? ' · smaller model'
          : '';
    parts.push(
      `<line x1="1500" x2="1560" y1="${y - 8}" y2="${y - 8}" stroke="${OPTION_STYLE[id].light}" stroke-width="6"${ruledOut ? ' stroke-opacity="0.35"' : ''}${dash}/>`,
    );
    parts.push(
      text(
        1576,
        y,
        OPTION_LABELS[id],
        `font-size="22" ${recommended ? 'font-weight="700" ' : ''}fill="${INK}"`,
      ),
    );
    parts.push(
      text(
        1576,
        y + 30,
        `${formatMoney(result?.monthlyCost ?? 0, display)}/month${model}${status}`,
        `font-size="18" fill="${MUTED}"`,
      ),
    );
  });

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
