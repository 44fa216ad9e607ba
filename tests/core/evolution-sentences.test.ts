import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OPTION_LABELS,
  analyseEvolution,
  analysisOfSequence,
  roadmapRows,
  roadmapSentences,
  roadmapSlideData,
  roadmapTotals,
  type Scenario,
} from '../../src/core';
import { arbitraryScenario } from './arbitrary-scenario';
import { expectRelClose, scenarioWith } from './helpers';

const growing = (change: (s: Scenario) => void) =>
  analyseEvolution(
    scenarioWith('azure', (s) => {
      s.evolution.growth.monthlyRate = 0.05;
      change(s);
    }),
  );

describe('roadmapSentences', () => {
  it('tells the worked example (Azure, flat load, 5% a month, 12 months) with its numbers', () => {
    const analysis = growing((s) => {
      s.workload.peakToAverage = 1;
      s.evolution.horizonMonths = 12;
    });
    // Month 7: 600M × 1.05^7 = 844M tokens; 15 PTU × $221 = $3,315; 20 PTU = $4,420 from month 11.
    // Saving: 38,201.10 − 37,220.82 = 980.28.
    expect(roadmapSentences(analysis)).toEqual([
      'Start on Serverless API serving GPT-4.1 ($2,400/month).',
      'In month 7, when volume passes 844M tokens/month, move to Provisioned throughput serving GPT-4.1: reserve 15 PTU yearly ($3,315/month).',
      'In month 11 the reservation grows to 20 PTU, with a new 12-month term.',
      // The new term runs months 11–22: months 12–22 are after the horizon, 11 × 20 PTU × $221 = $48,620.
      'The reservation in use at the end runs to month 22: $48,620 more is committed after month 11, not in the total below (the workload is assumed to keep using it).',
      'Over 12 months the plan costs $37,221, $980 less than the best single choice, Serverless API serving GPT-4.1 all along ($38,201).',
    ]);
  });

  it('says when the plan is a single choice (Azure preset, 5% a month, 36 months)', () => {
    // 2,400 × (1.05^36 − 1) ÷ 0.05 = 230,007; month 35: 600M × 1.05^35 = 3.31B tokens, $2,400 × 5.516 = $13,238.
    expect(roadmapSentences(growing(() => {}))).toEqual([
      'Start on Serverless API serving GPT-4.1 ($2,400/month).',
      'Stay on it for all 36 months while volume grows from 600M to 3.31B tokens/month and the monthly cost from $2,400 to $13,238.',
      'Over 36 months the plan costs $230,007: the best single choice, Serverless API serving GPT-4.1 all along, is the plan.',
    ]);
  });

  it('names the served model of a self-hosted option, its reservation, the switching cost and the payback', () => {
    const analysis = growing((s) => {
      s.evolution.growth.monthlyRate = 0.1;
      s.evolution.horizonMonths = 60;
      s.evolution.annualDiscountRate = 0.08;
    });
    const text = roadmapSentences(analysis).join(' ');
    expect(text).toContain(
      'move to Custom deployment serving Qwen3-235B-A22B-2507 (FP8): reserve 3 × Standard_ND96isr_H100_v5 on a 3-year reservation',
    );
    expect(text).toMatch(/switching costs \$5,000 and pays back in \d+ months?\./);
    expect(text).toMatch(/\(present value \$[\d,]+ at 8% a year\)/);
  });

  it('tells of a reservation still paid after a move', () => {
    const analysis = growing((s) => {
      s.workload.peakToAverage = 1;
      s.evolution.horizonMonths = 12;
    });
    const variants = analysis.problem.variants;
    const yearly = variants.findIndex((v) => v.option === 'provisioned_throughput' && v.term === 'yearly');
    const api = variants.findIndex((v) => v.option === 'serverless_api');
    const forced = analysisOfSequence(analysis, [yearly, yearly, ...Array<number>(10).fill(api)]);
    expect(roadmapSentences(forced)).toContain(
      'The yearly reservation of 15 PTU is still paid until month 11 ($3,315/month).',
    );
  });

  it('never shows NaN, undefined or a bare option name where the model differs, for generated scenarios', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const analysis = analyseEvolution(scenario);
        const text = roadmapSentences(analysis).join(' ');
        // Names the user typed (a model id "$-", a VM size) are quoted as typed: only the planner's own words
        // and numbers are checked (seed -2051828139 generated the model id "$-").
        const typed = [
          ...analysis.problem.variants.map((v) => v.model.model.label),
          scenario.options.custom_deployment.gpu?.vmSize,
          scenario.options.kubernetes.gpu?.vmSize,
        ].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
        const ownWords = typed.reduce((rest, name) => rest.split(name).join(''), text);
        expect(ownWords).not.toMatch(/NaN|undefined|Infinity|-0\b|\$-/);
        if (analysis.illustrative) return;
        for (const change of analysis.simulation.switches) {
          const variant = analysis.problem.variants[change.to]!;
          if (change.from !== null && analysis.problem.variants[change.from]!.option === variant.option)
            continue;
          expect(text).toContain(`${OPTION_LABELS[variant.option]} serving ${variant.model.model.label}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('roadmap rows, totals and slide data', () => {
  const analysis = growing((s) => {
    s.workload.peakToAverage = 1;
    s.evolution.horizonMonths = 12;
  });

  it('run the plan and each static choice to their totals', () => {
    const rows = roadmapRows(analysis);
    expect(rows).toHaveLength(12);
    expectRelClose(rows[11]!.planCumulativeUsd, analysis.plan.total);
    for (const choice of analysis.statics)
      expectRelClose(rows[11]![`cumulative_${choice.option}`]!, choice.total);
    // Bars: the plan's month cost sits in the column of the option in use, and only there.
    expect(rows[6]!.use_serverless_api).toBeCloseTo(3216.23, 2);
    expect(rows[6]!.use_provisioned_throughput).toBeUndefined();
    expect(rows[7]!.use_provisioned_throughput).toBe(3315);
  });

  it('list the plan, then every option, with what the plan saves against each', () => {
    const totals = roadmapTotals(analysis);
    expect(totals.map((t) => t.label)).toEqual([
      'This roadmap',
      'Serverless API serving GPT-4.1 all along',
      'Provisioned throughput serving GPT-4.1 on a yearly reservation all along',
      'Private endpoints serving GPT-4.1 all along',
      'Custom deployment serving Qwen3-235B-A22B-2507 (FP8) on a 3-year reservation all along',
      'Kubernetes (self-hosted) serving Qwen3-235B-A22B-2507 (FP8) on a 3-year reservation all along',
    ]);
    // 40,885 − 37,220.82 = 3,664.18
    expectRelClose(totals[2]!.planSavesUsd!, 3664.18, 1e-6);
  });

  it('mark ruled-out options with the reason instead of a total', () => {
    const high = analyseEvolution(scenarioWith('azure', (s) => (s.requirements.dataSensitivity = 'high')));
    const api = roadmapTotals(high).find((t) => t.option === 'serverless_api')!;
    expect(api.totalUsd).toBeNull();
    expect(api.ruledOut).toMatch(/.+/);
  });

  it('give the deck a title, the sentences, the rows and the saving', () => {
    const slide = roadmapSlideData(analysis);
    expect(slide.title).toBe('Roadmap over 12 months');
    expect(slide.sentences).toEqual(roadmapSentences(analysis));
    expect(slide.optionsUsed).toEqual(['serverless_api', 'provisioned_throughput']);
    expectRelClose(slide.savingUsd, 980.28, 1e-5);
  });
});
