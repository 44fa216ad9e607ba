import {
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProbability,
  formatTokens,
  withVolumeLabels,
  formatChange,
  formatInputValue,
  OPTION_DESCRIPTIONS,
  OPTION_IDS,
  OPTION_LABELS,
  valueContextOf,
  type Threshold,
  type Evaluation,
  type OptionId,
  type OptionResult,
  type RoadmapSlideData,
  type Scenario,
  type ServedModel,
} from '../../core';
import { assumptionsSection } from './decision-record-assumptions';
import { sensitivityReport, type SensitivityReport } from './sensitivity-report';
import { months, roadmapOf, roadmapSection, termCostSection } from './decision-record-roadmap';
import { formatRateForPeople } from './rate-text';
import { pricesDated, ratingsLine, RATINGS_URL } from './source-notes';
import { mdLink, mdList, mdTable, mdText } from './markdown';
import { shareLinkNote } from './share-link-note';

export type DecisionRecordInput = {
  scenario: Scenario;
  evaluation: Evaluation;
  /**
   * The roadmap over the scenario's horizon, when already analysed; left out, it is analysed here for a horizon
   * over one month (null: no roadmap section).
   */
  roadmap?: RoadmapSlideData | null;
  /** The full share link that reopens the scenario (origin + path + `#s=…`). */
  shareLink: string;
  /** Date of the record, YYYY-MM-DD. The renderer reads no clock: left out when not given. */
  date?: string;
  /** Thresholds (and a simulation when one ran); computed from the scenario when not given. */
  sensitivity?: SensitivityReport;
};

/**
 * A decision record (architecture decision record) in GitHub-flavoured Markdown: context (requirements in
 * words and numbers), the options considered with their monthly cost and the model each serves, the decision
 * with its reasons and watch-outs, what was ruled out and why, break-evens and cheapest ranges, the assumptions
 * with sources and dates, and the share link. Pure: no clock, no DOM; GFM tables and text only, no HTML, so it
 * renders on GitHub and pastes into Confluence or Teams.
 */
export function buildDecisionRecord(input: DecisionRecordInput): string {
  const { scenario, evaluation } = input;
  const sensitivity = input.sensitivity ?? sensitivityReport(scenario);
  const roadmap = input.roadmap === undefined ? roadmapOf(scenario) : input.roadmap;
  const sections = [
    header(input, roadmap),
    contextSection(scenario, evaluation),
    optionsSection(scenario, evaluation),
    decisionSection(scenario, evaluation, sensitivity),
    ruledOutSection(evaluation),
    ...(roadmap ? [roadmapSection(scenario, roadmap)] : []),
    breakEvenSection(scenario, evaluation),
    cheapestSection(evaluation),
    thresholdsSection(scenario, sensitivity),
    assumptionsSection(scenario),
    linkSection(input.shareLink),
  ];
  return `${sections.join('\n\n')}\n`;
}

function recommended(evaluation: Evaluation): OptionResult | undefined {
  const option = evaluation.recommendation.option;
  return option === null ? undefined : evaluation.options.find((o) => o.id === option);
}

/** "gpt-4.1 (rated 1,350)": a served model with its rating on the planner's scale, when it has one. */
function modelWords(model: ServedModel): string {
  return model.capability === null ? model.label : `${model.label} (rated ${formatCount(model.capability)})`;
}

/** The preset's known problems with its own figures about one option or the break-evens, as a list. */
function caveatsAbout(evaluation: Evaluation, about: (what: string) => boolean): string {
  const texts = evaluation.caveats.filter((c) => about(c.about)).map((c) => mdText(c.text));
  return texts.length > 0 ? `\n\nCaveats of the preset's own figures:\n\n${mdList(texts)}` : '';
}

