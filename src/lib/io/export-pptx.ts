import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatRate,
  formatTokens,
  formatTokensAxis,
  OPTION_IDS,
  OPTION_LABELS,
  type ChartModel,
  type Evaluation,
  type Scenario,
} from '../../core';
import type PptxGenJS from 'pptxgenjs';
import { ASSUMPTION_SECTIONS } from '../assumption-fields';
import { OPTION_STYLE } from '../palette';
import { provenanceOf } from '../provenance';
import { getAtPath } from '../scenario-path';
import { exportText } from './export-text';

const INK = '17202E';
const MUTED = '525D6E';
const FONT = 'Calibri';

type Slide = PptxGenJS.Slide;

/** The title line every content slide shares. */
function addSlideTitle(slide: Slide, title: string): void {
  slide.addText(title, {
    x: 0.5,
    y: 0.3,
    w: 12.3,
    h: 0.6,
    fontSize: 24,
    bold: true,
    color: INK,
    fontFace: FONT,
  });
}

/**
 * A PowerPoint deck (pptxgenjs, loaded only when asked): a title slide; a native, editable line chart of the
 * cost curves (one series per option, from the chart rows) with the break-even points listed beside it; a table
 * of the options at the scenario's volume; and the assumptions with sources and dates.
 * `output` 'blob' for the browser, 'uint8array' for tests.
 */
