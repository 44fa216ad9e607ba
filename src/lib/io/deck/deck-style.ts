import type PptxGenJS from 'pptxgenjs';
import { fitText } from '../../../core';

/** The deck's look: 16:9 (13.33 × 7.5 in), Calibri, no text under 12 pt (readable from the back of a room). */
export const SLIDE_W = 13.333;
export const INK = '17202E';
export const MUTED = '525D6E';
export const BRAND = '0F4C81';
export const RULE = 'D9DFE7';
export const FONT = 'Calibri';
/** The smallest type on any slide, points. */
export const MIN_PT = 12;

export type Slide = PptxGenJS.Slide;
export type TextRun = PptxGenJS.TextProps;

/** Width of the title and subtitle boxes, and their text inside the default 0.1 in insets, inches. */
const TITLE_W = 12.3;
const TEXT_W_PT = (TITLE_W - 0.2) * 72;
/** A line of text is about 1.2 × its size tall; a box adds 0.05 in of inset above and below. */
const lineHeightIn = (pt: number, lines: number) => (lines * pt * 1.2) / 72 + 0.1;

/**
 * A slide's headline (the message, not a topic) and an optional subtitle line. The title is measured: one line
 * at 26 or 24 pt when it fits, else two lines at 20 pt (down to 16 pt for a very long one), and the subtitle
 * sits below however many lines the title took, so the two never collide and nothing is cut off.
 */
export function addTitle(slide: Slide, title: string, subtitle?: string): void {
  const oneLine = fitText(title, TEXT_W_PT, [26, 24], 1, true);
  const fitted = oneLine.lines.length === 1 ? oneLine : fitText(title, TEXT_W_PT, [20, 18, 16], 2, true);
  const titleH = lineHeightIn(fitted.fontSize, fitted.lines.length);
  const top = fitted.lines.length === 1 ? 0.3 : 0.22;
  slide.addText(fitted.lines.join('\n'), {
    x: 0.5,
    y: top,
    w: TITLE_W,
    h: titleH,
    fontSize: fitted.fontSize,
    bold: true,
    color: INK,
    fontFace: FONT,
    valign: 'top',
    fit: 'none',
  });
  if (!subtitle) return;
  const sub = fitText(subtitle, TEXT_W_PT, [15, 14, 13, MIN_PT], 1);
  slide.addText(sub.lines.join('\n'), {
    x: 0.5,
    y: top + titleH,
    w: TITLE_W,
    h: lineHeightIn(sub.fontSize, sub.lines.length),
    fontSize: sub.fontSize,
    color: MUTED,
    fontFace: FONT,
    valign: 'top',
  });
}

/** A small heading inside a slide. */
export function heading(text: string): TextRun {
  return { text, options: { bold: true, fontSize: 16, color: BRAND, breakLine: true } };
}

/** Bulleted lines at a given size. */
export function bullets(lines: readonly string[], fontSize = 15): TextRun[] {
  return lines.map((text) => ({
    text,
    options: { bullet: { indent: 14 }, fontSize, breakLine: true, paraSpaceAfter: 4 },
  }));
}

/** The footer of every slide: where the prices come from and the link that reopens the scenario. */
export function addFooter(
  slide: Slide,
  pricesAsOf: string,
  shareUrl: string,
  shareNote: string | null,
): void {
  slide.addText(
    [
      { text: `${pricesAsOf} `, options: { breakLine: false } },
      {
        text: 'Open this scenario in the planner',
        options: { hyperlink: { url: shareUrl, tooltip: shareNote ?? shareUrl } },
      },
      ...(shareNote ? [{ text: ` — ${shareNote}` }] : []),
    ],
    { x: 0.5, y: 6.95, w: 12.3, h: 0.4, fontSize: MIN_PT, color: MUTED, fontFace: FONT, valign: 'middle' },
  );
}

/**
 * The first clause of a text (up to its first full stop, semicolon or colon), cut at `max` characters on a word
 * boundary: for table cells and summaries. With `until: 'sentence'` it runs to the first full stop, for
 * watch-outs whose advice follows a colon.
 */
export function shortSentence(text: string, max = 110, until: 'clause' | 'sentence' = 'clause'): string {
  const end = until === 'clause' ? /^.*?[.;:](\s|$)/ : /^.*?\.(\s|$)/;
  const first = end.exec(text)?.[0]?.trim() ?? text;
  if (first.length <= max) return first.replace(/[;:]$/, '.');
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
