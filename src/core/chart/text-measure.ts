/**
 * Text widths for exports drawn without a browser to measure them (the SVG/PNG slide, the PowerPoint deck).
 * Advance widths of DejaVu Sans, in thousandths of an em, measured in Chromium at 1000 px: it is the widest of
 * the fonts the exports name (DejaVu Sans, Segoe UI, Arial, Calibri) and the one LibreOffice and Linux fall
 * back to, so text measured with it fits in any of them.
 */

/** Characters 32–126, then the extra characters below, regular weight. */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 318, 500, 1000, 838, 1000, 318, 636, 636, 636, 838,
  838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
  372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
  500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 380, 500, 1000, 838, 1000, 380, 696, 696, 696, 838,
  838,
];
const EXTRA = '·–—×…’€£¥≈→';
/** Anything else (accented letters, CJK): a full em, so unknown text is over- rather than under-estimated. */
const UNKNOWN_EM = 1;

function charWidthEm(char: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const code = char.codePointAt(0) ?? 0;
  const index = code >= 32 && code <= 126 ? code - 32 : EXTRA.includes(char) ? 95 + EXTRA.indexOf(char) : -1;
  return index >= 0 ? (table[index] ?? 1000) / 1000 : UNKNOWN_EM;
}

/** Width of `text` set at `fontSize` (any unit: the result is in the same unit), regular or bold. */
export function measureText(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char, bold);
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (same unit as `fontSize`), at spaces; a single word wider
 * than a line is split where it must (it is never cut off). Whitespace runs collapse to one space.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word longer than the line (a URL, a model id): split it by characters.
    while (measureText(line, fontSize, bold) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measureText(line.slice(0, cut), fontSize, bold) > maxWidth) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size from `sizes` (largest first) at which `text` wraps into at most `maxLines` lines of
 * `maxWidth`, with those lines; the smallest size and all its lines when none fits (never truncated).
 */
export function fitText(
  text: string,
  maxWidth: number,
  sizes: readonly number[],
  maxLines: number,
  bold = false,
): { fontSize: number; lines: string[] } {
  let last = { fontSize: sizes[sizes.length - 1] ?? 12, lines: [text] };
  for (const fontSize of sizes) {
    const lines = wrapText(text, maxWidth, fontSize, bold);
    last = { fontSize, lines };
    if (lines.length <= maxLines) return last;
  }
  return last;
}
