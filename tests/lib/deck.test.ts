import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  analyseEvolution,
  createScenario,
  evaluateScenario,
  OPTION_LABELS,
  roadmapSlideData,
  type Scenario,
} from '../../src/core';
import { deckFiles, NOTES_XML, numberedXml, SLIDE_XML } from './deck-files';

// Node environment: pptxgenjs and fflate run ten times slower under jsdom.
describe('PowerPoint deck', { timeout: 30_000 }, () => {
  async function deckOf(scenario: Scenario) {
    const files = await deckFiles(scenario, { shareUrl: 'http://127.0.0.1:4173/#s=j1:abc' });
    return {
      files,
      slides: numberedXml(files, SLIDE_XML),
      notes: numberedXml(files, NOTES_XML),
      chart: numberedXml(files, /^ppt\/charts\/chart\d+\.xml$/)[0]!,
    };
  }

  it('lists both Azure 27.4B crossings in the chart notes with their volumes and full costs', async () => {
    const { notes } = await deckOf(createScenario('azure'));
    const text = notes.map((note) => note.replace(/<[^>]+>/g, ' ')).join(' ');
    expect(text).toContain('at 27.36B tokens/month ($184,535/month)');
    expect(text).toContain('at 27.43B tokens/month ($184,725/month)');
  });

  it('puts Azure’s 27.36B crossing on the chart itself: the axis runs to 100B, not 10B (found by review)', async () => {
    const { chart, slides } = await deckOf(createScenario('azure'));
    // The volume axis: whole decades around everything the app shows (10M … 82B on screen).
    expect(chart).toMatch(/<c:max val="100000000000"\/>/);
    // The marker series holds the crossing's cost at that volume, and its label is on the slide.
    const markers =
      /<c:v>Break-even points<\/c:v>[\s\S]*?<c:yVal>([\s\S]*?)<\/c:yVal>/.exec(chart)?.[1] ?? '';
    expect(markers).toContain('<c:v>184535');
    expect(slides[1]).toContain('27.36B');
  });

  it('tells the story in 4–6 slides: decision, chart, options, assumptions; notes on every slide', async () => {
    const azure = createScenario('azure');
    const { slides, notes } = await deckOf(azure);
    expect(slides.length).toBeGreaterThanOrEqual(4);
    expect(slides.length).toBeLessThanOrEqual(6);
    expect(slides[0]).toContain('Recommendation: Serverless API serving GPT-4.1');
    expect(slides[0]).toContain('$2,400 a month');
    expect(slides[1]).toContain('Where the options cross');
    expect(slides[2]).toContain('Qwen3-235B-A22B-2507 (FP8)');
    expect(slides[2]).toContain('ND96isr H100 v5'); // short VM names: no wrapping
    expect(slides[3]).toContain('Built on published prices');
    expect(notes).toHaveLength(slides.length);
    for (const note of notes) expect(note.replace(/<[^>]+>/g, '').trim().length).toBeGreaterThan(40);
  });

  it('has no text under 12 pt on any slide', async () => {
    const { slides } = await deckOf(createScenario('azure'));
    for (const slide of slides)
      for (const [, size] of slide.matchAll(/ sz="(\d+)"/g))
        expect(Number(size)).toBeGreaterThanOrEqual(1200);
  });

  it('draws the cost chart as a native scatter chart on a log volume axis, options and markers as series', async () => {
    const { chart } = await deckOf(createScenario('seed'));
    expect(chart).toContain('<c:scatterChart>');
    expect(chart).toContain('<c:logBase val="10"/>');
    expect(chart).toContain('<c:dispBlanksAs val="span"/>');
    const names = [...chart.matchAll(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([^<]+)<\/c:v>/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Serverless API',
      'Provisioned throughput',
      'Private endpoints',
      'Custom deployment',
      'Kubernetes (self-hosted)',
      'Break-even points',
      'Budget',
      'You are here',
    ]);
    // Each option keeps its dash pattern, as on screen.
    expect(chart).toContain('<a:prstDash val="sysDot"/>');
    expect(chart).toContain('<a:prstDash val="lgDash"/>');
  });

  it('shows each option’s one-off setup under its monthly cost, as the planner does (found by review)', async () => {
    // Seed preset: custom deployment $8,600 a month + $5,000 setup; Kubernetes $15,300 + $20,000.
    const { slides } = await deckOf(createScenario('seed'));
    expect(slides[2]).toContain('+ $5,000 setup');
    expect(slides[2]).toContain('+ $20,000 setup');
  });

  it('names what was ruled out, says a local link is local, and lists only changed figures as "your figure"', async () => {
    const scenario = createScenario('azure');
    scenario.requirements.dataSensitivity = 'high';
    scenario.options.kubernetes.labourUsdPerMonth = 6000;
    const { slides } = await deckOf(scenario);
    expect(slides[0]).toContain('Ruled out');
    expect(slides[0]).toContain('Serverless API: High data sensitivity');
    // The summary says when the deck was made (a printed deck has no file name; found by review).
    expect(slides[0]).toContain('· exported 2026-12-02');
    // The watch-out keeps its advice, not only "High data sensitivity with Global processing." (found by review).
    expect(slides[0]).toContain('choose Data Zone or Regional in Pricing');
    expect(slides[0]).toContain('made on a local address (127.0.0.1:4173)');
    expect(slides[3]).toContain('1 figure changed from the published prices');
    expect(slides[3]).toContain('Your figure');
    expect(slides[3]).not.toContain('Edited; was');
  });
});

