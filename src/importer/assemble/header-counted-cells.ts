// Numbered lines that are cells of a row, not tasks: a row of a table whose header is known has its
// cells counted (blank ones too) against the header's columns, sub-columns included (進度安排 over
// 第一季度…第四季度, as table-header.ts reads them), so a numbered line is a cell while columns are left.
import type { ColumnRole, Labelled } from './columns.ts';
import type { NumberedLine } from './numbering.ts';
import { HEADING_FORMS } from './numbering.ts';
import type { OpenRow } from './paragraph-row.ts';
import { addToRow } from './paragraph-row.ts';
import { isMilestoneRole } from './quarter-milestones.ts';

/**
 * A numbered line in a row of a table whose header is known is one of the row's cells while the row
 * has columns left to fill (二、完善医疗卫生服务 under 事项类别, 1. 2. under 第一季度), not a new task;
 * the next number of a list in a progress or milestone column continues that cell.
 */
export function staysInRow(
  open: OpenRow,
  numbered: NumberedLine,
  columns: ColumnRole[],
  expected?: number,
): boolean {
  if (!open.bare || open.inline || open.raw === null || columns[0] !== 'seq') return false;
  if (numbered.body === '') return isFigureCell(open, numbered, columns, expected);
  // A part or section heading never stands between a row's number and its first cell, only after a row.
  if (HEADING_FORMS.has(numbered.form)) return open.counted.length === 0;
  return continuesCell(open, numbered, columns) || open.counted.length < columns.length - 1;
}

/**
 * A bare number that falls in a column holding nothing we keep (2024 under 建设时间, 300 under 投资金额)
 * is that cell, unless it is the next row's number: that always opens the next row, so a row whose
 * last cell is blank (no 责任领导) does not swallow it. Elsewhere a bare number opens a row.
 */
function isFigureCell(
  open: OpenRow,
  numbered: NumberedLine,
  columns: ColumnRole[],
  expected: number | undefined,
): boolean {
  if (numbered.form !== 'arabic' || expected === undefined || numbered.number === expected) return false;
  return columns[open.counted.length + 1] === 'other';
}

function continuesCell(open: OpenRow, numbered: NumberedLine, columns: ColumnRole[]): boolean {
  const column = columns[open.counted.length];
  const listColumn = column === 'progress' || (column !== undefined && isMilestoneRole(column));
  return open.listNumber !== null && numbered.number === open.listNumber + 1 && listColumn;
}

/** A numbered line that is a cell: the next item of a list in a progress or milestone cell, or the next cell. */
export function addNumberedCell(
  open: OpenRow,
  text: string,
  numbered: NumberedLine,
  columns: ColumnRole[],
): void {
  const raw = open.raw ?? [];
  if (continuesCell(open, numbered, columns)) {
    raw[raw.length - 1] = `${raw.at(-1) ?? ''} ${text.trim()}`;
    open.counted[open.counted.length - 1] = `${open.counted.at(-1) ?? ''} ${text.trim()}`;
  } else addToRow(open, text, columns);
  open.listNumber = numbered.number;
}

/**
 * A row under a header with milestone columns whose cells, blank ones included, are exactly as many
 * as the columns after 序号: each cell is read by the column it stands in, so a blank quarter keeps
 * the next quarter in its place and a short plan (全部完工。) is not taken for a unit. Null otherwise.
 */
export function placeCountedCells(
  open: OpenRow,
  columns: readonly ColumnRole[],
): { texts: string[]; labels: Labelled[] } | null {
  if (!columns.some(isMilestoneRole) || open.counted.length !== columns.length - 1) return null;
  const texts: string[] = [];
  const labels: Labelled[] = [];
  open.counted.forEach((cell, i) => {
    const role = columns[i + 1];
    if (cell === '' || role === undefined || role === 'seq' || role === 'other') return;
    if (role === 'text') texts.push(cell);
    else labels.push({ role, value: cell });
  });
  return texts.length > 0 ? { texts, labels } : null;
}
