// Numbered lines that are cells of a row, not tasks: a row of a table whose header is known has its
// cells counted (blank ones too) against the header's columns, sub-columns included (進度安排 over
// 第一季度…第四季度, as table-header.ts reads them), so a numbered line is a cell while columns are left.
import type { ColumnRole } from './columns.ts';
import type { NumberedLine } from './numbering.ts';
import { HEADING_FORMS } from './paragraph-headings.ts';
import type { OpenRow } from './paragraph-row.ts';
import { addToRow } from './paragraph-row.ts';

/**
 * A numbered line in a row of a table whose header is known is one of the row's cells while the row
 * has columns left to fill (二、完善医疗卫生服务 under 事项类别, 1. 2. under 第一季度), not a new task;
 * the next number of a list in a progress column continues that cell.
 */
export function staysInRow(open: OpenRow, numbered: NumberedLine, columns: ColumnRole[]): boolean {
  if (!open.bare || open.inline || open.raw === null || numbered.body === '' || columns[0] !== 'seq')
    return false;
  // A part or section heading never stands between a row's number and its first cell, only after a row.
  if (HEADING_FORMS.has(numbered.form)) return open.cellCount === 0;
  return continuesCell(open, numbered, columns) || open.cellCount < columns.length - 1;
}

function continuesCell(open: OpenRow, numbered: NumberedLine, columns: ColumnRole[]): boolean {
  const column = columns[open.cellCount];
  return open.listNumber !== null && numbered.number === open.listNumber + 1 && column === 'progress';
}

/** A numbered line that is a cell: the next item of a list in a progress cell, or the row's next cell. */
export function addNumberedCell(
  open: OpenRow,
  text: string,
  numbered: NumberedLine,
  columns: ColumnRole[],
): void {
  const raw = open.raw ?? [];
  if (continuesCell(open, numbered, columns)) raw[raw.length - 1] = `${raw.at(-1) ?? ''} ${text.trim()}`;
  else addToRow(open, text, columns);
  open.listNumber = numbered.number;
}