function header(input: DecisionRecordInput, roadmap: RoadmapSlideData | null): string {
  const { scenario, evaluation } = input;
  const planTotal = roadmap?.totals[0]?.totalUsd ?? null;
  const choice = recommended(evaluation);
  const volume = formatTokens(evaluation.monthlyTokens);
  const title = choice
    ? `Decision record: ${choice.label} for ${volume} tokens a month`
    : `Decision record: no option meets the constraints at ${volume} tokens a month`;
  const facts = [
    ...(scenario.name ? [`**Scenario:** ${mdText(scenario.name)}`] : []),
    ...(input.date ? [`**Date:** ${input.date}`] : []),
    '**Status:** proposed',
    choice
      ? `**Decision:** ${mdText(choice.label)} serving ${mdText(modelWords(choice.model))}, ${formatMoney(choice.monthlyCost, scenario.display)} a month`
      : '**Decision:** none: every option is ruled out',
    ...(roadmap && planTotal !== null
      ? [
          `**Over ${months(roadmap.horizonMonths)}:** ${formatMoney(planTotal, scenario.display)} following the roadmap (see below)`,
        ]
      : []),
    `**Prices:** ${mdText(pricesDated(scenario))}`,
    `**Currency:** ${currencyWords(scenario)}`,
  ];
  return `# ${mdText(title)}\n\n${mdList(facts)}`;
}

function currencyWords(scenario: Scenario): string {
  const { currency, usdToCurrency, rateAsOf } = scenario.display;
  if (currency === 'USD') return 'USD';
  return `${currency}, converted at ${formatNumber(usdToCurrency, 6)} ${currency} per USD${rateAsOf ? ` (rate of ${rateAsOf})` : ' (rate date not given)'}`;
}

function contextSection(scenario: Scenario, evaluation: Evaluation): string {
  const r = scenario.requirements;
  const w = scenario.workload;
  const money = (usd: number) => formatMoney(usd, scenario.display);
  const volume = formatTokens(evaluation.monthlyTokens);
  const words =
    `The workload is ${formatCount(r.monthlyRequests)} requests a month of ${formatCount(r.inputTokensPerRequest)} input and ` +
    `${formatCount(r.outputTokensPerRequest)} output tokens each: ${volume} tokens a month, with peaks at ` +
    `${formatNumber(w.peakToAverage, 2)}× the average load. It must answer within ${formatCount(r.latencyMs)} ms and cost at most ` +
    `${money(r.monthlyBudget)} a month. Data sensitivity is ${r.dataSensitivity}, the team's ML expertise is ` +
    `${r.mlExpertise}, and ${r.needCustomModel ? 'it needs its own or an open-weight model' : 'a vendor catalog model will do'}.` +
    (evaluation.apiModel.illustrative
      ? ''
      : ` Every option is compared with the API model, ${modelWords(evaluation.apiModel)}.`);
  const rows: [string, string][] = [
    ['Monthly volume', `${volume} tokens (${formatCount(evaluation.monthlyTokens)})`],
    ['Requests', `${formatCount(r.monthlyRequests)} a month`],
    [
      'Tokens per request',
      `${formatCount(r.inputTokensPerRequest)} input + ${formatCount(r.outputTokensPerRequest)} output`,
    ],
    ['Monthly budget', money(r.monthlyBudget)],
    ['Latency target', `${formatCount(r.latencyMs)} ms`],
    ['Data sensitivity', r.dataSensitivity],
    ['ML expertise', r.mlExpertise],
    ['Custom or open-weight model', r.needCustomModel ? 'required' : 'not required'],
    ['Peak-to-average load', `${formatNumber(w.peakToAverage, 2)}×`],
    ['Prompt cache hits', `${formatPercent(w.cacheHitShare)} of input`],
    ['Batch share', `${formatPercent(w.batchShare)} of requests`],
    ['Processing location', mdText(w.locality.replace('_', ' '))],
    [
      'Setup cost',
      scenario.amortizationMonths > 0
        ? `spread over ${scenario.amortizationMonths} months`
        : 'not included in the monthly cost (run-rate)',
    ],
  ];
  return `## Context\n\n${mdText(words)}\n\n${mdTable(['Requirement', 'Value'], rows)}`;
}

function statusOf(option: OptionResult, evaluation: Evaluation): string {
  if (option.id === evaluation.recommendation.option) return '**Recommended**';
  if (option.exclusion) return `Ruled out (${option.exclusion.kind})`;
  return 'Eligible';
}

