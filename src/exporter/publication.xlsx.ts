// The quarterly publication as a spreadsheet: the notice's layout (parts and sections merged across
// the width, subsections bold), the quarter's progress column, ready to print on A4 landscape.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { PublicationInput } from './documents.types.ts';
import type { StructureLine } from './plan-table.ts';
import type { PublicationRow } from './publication.ts';
import { publicationTable } from './publication.ts';
import {
  BODY_FONT,
  WRAP_CENTRE,
  WRAP_LEFT,
  fitRowHeight,
  landscapeSetup,
  styleCell,
  writeHeaderRow,
  writeMergedLine,
} from './xlsx-style.ts';

const WIDTHS = [6, 44, 18, 70];
const REMARK_WIDTH = 20;
const HEADER_ROW = 2;

export async function exportPublicationXlsx(input: PublicationInput): Promise<Uint8Array> {
  const table = publicationTable(input);
  const workbook = new ExcelJS.Workbook();
  workbook.title = table.title;
  const sheet = workbook.addWorksheet('进展情况', {
    pageSetup: landscapeSetup(HEADER_ROW),
    headerFooter: { oddFooter: '&C第 &P 页,共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
  });
  const widths = table.yearEnd ? [...WIDTHS, REMARK_WIDTH] : WIDTHS;
  sheet.columns = widths.map((width) => ({ width }));
  writeMergedLine(sheet, 1, widths.length, table.title, true);
  writeHeaderRow(sheet, HEADER_ROW, table.header);
  table.lines.forEach((line, index) => writeLine(sheet, HEADER_ROW + 1 + index, line, widths));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeLine(
  sheet: Worksheet,
  rowNumber: number,
  line: StructureLine<PublicationRow>,
  widths: readonly number[],
): void {
  const row = sheet.getRow(rowNumber);
  const columns = widths.length;
  if (line.kind === 'heading') {
    sheet.mergeCells(rowNumber, 1, rowNumber, columns);
    row.getCell(1).value = line.text;
    // Every cell of the merged range carries the border, or the range prints without its right edge.
    for (let column = 1; column <= columns; column++)
      styleCell(row.getCell(column), { ...BODY_FONT, bold: true }, WRAP_LEFT);
    row.height = 22;
    return;
  }
  const values =
    line.kind === 'subsection'
      ? [line.number, line.title, '', '', '']
      : [line.item.seq, line.item.text, line.item.leadUnits, line.item.progress, line.item.remark];
  const cells = values.slice(0, columns);
  row.values = cells.map((value, index) =>
    index === 0 && /^\d+$/.test(String(value)) ? Number(value) : value,
  );
  const font = line.kind === 'subsection' ? { ...BODY_FONT, bold: true } : BODY_FONT;
  row.eachCell({ includeEmpty: true }, (cell, column) =>
    styleCell(cell, font, column === 1 ? WRAP_CENTRE : WRAP_LEFT),
  );
  row.height = fitRowHeight(cells.map(String), widths);
}
