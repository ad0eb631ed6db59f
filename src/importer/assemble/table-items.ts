// Rows of a real table (HTML, Word, Excel, '|' text) -> items. Real cells make every split certain.
import type { SourceLine, SourceRow } from '../source.types.ts';
import type { Item } from './items.types.ts';
import { parseHeading } from './items.types.ts';
import { isBlankCell, parseNumberCell, toAsciiDigits, trimCell } from './text-normalise.ts';

export interface ColumnMap {
  seq: number;
  text: number;
  lead: number;
  responsible: number | null;
  leader: number | null;
}

const COLUMN_TESTS: [keyof ColumnMap, RegExp][] = [
  ['seq', /^(序号|编号)$/],
  ['lead', /^(牵头(责任)?单位|主办单位)$/],
  ['responsible', /^(责任单位|配合单位|协办单位|参与单位)$/],
  ['leader', /(分管|责任|联系)市?领导/],
  ['text', /(目标|任务|工作)/],
];

/** Reads a header row: which column holds what. Null when the row is not a header. */
export function mapColumns(row: SourceRow): ColumnMap | null {
  const found: Partial<Record<keyof ColumnMap, number>> = {};
  row.cells.forEach((cell, index) => {
    const name = cell.replace(/\s/g, '');
    const hit = COLUMN_TESTS.find(([key, test]) => found[key] === undefined && test.test(name));
    if (hit) found[hit[0]] = index;
  });
  if (found.seq === undefined || found.text === undefined || found.lead === undefined) return null;
  return {
    seq: found.seq,
    text: found.text,
    lead: found.lead,
    responsible: found.responsible ?? null,
    leader: found.leader ?? null,
  };
}

export function tableToItems(
  rows: SourceRow[],
  preamble: SourceLine[],
): { preamble: SourceLine[]; items: Item[]; columns: ColumnMap | null } {
  const headerIndex = rows.findIndex((row) => mapColumns(row) !== null);
  const columns = headerIndex >= 0 ? mapColumns(rows[headerIndex] as SourceRow) : null;
  if (!columns) return { preamble: [...preamble, ...rows.map(rowAsLine)], items: [], columns: null };
  const before = rows.slice(0, headerIndex).map(rowAsLine);
  const items: Item[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (mapColumns(row)) continue; // a header repeated on every printed page
    const item = rowToItem(row, columns);
    if (item) items.push(item);
  }
  return { preamble: [...preamble, ...before], items, columns };
}

function rowAsLine(row: SourceRow): SourceLine {
  return {
    text: row.cells
      .map(trimCell)
      .filter((c) => c !== '')
      .join(' '),
    line: row.line,
  };
}

function rowToItem(row: SourceRow, columns: ColumnMap): Item | null {
  const cell = (index: number | null): string => (index === null ? '' : trimCell(row.cells[index] ?? ''));
  const filled = row.cells.map(trimCell).filter((c) => !isBlankCell(c));
  if (filled.length === 0) return null;
  const number = parseNumberCell(cell(columns.seq));
  if (number === null) return headingOrStray(row, filled);
  const leaderName = cell(columns.leader);
  return {
    kind: 'numbered',
    number,
    text: cell(columns.text),
    line: row.line,
    units: {
      mode: 'cells',
      lead: nonBlank(cell(columns.lead)),
      responsible: nonBlank(cell(columns.responsible)),
    },
    ...(leaderName ? { leaderName } : {}),
  };
}

function nonBlank(text: string): string[] {
  return isBlankCell(text) ? [] : [text];
}

/** A merged part/section row, or a subsection written as "1.标题" in one cell. */
function headingOrStray(row: SourceRow, filled: string[]): Item {
  const text = filled.length === 1 || row.merged ? (filled[0] ?? '') : filled.join(' ');
  const heading = parseHeading(text, row.line);
  if (heading) return heading;
  const numbered = /^(\d{1,4})\s*[.、．]\s*(\S.*)$/.exec(toAsciiDigits(text));
  if (numbered && filled.length === 1) {
    return {
      kind: 'numbered',
      number: Number(numbered[1]),
      text: (numbered[2] ?? '').trim(),
      line: row.line,
      units: { mode: 'cells', lead: [], responsible: [] },
    };
  }
  return { kind: 'stray', text, line: row.line };
}
