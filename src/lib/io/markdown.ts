/**
 * GitHub-flavoured Markdown building blocks for text exports (decision record, command-line diff): plain
 * text escaped so it never turns into markup or HTML, and pipe tables.
 */

/**
 * Text as Markdown that renders as itself: backslash-escapes the characters that start emphasis, code, links,
 * HTML or table cells, and folds line breaks into spaces. `$` is left alone: GitHub's math needs a closing `$`
 * that is not followed by a digit, and money always is.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A link whose text is escaped; the URL's parentheses and spaces are percent-encoded so it stays one link. */
export function mdLink(text: string, url: string): string {
  return `[${mdText(text)}](${url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`;
}

/**
 * A GFM pipe table. Cells are Markdown already (escape text with `mdText`); `right` marks columns to align
 * right (numbers).
 */
export function mdTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}

/** A bulleted list, one item per line. */
export function mdList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}
