// The plan as a Word document in the notice's layout: the title, the notice's facts, then the table on
// A4 landscape with its header row repeated on every page. Offices edit and print such files, and the
// file imports back into the product unchanged.
import type { DocxTableRow } from './docx-table.ts';
import { landscapeTableDocx } from './docx-table.ts';
import { planFactLines, planTitle } from './plan-preamble.ts';
import type { PlanExportInput, PlanTableRow } from './plan-table.ts';
import { TABLE_HEADER, planTableRows, rowCells } from './plan-table.ts';

/** The same proportions as the spreadsheet's columns: 序号 6, 目标与任务 60, units 22 each. */
const COLUMN_SHARES = [6, 60, 22, 22];

export async function exportPlanDocx(input: PlanExportInput): Promise<Uint8Array> {
  return landscapeTableDocx({
    title: planTitle(input.plan),
    lines: planFactLines(input.plan),
    header: TABLE_HEADER,
    columnShares: COLUMN_SHARES,
    rows: planTableRows(input).map(docxRow),
  });
}

function docxRow(row: PlanTableRow): DocxTableRow {
  if (row.kind === 'heading') return { kind: 'heading', text: row.text };
  return { kind: 'cells', cells: rowCells(row), bold: row.kind === 'subsection' };
}
