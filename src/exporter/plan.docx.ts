// The plan as a Word document in the notice's layout: the title, the notice's facts, then the table on
// A4 landscape with its header row repeated on every page. Offices edit and print such files, and the
// file imports back into the product unchanged.
import type { DocxTableRow } from './docx-table.ts';
import { landscapeTableDocx } from './docx-table.ts';
import { planFactLines, planTitle } from './plan-preamble.ts';
import type { PlanExportInput, PlanTableRow } from './plan-table.ts';
import { columnWidths, planTable, rowCells } from './plan-table.ts';

export async function exportPlanDocx(input: PlanExportInput): Promise<Uint8Array> {
  const { header, quarters, rows } = planTable(input);
  return landscapeTableDocx({
    title: planTitle(input.plan),
    lines: planFactLines(input.plan),
    header,
    // The same proportions as the spreadsheet's columns.
    columnShares: columnWidths(quarters),
    rows: rows.map((row) => docxRow(row, header.length)),
  });
}

function docxRow(row: PlanTableRow, columns: number): DocxTableRow {
  if (row.kind === 'heading') return { kind: 'heading', text: row.text };
  return { kind: 'cells', cells: rowCells(row, columns), bold: row.kind === 'subsection' };
}