describe('PowerPoint deck with a roadmap', { timeout: 30_000 }, () => {
  it('adds the roadmap slide and puts the roadmap’s horizon cost on the summary', async () => {
    const scenario = createScenario('azure');
    scenario.evolution.growth.monthlyRate = 0.05;
    const roadmap = roadmapSlideData(analyseEvolution(scenario));
    const files = await deckFiles(scenario, { roadmap });
    const slide = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
    expect(numberedXml(files, SLIDE_XML)).toHaveLength(5);
    expect(slide(4)).toMatch(/36-month roadmap|Over 36 months/);
    expect(slide(4)).toContain(roadmap.sentences[0]!.slice(0, 20));
    expect(slide(1)).toMatch(/over 36 months following the roadmap/);
    // Every eligible static choice is on the slide, as on the planner's roadmap (provisioned throughput too).
    for (const total of roadmap.totals.filter((t) => t.option !== null && t.totalUsd !== null))
      expect(slide(4)).toContain(`${OPTION_LABELS[total.option!]} all along`);
    // The cumulative-cost axis reads "$1M", "$1.5M" or "$500K", never "1,400K".
    const chart = strFromU8(
      files[
        Object.keys(files)
          .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
          .sort()
          .at(-1)!
      ]!,
    );
    expect(chart).toMatch(
      /formatCode="\[=0\]&quot;\$&quot;0;&quot;\$&quot;#,##0(\.0+)?,{1,2}&quot;[KM]&quot;"/,
    );
  });
});

describe('PowerPoint deck summary with a roadmap that never moves', { timeout: 30_000 }, () => {
  it('says the roadmap keeps the option instead of repeating one total twice', async () => {
    const scenario = createScenario('azure');
    const roadmap = roadmapSlideData(analyseEvolution(scenario));
    const kept = roadmap.totals.find((t) => t.option === evaluateScenario(scenario).recommendation.option);
    // Flat volume: the cheapest plan is the recommended option all along, so the two totals are the same.
    expect(kept?.totalUsd).toBeCloseTo(roadmap.totals[0]!.totalUsd!, 0);
    const files = await deckFiles(scenario, { roadmap });
    const summary = strFromU8(files['ppt/slides/slide1.xml']!);
    expect(summary).toContain('following the roadmap; the roadmap keeps this option all along');
    expect(summary).not.toContain('; this option all along');
  });
});

describe('PowerPoint deck typography', { timeout: 30_000 }, () => {
  async function slidesOf(scenario: Scenario) {
    return numberedXml(await deckFiles(scenario), SLIDE_XML).slice(0, 4);
  }

  /** Top and height of each text box, inches, in slide order (EMU ÷ 914,400). */
  function boxes(slide: string): { y: number; h: number; text: string }[] {
    return [...slide.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].flatMap(([shape]) => {
      const off = /<a:off x="\d+" y="(\d+)"\/>\s*<a:ext cx="\d+" cy="(\d+)"\/>/.exec(shape);
      const text = [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
      return off && text ? [{ y: Number(off[1]) / 914_400, h: Number(off[2]) / 914_400, text }] : [];
    });
  }

  it('breaks a long title over two lines and puts the subtitle below it', async () => {
    const scenario = createScenario('azure');
    scenario.name = 'Contact-centre assistant for the retail bank (GPT-4.1, high sensitivity, EU data)';
    const [summary] = await slidesOf(scenario);
    const [title, subtitle] = boxes(summary!);
    expect(title!.text).toContain('Contact-centre assistant');
    expect(title!.text.split(' ').length).toBeGreaterThan(1);
    expect(summary).toMatch(
      /<a:t>[^<]*retail bank[^<]*<\/a:t>[\s\S]*?<a:t>[^<]*Serverless API serving GPT-4.1<\/a:t>/,
    );
    expect(subtitle!.text).toMatch(/^600M tokens\/month/);
    expect(subtitle!.y).toBeGreaterThanOrEqual(title!.y + title!.h - 1e-6);
  });

  it('keeps acronyms in assumption labels: PTU price, GPU VM price', async () => {
    const slides = await slidesOf(createScenario('azure'));
    const assumptions = slides[3]!;
    expect(assumptions).toContain('Provisioned throughput: PTU price');
    expect(assumptions).toContain('Kubernetes (self-hosted): GPU VM price');
    expect(assumptions).not.toMatch(/: [a-z][A-Z]{2}/);
  });
});
