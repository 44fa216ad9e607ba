import type PptxGenJS from 'pptxgenjs';
import {
  formatMoney,
  formatMoneyCompact,
  formatTokens,
  lineCrossesBox,
  volumeLabeller,
  seriesPolylines,
  withVolumeLabels,
  layoutLabels,
  OPTION_IDS,
  OPTION_LABELS,
  OPTION_STYLE,
  type Box,
} from '../../../core';
import { moneyAxis } from './deck-axis';
import type { DeckInput } from './deck-input';
import { addFooter, addTitle, bullets, FONT, heading, INK, MIN_PT, MUTED } from './deck-style';
import type { SeriesStyle } from './pptx-patch';

/** The chart frame on the slide and its plot area as shares of it (a fixed layout, so overlays line up). */
const FRAME = { x: 0.35, y: 1.35, w: 8.9, h: 4.55 };
const PLOT = { x: 0.1, y: 0.04, w: 0.87, h: 0.8 };
/** The legend, drawn below the chart: two columns of line samples and names. */
const LEGEND = { x: 0.6, y: 5.95, columnWidth: 6.15, rowHeight: 0.24 };
const LABEL_PT = MIN_PT;
const BUDGET_COLOR = 'A4262C';

/** Box of a one-line text at `pt` points, in inches. */
function textBox(text: string, pt: number): { width: number; height: number } {
  return { width: (text.length * pt * 0.58) / 72 + 0.1, height: (pt * 1.35) / 72 };
}

/**
 * The cost chart as a native scatter chart (volume on a numeric axis, logarithmic after `logXAxis`): one series
 * per option (ruled-out ones faded), the break-even points, the budget and "You are here" as series too, and
 * their labels as text boxes laid out so none collides. Returns the series styles for `styleSeries`.
 */
export function addChartSlide(
  pptx: PptxGenJS,
  input: DeckInput,
  words: { pricesAsOf: string; shareNote: string | null },
): SeriesStyle[] {
  const excludedIds = new Set(input.evaluation.recommendation.excluded.map((e) => e.option));
  const styles: SeriesStyle[] = [
    ...OPTION_IDS.map((id) => ({
      dash: OPTION_STYLE[id].officeDash,
      line: true,
      opacity: excludedIds.has(id) ? 0.35 : 1,
    })),
    { line: false, markerSize: 9 },
    { line: true, dash: 'dash' },
    { line: true },
  ];
  const { scenario, evaluation, model } = input;
  const rate = scenario.display.usdToCurrency;
  const slide = pptx.addSlide();
  addTitle(
    slide,
    'Where the options cross',
    `Monthly cost against monthly tokens (log scale) · ${scenario.display.currency}`,
  );
  // Whole decades inside the model's view: a log axis in PowerPoint runs between powers of ten.
  const low = 10 ** Math.ceil(Math.log10(model.domain[0]));
  const high = 10 ** Math.floor(Math.log10(model.domain[1]));
  // The cost axis: round ticks and "$1.4M"-style labels; overlays are placed on the same maximum.
  const axis = moneyAxis(model.yMaxLinear * rate, currencySymbol(scenario));
  const yMax = axis.maxValue;
  const volume = model.scenarioTokens;
  const rows = model.rows.filter((row) => row.tokens >= low && row.tokens <= high);
  const here = rows.findIndex((row) => row.tokens >= volume);
  // "You are here" is a vertical segment: two points at the scenario's volume.
  const hereRow = rows[Math.max(0, here)];
  const xs = rows.map((row) => row.tokens);
  const ids = [...OPTION_IDS];
  const excluded = new Set(evaluation.recommendation.excluded.map((e) => e.option));
  const valuesOf = (id: (typeof ids)[number]) => rows.map((row) => Math.round(row[id] * rate * 100) / 100);
  if (here >= 0 && hereRow) {
    xs.splice(here, 0, volume, volume);
  }
  const pad = (values: (number | null)[]) =>
    here >= 0
      ? [...values.slice(0, here), values[here] ?? null, values[here] ?? null, ...values.slice(here)]
      : values;
  const markers = model.markers.filter((m) => m.primary || model.markers.length <= 12);
  // Two crossings of one pair that round alike get more digits, as in the app (breakEvenTokenLabels).
  const volumeOf = volumeLabeller(model.markers.flatMap((m) => m.all));
  const markerCost = new Map(markers.map((m) => [m.at.monthlyTokens, m.at.monthlyCost]));
  const series = [
    ...ids.map((id) => {
      const option = evaluation.options.find((o) => o.id === id)!;
      const model = evaluation.apiModel.illustrative ? '' : ` · ${option.model.label}`;
      const name = evaluation.apiModel.illustrative ? OPTION_LABELS[id] : OPTION_STYLE[id].short;
      return { name: `${name}${model}${excluded.has(id) ? ' (ruled out)' : ''}`, values: pad(valuesOf(id)) };
    }),
    {
      name: 'Break-even points',
      values: pad(
        rows.map((row) => {
          const usd = markerCost.get(row.tokens);
          return usd === undefined ? null : Math.round(usd * rate * 100) / 100;
        }),
      ),
    },
    {
      name: 'Budget',
      values: xs.map((_, i) =>
        i === 0 || i === xs.length - 1 ? scenario.requirements.monthlyBudget * rate : null,
      ),
    },
    {
      name: 'You are here',
      values: xs.map((_, i) => (here >= 0 && i === here ? 0 : here >= 0 && i === here + 1 ? yMax : null)),
    },
  ];
  slide.addChart(
    pptx.ChartType.scatter,
    [{ name: 'Monthly tokens', values: xs }, ...series] as PptxGenJS.OptsChartData[],
    {
      ...FRAME,
      layout: PLOT,
      chartColors: COLORS(ids),
      lineSize: 2.25,
      lineDataSymbol: 'none',
      displayBlanksAs: 'span',
      // The legend is drawn below the chart (two columns): the built-in one stacks eight entries over the plot.
      showLegend: false,
      catAxisMinVal: low,
      // On a logarithmic axis the major unit is the ratio between gridlines: one per decade.
      catAxisMajorUnit: 10,
      catAxisMaxVal: high,
      catAxisLabelFontSize: MIN_PT,
      showCatAxisTitle: true,
      catAxisTitle: 'Monthly tokens',
      catAxisTitleFontSize: MIN_PT,
      valAxisMinVal: 0,
      valAxisMaxVal: yMax,
      valAxisMajorUnit: axis.majorUnit,
      valAxisLabelFontSize: MIN_PT,
      valAxisLabelFormatCode: axis.formatCode,
      showValAxisTitle: true,
      valAxisTitle: `Monthly cost (${scenario.display.currency})`,
      valAxisTitleFontSize: MIN_PT,
    },
  );
  addOverlayLabels(pptx, slide, input, {
    low,
    high,
    yMax,
    markers: markers.map((m) => ({
      tokens: m.at.monthlyTokens,
      usd: m.at.monthlyCost,
      label: volumeOf(m.at),
    })),
  });
  addLegend(
    pptx,
    slide,
    series.map((s) => s.name),
    styles,
  );
  addRangesPanel(slide, input);
  addFooter(slide, words.pricesAsOf, input.shareUrl, words.shareNote);
  slide.addNotes(
    [
      'Every break-even point:',
      ...withVolumeLabels(evaluation.breakEvens).map(
        (be) =>
          `${OPTION_LABELS[be.a]} = ${OPTION_LABELS[be.b]} at ${be.volumeLabel} tokens/month (${formatMoney(be.monthlyCost, scenario.display)}/month)${be.kind === 'step' ? ', at a capacity step' : ''}.`,
      ),
      '',
      'Ruled-out options are drawn faded; they are never recommended whatever they cost.',
    ].join('\n'),
  );
  return styles;
}

