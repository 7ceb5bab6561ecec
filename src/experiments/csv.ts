/**
 * The CSV dialect of sweep files (RFC 4180): comma-separated, a cell quoted with double
 * quotes when it holds a comma, a quote, a line break or edge spaces; lines end with \n.
 * Numbers are written in JavaScript's shortest exact form, so they read back to the same
 * value and the same text. Pure.
 */

/** The text of one cell: numbers and booleans as such, strings as is, objects as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A cell escaped for CSV. */
export function csvCell(text: string): string {
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its end of line). */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Splits one CSV line into its cells, undoing the quoting. Throws on an unclosed quote. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new Error('an unclosed quote');
  cells.push(cell);
  return cells;
}

/** The lines of a text without blank lines or `#` comments, each with its line number. */
export function dataLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '' && !l.text.startsWith('#'));
}
