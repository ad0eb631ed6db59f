// A task table printed as several tables, a heading paragraph between them (一、经济发展 / table /
// 二、城市建设 / table), as offices lay out a Word file by area.
//
// A table goes on with the main one (the one with most rows) when its first row repeats the main
// table's header, cell for cell (its header row is then dropped), or, in a Word file, when it has the
// main table's width and comes after it with no header at all. The paragraphs between two joined
// tables are heading rows of the joined table, in order; tables of another width (a cover page's
// layout, a contact list) are left out as before.
import type { HTMLElement } from 'node-html-parser';
import { parseHeading } from '../assemble/items.types.ts';

export interface PlacedTable<Row extends { cells: string[] } = { cells: string[] }> {
  table: HTMLElement;
  /** Laid-out cells of each row. */
  grid: Row[];
  start: number;
  end: number;
}

const key = (cells: readonly string[]): string => cells.map((c) => c.replace(/\s+/g, '')).join('\u0001');

/** Has a header: a row that names two columns or more and whose first cell is no task number. */
const headerLike = (cells: readonly string[]): boolean =>
  cells.filter((c) => c.trim() !== '').length >= 2 && !/^\s*[(（]?\d+\s*[)）.、]?\s*$/u.test(cells[0] ?? '');

/**
 * The tables joined with the main one, in document order, each with the index of its first row that
 * goes on with the table (1 where it repeats the header, 0 otherwise).
 */
export function joinedTables<T extends PlacedTable>(
  main: T,
  others: readonly T[],
  word: boolean,
): { table: T; from: number }[] {
  const header = main.grid[0]?.cells;
  if (!header || !headerLike(header)) return [{ table: main, from: 0 }];
  const width = header.length;
  const wanted = key(header);
  const chosen = others.filter((t) => {
    if (t.end > main.start && t.start < main.end) return false;
    const first = t.grid[0]?.cells;
    if (!first || first.length !== width) return false;
    return key(first) === wanted || (word && t.start >= main.end && !headerLike(first));
  });
  return [...chosen, main]
    .sort((a, b) => a.start - b.start)
    .map((table, index) => ({
      table,
      from: index > 0 && key(table.grid[0]?.cells ?? []) === wanted ? 1 : 0,
    }));
}

/**
 * The paragraph right before the first of several joined tables when it is a part heading (一、经济发展):
 * the first table's own heading, as the paragraphs between later tables are theirs.
 */
export function openingHeading(
  blocks: readonly { text: string; offset: number }[],
  start: number,
): number | null {
  const index = blocks.findLastIndex((b) => b.offset < start);
  const text = blocks[index]?.text ?? '';
  return index >= 0 && parseHeading(text, 0) !== null ? index : null;
}