/** Series colours: the options', then break-evens (ink), budget (red) and "You are here" (ink). */
const COLORS = (ids: readonly (typeof OPTION_IDS)[number][]) => [
  ...ids.map((id) => OPTION_STYLE[id].light.replace('#', '')),
  INK,
  BUDGET_COLOR,
  INK,
];

/** The display currency's symbol, for the cost axis ("$", "€"). */
export function currencySymbol(scenario: DeckInput['scenario']): string {
  return formatMoneyCompact(0, scenario.display).replace(/[\d.,\s]/g, '') || scenario.display.currency;
}

/** A legend of line samples (dash and opacity as in the chart) and names, two columns below the plot. */
function addLegend(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  names: readonly string[],
  styles: readonly SeriesStyle[],
): void {
  const colors = COLORS([...OPTION_IDS]);
  names.forEach((name, i) => {
    const x = LEGEND.x + (i % 2) * LEGEND.columnWidth;
    const y = LEGEND.y + Math.floor(i / 2) * LEGEND.rowHeight;
    const style = styles[i]!;
    const color = colors[i]!;
    if (style.line)
      slide.addShape(pptx.ShapeType.line, {
        x,
        y: y + LEGEND.rowHeight / 2,
        w: 0.45,
        h: 0,
        line: {
          color,
          width: 2.25,
          dashType: (style.dash ?? 'solid') as 'solid',
          transparency: style.opacity !== undefined && style.opacity < 1 ? 65 : 0,
        },
      });
    else
      slide.addShape(pptx.ShapeType.ellipse, {
        x: x + 0.15,
        y: y + 0.05,
        w: 0.14,
        h: 0.14,
        fill: { color },
        line: { color },
      });
    slide.addText(name, {
      x: x + 0.55,
      y,
      w: LEGEND.columnWidth - 0.6,
      h: LEGEND.rowHeight,
      fontSize: MIN_PT,
      color: INK,
      fontFace: FONT,
      margin: 0,
      valign: 'middle',
    });
  });
}

type Axes = {
  low: number;
  high: number;
  yMax: number;
  markers: { tokens: number; usd: number; label: string }[];
};

/** How many of the options' cost lines pass through `box` (scales `x`: tokens → position, `y`: USD → position). */
export function curveCrossings(
  rows: DeckInput['model']['rows'],
  box: Box,
  x: (tokens: number) => number,
  y: (usd: number) => number,
): number {
  return seriesPolylines(rows, OPTION_IDS, x, y).filter((line) => lineCrossesBox(line, box)).length;
}