export async function buildPptx(
  scenario: Scenario,
  evaluation: Evaluation,
  model: ChartModel,
  shareUrl: string,
  output: 'blob' | 'uint8array' = 'blob',
): Promise<Blob | Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const words = exportText(scenario, evaluation);
  const display = scenario.display;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = words.title;
  pptx.company = 'AI Cost Planner';

  const title = pptx.addSlide();
  title.addText(words.title, {
    x: 0.6,
    y: 1.6,
    w: 12.1,
    h: 1.2,
    fontSize: 36,
    bold: true,
    color: INK,
    fontFace: FONT,
  });
  title.addText(words.summary, {
    x: 0.6,
    y: 2.8,
    w: 12.1,
    h: 0.6,
    fontSize: 18,
    color: MUTED,
    fontFace: FONT,
  });
  title.addText(
    evaluation.recommendation.reasons.map((reason) => ({
      text: reason,
      options: { bullet: true, breakLine: true },
    })),
    { x: 0.6, y: 3.6, w: 12.1, h: 2.4, fontSize: 16, color: INK, fontFace: FONT, valign: 'top' },
  );
  title.addText(
    [
      { text: words.pricesAsOf, options: { breakLine: true } },
      { text: 'Open this scenario', options: { hyperlink: { url: shareUrl } } },
    ],
    {
      x: 0.6,
      y: 6.5,
      w: 12.1,
      h: 0.6,
      fontSize: 11,
      color: MUTED,
      fontFace: FONT,
    },
  );

  // One row per sampled volume: capacity-step corners collapse to the value after the step.
  const rows = model.rows.filter((row) => row.corner !== 'before');
  const chart = pptx.addSlide();
  addSlideTitle(chart, 'Monthly cost by monthly token volume');
  chart.addChart(
    pptx.ChartType.line,
    OPTION_IDS.map((id) => ({
      name: OPTION_LABELS[id],
      labels: rows.map((row) => formatTokensAxis(row.tokens)),
      values: rows.map((row) => Math.round(row[id] * display.usdToCurrency * 100) / 100),
    })),
    {
      x: 0.4,
      y: 1.0,
      w: 8.9,
      h: 5.9,
      chartColors: OPTION_IDS.map((id) => OPTION_STYLE[id].light.replace('#', '')),
      lineSize: 2,
      lineDataSymbol: 'none',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 11,
      catAxisTitle: `Monthly tokens (${model.xScale === 'log' ? 'log-spaced samples' : 'linear'})`,
      showCatAxisTitle: true,
      catAxisLabelFrequency: String(Math.max(1, Math.round(rows.length / 8))),
      catAxisLabelFontSize: 10,
      valAxisTitle: `Monthly cost (${display.currency})`,
      showValAxisTitle: true,
      valAxisMaxVal: Math.round(model.yMaxLinear * display.usdToCurrency),
      valAxisMinVal: 0,
      valAxisLabelFormatCode: '#,##0',
      valAxisLabelFontSize: 10,
    },
  );
  const listed = evaluation.breakEvens.slice(0, 14);
  chart.addText(
    [
      { text: 'Break-even points', options: { bold: true, breakLine: true, fontSize: 14 } },
      ...listed.map((be) => ({
        text: `${OPTION_LABELS[be.a]} = ${OPTION_LABELS[be.b]} at ${formatTokens(be.monthlyTokens)} tokens/month (${formatMoney(be.monthlyCost, display)}/month)`,
        options: { bullet: true, breakLine: true },
      })),
      ...(evaluation.breakEvens.length > listed.length
        ? [
            {
              text: `…and ${evaluation.breakEvens.length - listed.length} more`,
              options: { breakLine: true },
            },
          ]
        : []),
    ],
    { x: 9.5, y: 1.0, w: 3.5, h: 5.9, fontSize: 10, color: INK, fontFace: FONT, valign: 'top' },
  );

  const table = pptx.addSlide();
  addSlideTitle(table, `Options at ${formatTokens(evaluation.monthlyTokens)} tokens/month`);
  const header = [
    'Option',
    'Monthly cost',
    'Setup cost',
    'Per 1M tokens',
    'Capacity',
    'Utilisation',
    'Budget',
  ].map((text) => ({
    text,
    options: { bold: true, color: 'FFFFFF', fill: { color: '0F4C81' } },
  }));
  const body = evaluation.options.map((o) => [
    {
      text: `${o.label}${o.id === evaluation.recommendation.option ? ' (recommended)' : ''}`,
      options: { bold: o.id === evaluation.recommendation.option },
    },
    { text: formatMoney(o.monthlyCost, display) },
    { text: formatMoney(o.setupCost, display) },
    { text: o.usdPerMTokAllIn === null ? '—' : formatRate(o.usdPerMTokAllIn, display) },
    { text: o.capacity ? `${formatNumber(o.capacity.units, 0)} ${o.capacity.unitLabel}` : '—' },
    { text: o.capacity ? formatPercent(o.capacity.utilization, 1) : '—' },
    { text: o.withinBudget ? 'Within budget' : 'Over budget' },
  ]);
  table.addTable([header, ...body], {
    x: 0.5,
    y: 1.1,
    w: 12.3,
    fontSize: 12,
    fontFace: FONT,
    color: INK,
    border: { type: 'solid', pt: 0.5, color: 'D9DFE7' },
  });
  table.addText(evaluation.recommendation.seedRuleNote, {
    x: 0.5,
    y: 5.6,
    w: 12.3,
    h: 0.8,
    fontSize: 12,
    color: MUTED,
    fontFace: FONT,
  });

  const assumptionRows = ASSUMPTION_SECTIONS.flatMap((section) =>
    [
      ...section.fields,
      ...(section.nullable && getAtPath(scenario, section.nullable.path) ? section.nullable.fields : []),
    ].flatMap((field) => {
      const value = getAtPath(scenario, field.path);
      if (typeof value !== 'number') return [];
      const source = provenanceOf(scenario, field.path);
      const edited = typeof source.original === 'number' && source.original !== value;
      const was = edited
        ? `Edited; was ${formatNumber((source.original as number) * (field.scale ?? 1), 4)} from `
        : '';
      return [
        [
          { text: section.title },
          { text: field.label },
          { text: `${formatNumber(value * (field.scale ?? 1), 4)} ${field.unit}` },
          { text: `${was}${source.short}` },
          { text: source.asOf },
        ],
      ];
    }),
  );
  const head = ['Option', 'Assumption', 'Value', 'Source', 'As of'].map((text) => ({
    text,
    options: { bold: true, color: 'FFFFFF', fill: { color: '0F4C81' } },
  }));
  // Fixed pages of rows: automatic paging misjudges wrapped rows and runs off the slide.
  const perSlide = 16;
  const pages = Math.ceil(assumptionRows.length / perSlide);
  for (let page = 0; page < pages; page += 1) {
    const slide = pptx.addSlide();
    addSlideTitle(slide, `Assumptions and sources${pages > 1 ? ` (${page + 1} of ${pages})` : ''}`);
    slide.addTable([head, ...assumptionRows.slice(page * perSlide, (page + 1) * perSlide)], {
      x: 0.5,
      y: 1.0,
      w: 12.3,
      colW: [2.4, 3.0, 2.3, 3.5, 1.1],
      fontSize: 10,
      fontFace: FONT,
      color: INK,
      border: { type: 'solid', pt: 0.5, color: 'D9DFE7' },
    });
  }

  return (await pptx.write({ outputType: output })) as Blob | Uint8Array;
}
