import { describe, expect, it, vi } from 'vitest';
import * as core from '../../src/core';
import { primeSharedLink } from '../../src/app/link-prime';
import { decodeScenarioLink, encodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { chartModelOf, evaluationOf, holdsSentenceOf } from '../../src/state/memo';
import { thresholdSentence } from '../../src/core';

// Counts the core's expensive calls made through the caches (src/state/memo.ts imports them from the barrel).
vi.mock('../../src/core', async (original) => {
  const actual = await original<typeof core>();
  return {
    ...actual,
    evaluateScenario: vi.fn(actual.evaluateScenario),
    buildChartRows: vi.fn(actual.buildChartRows),
    thresholds: vi.fn(actual.thresholds),
    nearestThresholds: vi.fn(actual.nearestThresholds),
  };
});

const linkTo = (view: 'results' | 'wizard', preset: core.PresetId = 'azure') =>
  `#${encodeScenarioLink(core.createScenario(preset), { view, xScale: 'linear', yScale: 'linear', hidden: [] })}`;

describe('share link primer (src/app/link-prime.ts)', () => {
  it('reads a results link and leaves its evaluation, chart rows and card sentence for the first render', async () => {
    vi.clearAllMocks();
    const fragment = linkTo('results');
    await primeSharedLink(fragment);
    expect(core.evaluateScenario).toHaveBeenCalledTimes(1);
    expect(core.buildChartRows).toHaveBeenCalledTimes(1);
    // The card's sentence needs only the two nearest changes: the bounded search, not the full one.
    expect(core.nearestThresholds).toHaveBeenCalledTimes(1);
    expect(core.thresholds).not.toHaveBeenCalled();

    // What the app then does: url-sync reads the same fragment, the views ask the caches.
    const read = decodeScenarioLink(fragment);
    if (read === null || !read.ok) throw new Error('the link did not read');
    const evaluation = evaluationOf(read.scenario);
    chartModelOf(read.scenario, { xScale: 'linear' });
    const sentence = holdsSentenceOf(read.scenario);
    expect(core.evaluateScenario).toHaveBeenCalledTimes(1);
    expect(core.buildChartRows).toHaveBeenCalledTimes(1);
    expect(core.nearestThresholds).toHaveBeenCalledTimes(1);
    // And they are the real results, not placeholders: the sentence the full search gives.
    expect(evaluation.recommendation.option).toBe('serverless_api');
    expect(sentence).toMatch(/^Holds while /);
    expect(sentence).toBe(thresholdSentence(core.thresholds(read.scenario), read.scenario));
  });

  it('leaves a link onto the wizard, a broken link and a plain address alone, without throwing', async () => {
    vi.clearAllMocks();
    await primeSharedLink(linkTo('wizard', 'seed'));
    await primeSharedLink('#s=z1:not-a-payload');
    await primeSharedLink('#s=toString');
    await primeSharedLink('');
    expect(core.evaluateScenario).not.toHaveBeenCalled();
    expect(core.thresholds).not.toHaveBeenCalled();
    expect(core.nearestThresholds).not.toHaveBeenCalled();
  });

  it('reading one fragment twice gives the same scenario object; another fragment, another object', () => {
    const a = linkTo('results', 'seed');
    const b = linkTo('results', 'azure');
    const first = decodeScenarioLink(a);
    expect(decodeScenarioLink(a)).toBe(first);
    const other = decodeScenarioLink(b);
    expect(other).not.toBe(first);
    expect(decodeScenarioLink(a)).not.toBe(other);
    expect(decodeScenarioLink(a)).toEqual(first);
  });
});
