// A table typed or pasted with tabs or wide spaces between its cells (序号⇥工作任务⇥牵头单位⇥配合单位).
import { columnRole } from '../assemble/columns.ts';
import type { SourceLine, SourceRow, TableSource } from '../source.types.ts';
import type { TextRead } from './text.reader.ts';

const NBSP = '\u00a0';
const EDGE_SPACE = /^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g;
/** Cells of a row written with tabs or runs of two or more spaces between them. */
const CELL_GAP = /\t+|[ \u3000\u00a0]{2,}/u;
const NUMBER_TITLE = /序[号號]|[编編][号號]/u;
const UNIT_ROLES = new Set(['lead', 'responsible', 'co', 'roles']);
/** The longest title a header cell is read as (责任单位及分管领导). */
const MAX_TITLE = 12;

/**
 * A header line: three or more cells, one naming the number column (序号, 序號), or, in a table with
 * no number column, two or more cells that are column titles, one of them a units column (工作任务 ⇥
 * 牵头单位 ⇥ 配合单位). Titles are read as the columns read them, traditional characters included.
 */
function isHeader(text: string): boolean {
  const cells = text.split(CELL_GAP);
  if (cells.length < 3) return false;
  if (NUMBER_TITLE.test(text)) return true;
  const roles = cells
    .map((c) => c.replace(EDGE_SPACE, ''))
    .filter((c) => c.length <= MAX_TITLE)
    .map((c) => columnRole(c));
  const titled = roles.filter((r) => r !== null && r !== 'other');
  return titled.length >= 2 && titled.some((r) => UNIT_ROLES.has(r ?? ''));
}

/**
 * Its header line has three or more cells, and so do most lines after it. Lines before the header are
 * the preamble; a line of one cell is a heading merged across the table.
 */
export function asSpacedTable(lines: SourceLine[], encoding: string | null): TextRead | null {
  const real = lines.filter((l) => l.text !== NBSP);
  const headerAt = real.findIndex((l) => isHeader(l.text));
  if (headerAt < 0) return null;
  const body = real.slice(headerAt);
  const wide = body.filter((l) => l.text.split(CELL_GAP).length >= 3);
  if (wide.length * 2 <= body.length) return null;
  const width = real[headerAt]?.text.split(CELL_GAP).length ?? 0;
  const rows: SourceRow[] = body.map((l) => {
    const cells = l.text.split(CELL_GAP).map((c) => c.replace(EDGE_SPACE, ''));
    if (cells.length === 1)
      return { cells: [cells[0] ?? '', ...Array<string>(width - 1).fill('')], line: l.line, merged: true };
    while (cells.length < width) cells.push('');
    return { cells, line: l.line };
  });
  const preamble = real.slice(0, headerAt);
  const source: TableSource = { kind: 'table', format: 'text', encoding, preamble, rows };
  return { source, problems: [] };
}