/** Labels of break-evens, budget and "You are here", as text boxes placed from the chart's fixed plot area. */
function addOverlayLabels(pptx: PptxGenJS, slide: PptxGenJS.Slide, input: DeckInput, axes: Axes): void {
  const rate = input.scenario.display.usdToCurrency;
  const plot: Box = {
    x: FRAME.x + PLOT.x * FRAME.w,
    y: FRAME.y + PLOT.y * FRAME.h,
    width: PLOT.w * FRAME.w,
    height: PLOT.h * FRAME.h,
  };
  const px = (tokens: number) =>
    plot.x +
    ((Math.log10(tokens) - Math.log10(axes.low)) / (Math.log10(axes.high) - Math.log10(axes.low))) *
      plot.width;
  const py = (usd: number) => plot.y + plot.height - ((usd * rate) / axes.yMax) * plot.height;
  const obstacles: Box[] = [];
  const text = (value: string, box: Box, color: string, bold = false) =>
    slide.addText(value, {
      x: box.x,
      y: box.y,
      w: box.width,
      h: box.height,
      fontSize: LABEL_PT,
      bold,
      color,
      fontFace: FONT,
      margin: 0,
      align: 'center',
      valign: 'middle',
    });
  const volume = input.model.scenarioTokens;
  if (volume >= axes.low && volume <= axes.high) {
    const label = `You are here · ${formatTokens(volume)}`;
    const size = textBox(label, LABEL_PT);
    const y = plot.y + 0.02;
    const right = { x: px(volume) + 0.05, y, ...size };
    const left = { x: px(volume) - 0.05 - size.width, y, ...size };
    const fits = (box: Box) => box.x >= plot.x && box.x + box.width <= plot.x + plot.width;
    // The side the cost lines cross less (they climb towards the top right), else the right.
    const crossings = (box: Box) => curveCrossings(input.model.rows, box, px, py);
    const box = !fits(right) || (fits(left) && crossings(left) < crossings(right)) ? left : right;
    obstacles.push(box);
    text(label, box, INK, true);
  }
  const budget = input.scenario.requirements.monthlyBudget;
  if (budget * rate <= axes.yMax) {
    const label = `Budget ${formatMoneyCompact(budget, input.scenario.display)}`;
    const size = textBox(label, LABEL_PT);
    const box = { x: plot.x + plot.width - size.width - 0.05, y: py(budget) - size.height - 0.02, ...size };
    obstacles.push(box);
    text(label, box, BUDGET_COLOR);
  }
  const inView = axes.markers.filter(
    (m) => m.tokens >= axes.low && m.tokens <= axes.high && m.usd * rate <= axes.yMax,
  );
  const placed = layoutLabels(
    inView.map((m) => ({
      key: String(m.tokens),
      anchorX: px(m.tokens),
      anchorY: py(m.usd),
      ...textBox(m.label, LABEL_PT),
    })),
    plot,
    obstacles,
    { gap: 0.03, offset: 0.08 },
    // Off the cost lines where there is room (every option is drawn on the deck's chart).
    seriesPolylines(input.model.rows, OPTION_IDS, px, py),
  );
  for (const label of placed) {
    const marker = inView.find((m) => String(m.tokens) === label.key)!;
    text(marker.label, label.box, INK, true);
    if (!label.leader) continue;
    // A leader line from the point to the label's nearer edge: a line shape spans its box diagonally.
    const x1 = px(marker.tokens);
    const y1 = py(marker.usd);
    const x2 = label.box.x + label.box.width / 2;
    const y2 = label.box.y < y1 ? label.box.y + label.box.height : label.box.y;
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      w: Math.max(Math.abs(x2 - x1), 0.001),
      h: Math.max(Math.abs(y2 - y1), 0.001),
      flipV: x2 - x1 >= 0 !== y2 - y1 >= 0,
      line: { color: MUTED, width: 1 },
    });
  }
}

/** The panel beside the chart: which option is cheapest over which volumes, with the model it serves. */
function addRangesPanel(slide: PptxGenJS.Slide, input: DeckInput): void {
  const { evaluation } = input;
  const lines = evaluation.cheapest.map((range) => {
    const option = evaluation.options.find((o) => o.id === range.option)!;
    const model = evaluation.apiModel.illustrative ? '' : ` (${option.model.label})`;
    return `${formatTokens(range.fromTokens)}–${formatTokens(range.toTokens)}: ${OPTION_LABELS[range.option]}${model}`;
  });
  slide.addText(
    [
      heading('Cheapest eligible option'),
      ...bullets(lines.slice(0, 6), 14),
      {
        text: `${evaluation.breakEvens.length} break-even point${evaluation.breakEvens.length === 1 ? '' : 's'} in all: listed in the notes and the CSV.`,
        options: { fontSize: MIN_PT, color: MUTED, breakLine: true },
      },
    ],
    { x: 9.45, y: 1.45, w: 3.5, h: 4.35, fontFace: FONT, color: INK, valign: 'top' },
  );
}
