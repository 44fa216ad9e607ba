import { strFromU8, unzipSync } from 'fflate';
import { buildChartRows, evaluateScenario, type Scenario } from '../../src/core';
import { buildPptx, type DeckInput } from '../../src/lib/io/export-pptx';

type DeckExtras = Partial<Omit<DeckInput, 'scenario' | 'evaluation' | 'model'>>;

/** The exported deck of a scenario (as the app builds it: log axis, 120 points), unzipped. */
export async function deckFiles(
  scenario: Scenario,
  extras: DeckExtras = {},
): Promise<Record<string, Uint8Array>> {
  const evaluation = evaluateScenario(scenario);
  const bytes = (await buildPptx(
    {
      scenario,
      evaluation,
      model: buildChartRows(scenario, evaluation, { xScale: 'log', maxPoints: 120, wholeDecades: true }),
      shareUrl: 'https://planner.example.org/#s=j1:x',
      exportedOn: '2026-12-02',
      ...extras,
    },
    'uint8array',
  )) as Uint8Array;
  return unzipSync(bytes);
}

/** The XML of every file whose path matches `pattern`, in the order of the number in its name. */
export function numberedXml(files: Record<string, Uint8Array>, pattern: RegExp): string[] {
  return Object.keys(files)
    .filter((f) => pattern.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => strFromU8(files[f]!));
}

export const SLIDE_XML = /^ppt\/slides\/slide\d+\.xml$/;
export const NOTES_XML = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
