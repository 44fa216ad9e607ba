import type PptxGenJS from 'pptxgenjs';
import { ASSUMPTION_SECTIONS, lowerFirstWord, pinSelections, type AssumptionField } from '../../../core';
import { fieldValueText } from '../../assumption-fields';
import { provenanceOf, selectionDefaults } from '../../provenance';
import { getAtPath } from '../../scenario-path';
import type { DeckInput } from './deck-input';
import { addFooter, addTitle, BRAND, FONT, INK, MUTED, RULE } from './deck-style';

/** Paths whose numbers decide most results: prices and throughput of the options that compete. */
const DRIVERS = [
  'options.serverless_api.usdPerMTokInput',
  'options.serverless_api.usdPerMTokOutput',
  'options.provisioned_throughput.ptu.usdPerPtuMonth',
  'options.kubernetes.gpu.usdPerVmHour',
  'options.kubernetes.gpu.outputTokensPerSecondPerReplica',
  'options.kubernetes.labourUsdPerMonth',
  'workload.peakToAverage',
] as const;

const MAX_ROWS = 11;

type Row = { field: AssumptionField; label: string; value: number; changed: boolean };

/**
 * Slide 4: the assumptions that matter — every number the user changed, then the few that drive the result —
 * each with its basis and a clickable source. The speaker notes list every assumption in use.
 */
export function addAssumptionsSlide(
  pptx: PptxGenJS,
  input: DeckInput,
  words: { pricesAsOf: string; shareNote: string | null },
): void {
  const shown = pinSelections(input.scenario);
  const defaults = selectionDefaults(shown);
  // Each figure is named with its section ("Kubernetes (self-hosted): operations labour"): a bare "Operations
  // labour" would not say which option it belongs to.
  const fields = ASSUMPTION_SECTIONS.flatMap((s) =>
    [...s.fields, ...(s.nullable && getAtPath(shown, s.nullable.path) ? s.nullable.fields : [])].map(
      (field) => ({
        field,
        label:
          s.id === 'workload'
            ? field.label
            : `${s.title.replace(/ \(also .*\)$/, '')}: ${lowerFirstWord(field.label)}`,
      }),
    ),
  );
  const rows: Row[] = fields.flatMap(({ field, label }) => {
    const value = getAtPath(shown, field.path);
    if (typeof value !== 'number') return [];
    const original = provenanceOf(shown, field.path, defaults).original;
    return [{ field, label, value, changed: typeof original === 'number' && original !== value }];
  });
  const changed = rows.filter((r) => r.changed);
  const drivers = rows.filter((r) => !r.changed && (DRIVERS as readonly string[]).includes(r.field.path));
  const picked = [...changed, ...drivers].slice(0, MAX_ROWS);
  const slide = pptx.addSlide();
  addTitle(
    slide,
    changed.length > 0
      ? `${changed.length} figure${changed.length === 1 ? '' : 's'} changed from the published prices`
      : 'Built on published prices and stated assumptions',
    'Your changes first, then the figures that drive the result. Every other assumption is in the notes.',
  );
  const head = ['Assumption', 'Value', 'Basis', 'Source', 'As of'].map((text) => ({
    text,
    options: { bold: true, color: 'FFFFFF', fill: { color: BRAND } },
  }));
  const body = picked.map(({ field, label, value, changed: mine }) => {
    const provenance = provenanceOf(shown, field.path, defaults);
    const basis = mine
      ? 'Your figure'
      : provenance.kind === 'assumption'
        ? 'Planner assumption'
        : provenance.kind === 'verify'
          ? 'Published (verify)'
          : 'Published';
    return [
      { text: label },
      { text: fieldValueText(field, value) },
      { text: basis, options: { bold: mine } },
      provenance.url
        ? { text: provenance.short, options: { hyperlink: { url: provenance.url } } }
        : { text: provenance.short },
      { text: provenance.asOf },
    ];
  });
  slide.addTable([head, ...body], {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    // Source gets the room: its link text must not break inside a word ("(halve d)" in LibreOffice).
    colW: [3.2, 2.1, 1.75, 4.0, 1.25],
    fontSize: 13,
    fontFace: FONT,
    color: INK,
    border: { type: 'solid', pt: 0.75, color: RULE },
  });
  if (picked.length === 0)
    slide.addText('No figures to show.', {
      x: 0.5,
      y: 2.2,
      w: 12.3,
      h: 0.5,
      fontSize: 14,
      color: MUTED,
      fontFace: FONT,
    });
  addFooter(slide, words.pricesAsOf, input.shareUrl, words.shareNote);
  slide.addNotes(
    rows
      .map(({ field, label, value, changed: mine }) => {
        const p = provenanceOf(shown, field.path, defaults);
        return `${label}: ${fieldValueText(field, value)} — ${mine ? 'your figure; ' : ''}${p.title} (as of ${p.asOf})`;
      })
      .join('\n'),
  );
}