function optionsSection(scenario: Scenario, evaluation: Evaluation): string {
  const display = scenario.display;
  const rows = evaluation.options.map((option) => {
    const capacity = option.capacity;
    return [
      mdText(option.label),
      mdText(
        `${modelWords(option.model)}${option.smallerModel && !option.exclusion ? ', smaller than the API model' : ''}`,
      ),
      formatMoney(option.monthlyCost, display),
      formatMoney(option.setupCost, display),
      option.usdPerMTokAllIn === null ? '—' : formatRateForPeople(option.usdPerMTokAllIn, display),
      capacity
        ? mdText(
            `${formatCount(capacity.units)} ${capacity.unitLabel}, ${formatPercent(capacity.utilization)} used`,
          )
        : '—',
      option.withinBudget ? 'yes' : 'no',
      statusOf(option, evaluation),
    ];
  });
  const table = mdTable(
    [
      'Option',
      'Serves',
      'Monthly cost',
      'Setup (one-off)',
      'Per 1M tokens, all-in',
      'Capacity',
      'Within budget',
      'Status',
    ],
    rows,
    [2, 3, 4],
  );
  const what = evaluation.options.map((o) => {
    return `**${mdText(o.label)}**: ${mdText(OPTION_DESCRIPTIONS[o.id])}`;
  });
  const caveats = caveatsAbout(evaluation, (about) => about !== 'break-evens');
  const ratings = ratingsLine(evaluation);
  const attribution = ratings ? `\n\n${mdText(ratings)} ${mdLink('Dataset', RATINGS_URL)}` : '';
  return `## Options considered\n\nAt ${formatTokens(evaluation.monthlyTokens)} tokens a month:\n\n${table}${attribution}\n\n${mdList(what)}\n\n${termCostSection(scenario, evaluation)}${caveats}`;
}

function decisionSection(scenario: Scenario, evaluation: Evaluation, sensitivity: SensitivityReport): string {
  const rec = evaluation.recommendation;
  const choice = recommended(evaluation);
  const lead = choice
    ? `Run the workload on **${mdText(choice.label)}** at ${formatMoney(choice.monthlyCost, scenario.display)} a month.`
    : 'No option meets every hard constraint; relax a requirement before deciding.';
  const parts = [`## Decision\n\n${lead}`];
  if (rec.reasons.length > 0) parts.push(`### Reasons\n\n${mdList(rec.reasons.map(mdText))}`);
  parts.push(
    `### Watch-outs\n\n${rec.warnings.length > 0 ? mdList(rec.warnings.map(mdText)) : 'None found for this plan.'}`,
  );
  const range = choice
    ? evaluation.cheapest.find(
        (r) => r.fromTokens <= evaluation.monthlyTokens && evaluation.monthlyTokens <= r.toTokens,
      )
    : undefined;
  const holds = choice && sensitivity.sentence ? `${mdText(sensitivity.sentence)} ` : '';
  if (range || holds) {
    const volume = range
      ? mdText(thresholdWords(evaluation, range.option, range.fromTokens, range.toTokens))
      : '';
    parts.push(
      `### What would change it\n\n${`${holds}${volume}`.trim()} See “Thresholds” below for every input.`,
    );
  }
  parts.push(`### The seed article's rule\n\n${mdText(rec.seedRuleNote)}`);
  return parts.join('\n\n');
}

/** Where the cheapest option changes around the scenario's volume, in words. */
function thresholdWords(
  evaluation: Evaluation,
  option: OptionId,
  fromTokens: number,
  toTokens: number,
): string {
  const index = evaluation.cheapest.findIndex((r) => r.fromTokens === fromTokens && r.option === option);
  const before = evaluation.cheapest[index - 1];
  const after = evaluation.cheapest[index + 1];
  const label = (id: OptionId) => OPTION_LABELS[id];
  const parts = [
    `Among the eligible options, ${label(option)} is the cheapest from ${formatTokens(fromTokens)} to ${formatTokens(toTokens)} tokens a month.`,
  ];
  if (before) parts.push(`Below ${formatTokens(fromTokens)}, ${label(before.option)} is cheaper.`);
  if (after) parts.push(`Above ${formatTokens(toTokens)}, ${label(after.option)} is cheaper.`);
  if (option !== evaluation.recommendation.option)
    parts.push(`${label(option)} is cheaper here but does not meet the constraints.`);
  return parts.join(' ');
}

