// A site's metadata block printed as '|' rows (索引号: | … | 成文日期: | … |) above a notice whose
// text is prose: the rows are page furniture, not the task table.
import type { SourceLine } from '../source.types.ts';

/** At most this many '|' rows: a metadata block is a handful of rows, a task table is longer. */
const MAX_ROWS = 8;
/** No cell of a metadata row holds prose: a value is a number, a date, a name or the page's title. */
const MAX_CELL = 60;
/** A paragraph this long after the rows is the notice itself, written as prose. */
const PROSE_LENGTH = 150;
/** A label cell: a few words closed by a colon (索引号:, 成文日期:, 发布机构:). */
const LABEL_CELL = /^[\u4e00-\u9fff]{2,8}[:：]$/u;

function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A row of label/value pairs: a label cell followed by a value cell (which may be empty). */
function pairsRow(cells: string[]): boolean {
  return cells.some((cell, i) => LABEL_CELL.test(cell) && i + 1 < cells.length);
}

/**
 * The '|' lines are page furniture when they are a handful of short rows, most of those that hold
 * anything being label/value pairs, and they all stand before a long paragraph of prose.
 */
export function pipesAreFurniture(lines: readonly SourceLine[]): boolean {
  const piped = lines.filter((l) => l.text.includes('|'));
  if (piped.length === 0 || piped.length > MAX_ROWS) return false;
  const rows = piped.map((l) => cellsOf(l.text));
  if (rows.some((cells) => cells.some((cell) => cell.length > MAX_CELL))) return false;
  const filled = rows.filter((cells) => cells.some((cell) => cell !== ''));
  const pairs = filled.filter(pairsRow).length;
  if (pairs < 2 || pairs * 2 < filled.length) return false;
  const lastPiped = lines.indexOf(piped.at(-1) as SourceLine);
  return lines.slice(lastPiped + 1).some((l) => !l.text.includes('|') && l.text.length >= PROSE_LENGTH);
}
