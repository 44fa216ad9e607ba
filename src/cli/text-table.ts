/** Plain-text output for a terminal: aligned columns, and bold only when the terminal wants it. */

export type Style = { bold: (text: string) => string };

export const PLAIN: Style = { bold: (text) => text };
export const ANSI: Style = { bold: (text) => `\u001b[1m${text}\u001b[22m` };

export type Column = { title: string; align?: 'left' | 'right' };

/** Characters on screen: code points, not UTF-16 units (so "€" and "—" count once). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Columns padded to their widest cell, two spaces apart, each line indented by `indent`; the header in bold.
 * Trailing spaces are trimmed so the output diffs cleanly.
 */
export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  style: Style,
  indent = '  ',
): string {
  const widths = columns.map((column, i) =>
    Math.max(width(column.title), ...rows.map((row) => width(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    (
      indent + cells.map((cell, i) => pad(cell, widths[i] ?? 0, columns[i]?.align ?? 'left')).join('  ')
    ).trimEnd();
  return [style.bold(line(columns.map((c) => c.title))), ...rows.map(line)].join('\n');
}

/** A titled list of sentences, one per line, each after a dash. */
export function textList(items: readonly string[], indent = '  '): string {
  return items.map((item) => `${indent}- ${item}`).join('\n');
}