/** Every analysed input with where the recommendation changes each way, and the simulation when it ran. */
function thresholdsSection(scenario: Scenario, sensitivity: SensitivityReport): string {
  const ctx = valueContextOf(scenario);
  const side = (t: Threshold, s: 'lower' | 'upper') => {
    const change = t[s];
    if (!change) return 'No change';
    const to = change.becomes === null ? 'no option eligible' : OPTION_LABELS[change.becomes];
    return `${formatInputValue(t.input, change.value, ctx)} (${formatChange(t.input, change.value, t.current)}): ${to}`;
  };
  const rows = sensitivity.thresholds.map((t) =>
    [
      t.label,
      formatInputValue(t.input, t.current, ctx),
      side(t, 'lower'),
      side(t, 'upper'),
      t.method === 'exact' ? 'exactly' : 'by search (±0.0001%)',
    ].map(mdText),
  );
  const parts = [
    `## Thresholds\n\nWhere the recommendation changes when one input alone moves (the others at today's values; the GPU plan and PTU sizing chosen today stay fixed), nearest first:\n\n${mdTable(['Input', 'Today', 'Going down', 'Going up', 'Found'], rows)}`,
  ];
  const sim = sensitivity.simulation;
  if (sim) {
    const money = (usd: number) => formatMoney(usd, scenario.display);
    parts.push(
      `### Uncertainty\n\nMonte Carlo over the inputs marked uncertain (${formatCount(sim.samples)} samples, seed ${sim.seed}; volume log-normal, the others triangular between their low and high values):\n\n${mdTable(
        ['Option', 'Probability cheapest', 'P10', 'P50', 'P90'],
        OPTION_IDS.map((id) => [
          OPTION_LABELS[id],
          formatProbability(sim.probabilityCheapest[id]),
          money(sim.quantiles[id].p10),
          money(sim.quantiles[id].p50),
          money(sim.quantiles[id].p90),
        ]),
      )}`,
    );
  }
  return parts.join('\n\n');
}

function ruledOutSection(evaluation: Evaluation): string {
  const excluded = evaluation.recommendation.excluded;
  const body =
    excluded.length > 0
      ? mdList(excluded.map((e) => `**${mdText(OPTION_LABELS[e.option])}** (${e.kind}): ${mdText(e.reason)}`))
      : 'No option is ruled out.';
  return `## Ruled out\n\n${body}`;
}

function breakEvenSection(scenario: Scenario, evaluation: Evaluation): string {
  const rows = withVolumeLabels(evaluation.breakEvens).map((be) => [
    be.volumeLabel,
    mdText(`${OPTION_LABELS[be.a]} and ${OPTION_LABELS[be.b]}`),
    formatMoney(be.monthlyCost, scenario.display),
    be.kind === 'cross' ? 'lines cross' : 'at a capacity step',
  ]);
  const range = `${formatTokens(evaluation.range.fromTokens)} to ${formatTokens(evaluation.range.toTokens)} tokens a month`;
  const body =
    rows.length > 0
      ? `Volumes from ${range} where two options swap order (${rows.length}):\n\n${mdTable(['Volume (tokens/month)', 'Options', 'Monthly cost there', 'How'], rows, [0, 2])}`
      : `No two options swap order between ${range}.`;
  const notes = evaluation.notes.length > 0 ? `\n\n${mdList(evaluation.notes.map(mdText))}` : '';
  const caveats = caveatsAbout(evaluation, (about) => about === 'break-evens');
  return `## Break-evens\n\n${body}${notes}${caveats}`;
}

function cheapestSection(evaluation: Evaluation): string {
  const volume = evaluation.monthlyTokens;
  const rows = evaluation.cheapest.map((r) => [
    formatTokens(r.fromTokens),
    formatTokens(r.toTokens),
    mdText(OPTION_LABELS[r.option]),
    r.fromTokens <= volume && volume <= r.toTokens ? `this scenario (${formatTokens(volume)})` : '',
  ]);
  return `## Cheapest option by volume\n\nAmong the options not ruled out:\n\n${mdTable(['From (tokens/month)', 'To (tokens/month)', 'Cheapest', 'Here'], rows, [0, 1])}`;
}

function linkSection(link: string): string {
  return `## Share link\n\n${mdLink('Open this scenario in AI Cost Planner', link)}\n\n${mdText(shareLinkNote(link))}`;
}
