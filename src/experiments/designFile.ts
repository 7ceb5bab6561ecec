/**
 * Hand-picked combinations from a file (`--design-file F`): JSON, an array of objects
 * mapping parameter paths to values (`[{"lanceur.quantityMargin": 0.1}, ...]`), or CSV, a
 * header of paths and one combination a line (blank lines and `#` comments skipped). Every
 * combination must give every path. Pure: the CLI reads the file, this parses its text.
 */
import { parseValue } from '../scenario/paths';
import { dataLines, splitCsvLine } from './csv';
import type { Design } from './design';
import { DesignError } from './errors';

function fromJson(text: string, name: string): Design {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DesignError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data) || data.length === 0) throw new DesignError(`${name}: expected a non-empty array of objects like {"lanceur.quantityMargin": 0.1}`);
  const first = data[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) throw new DesignError(`${name}: combination 0 is not an object of path: value`);
  const paths = Object.keys(first);
  if (paths.length === 0) throw new DesignError(`${name}: combination 0 gives no parameter`);
  const combinations = data.map((row, c) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new DesignError(`${name}: combination ${c} is not an object of path: value`);
    const keys = Object.keys(row);
    const missing = paths.filter((p) => !keys.includes(p));
    const extra = keys.filter((k) => !paths.includes(k));
    if (missing.length || extra.length) {
      throw new DesignError(`${name}: combination ${c} must give the same parameters as combination 0 (${[...missing.map((p) => `missing ${p}`), ...extra.map((p) => `extra ${p}`)].join(', ')})`);
    }
    return paths.map((p) => (row as Record<string, unknown>)[p]);
  });
  return { kind: 'file', paths, combinations };
}

function fromCsv(text: string, name: string): Design {
  const lines = dataLines(text);
  const split = (l: { line: number; text: string }) => {
    try {
      return splitCsvLine(l.text).map((c) => c.trim());
    } catch (e) {
      throw new DesignError(`${name}: line ${l.line}: ${(e as Error).message}`);
    }
  };
  if (lines.length < 2) throw new DesignError(`${name}: expected a header of parameter paths and at least one combination`);
  const paths = split(lines[0]);
  if (paths.some((p) => p === '')) throw new DesignError(`${name}: line ${lines[0].line}: an empty parameter path in the header`);
  const combinations = lines.slice(1).map((l) => {
    const cells = split(l);
    if (cells.length !== paths.length) throw new DesignError(`${name}: line ${l.line}: expected ${paths.length} values, got ${cells.length}`);
    if (cells.some((c) => c === '')) throw new DesignError(`${name}: line ${l.line}: an empty value`);
    return cells.map(parseValue);
  });
  return { kind: 'file', paths, combinations };
}

/** The design in a file's text: JSON when it starts with `[` (or the name ends in .json), else CSV. */
export function parseDesignFile(text: string, name: string): Design {
  const json = name.toLowerCase().endsWith('.json') || text.trimStart().startsWith('[');
  return json ? fromJson(text, name) : fromCsv(text, name);
}
