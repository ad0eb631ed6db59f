// A task table split over several worksheets (one sheet per area: 经济发展, 城市建设, 民生保障…).
//
// A later visible sheet whose header row is the first sheet's header row, cell for cell, goes on with
// the first sheet's table: its rows follow in sheet order, its own header and title lines dropped.
// A header over two rows is dropped with it; the sheet's own title lines (二、城市建设) become heading
// rows, unless they repeat the first sheet's title. A sheet with another header (a summary, 填报说明, an indicator table) is no part of the task table.
import type { SourceRow, TableSource } from '../source.types.ts';

export interface NamedSheet {
  name: string;
  table: TableSource;
}

/** A row's words cell by cell, spaces and empty cells at the end left out. */
function key(cells: readonly string[]): string {
  const words = cells.map((c) => c.replace(/\s+/g, ''));
  while (words.at(-1) === '') words.pop();
  return JSON.stringify(words);
}

/** A header's second row (牵头单位 | 配合单位 under 责任单位) repeated on a later sheet. */
function sameRow(row: SourceRow | undefined, theirs: SourceRow | undefined, width: number): boolean {
  if (!row || !theirs || row.carried !== undefined) return false;
  return key(row.cells.slice(0, width)) === key(theirs.cells) && !/^\s*\d/.test(row.cells[0] ?? '');
}

/** The first sheet's table with every later sheet that repeats its header; the names of those joined. */
export function joinSheets(
  first: TableSource,
  others: readonly NamedSheet[],
): { source: TableSource; joined: string[] } {
  const header = first.rows[0];
  if (!header || header.merged || header.cells.filter((c) => c !== '').length < 2) {
    return { source: first, joined: [] };
  }
  const width = header.cells.length;
  const wanted = key(header.cells);
  const rows: SourceRow[] = [...first.rows];
  const pad = (cells: string[]): string[] => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const joined: string[] = [];
  const titles = new Set(first.preamble.map((l) => l.text));
  for (const sheet of others) {
    const own = sheet.table.rows[0];
    if (!own || key(own.cells.slice(0, width)) !== wanted || own.cells.length > width) continue;
    let start = 1;
    while (start < sheet.table.rows.length && sameRow(sheet.table.rows[start], first.rows[start], width))
      start++;
    for (const title of sheet.table.preamble) {
      if (title.text === '' || titles.has(title.text)) continue;
      rows.push({ cells: pad([title.text]), line: title.line, merged: true });
    }
    for (const row of sheet.table.rows.slice(start)) {
      rows.push({
        ...row,
        cells: pad(row.cells),
        ...(row.carried ? { carried: pad(row.carried) } : {}),
      });
    }
    joined.push(sheet.name);
  }
  return { source: { ...first, rows }, joined };
}
