import type PptxGenJS from 'pptxgenjs';

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

/** A slide's headline (the message, not a topic) and an optional subtitle line. */
export function addTitle(slide: Slide, title: string, subtitle?: string): void {
  slide.addText(title, {
    x: 0.5,
    y: 0.3,
    w: 12.3,
    h: 0.7,
    fontSize: 26,
    bold: true,
    color: INK,
    fontFace: FONT,
    fit: 'none',
  });
  if (subtitle)
    slide.addText(subtitle, { x: 0.5, y: 0.95, w: 12.3, h: 0.4, fontSize: 15, color: MUTED, fontFace: FONT });
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

/** The first sentence of a text, cut at `max` characters on a word boundary: for table cells and summaries. */
export function shortSentence(text: string, max = 110): string {
  const first = /^.*?[.;:](\s|$)/.exec(text)?.[0]?.trim() ?? text;
  if (first.length <= max) return first.replace(/[;:]$/, '.');
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
