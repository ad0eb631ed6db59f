// The plan as an Excel sheet in the notice's layout, ready to print: A4 landscape, one page wide, the
// header row repeated on every page. Offices keep their ledgers (台账) in such sheets, and the sheet
// imports back into the product unchanged.
import ExcelJS from 'exceljs';
import type { Alignment, Borders, Cell, CellValue, Font, PageSetup, Row, Worksheet } from 'exceljs';
import { planFactLines, planTitle } from './plan-preamble.ts';
import type { PlanExportInput, PlanTableRow } from './plan-table.ts';
import { columnWidths, planTable, rowCells } from './plan-table.ts';

const SHEET_NAME = '重点工作任务';
const A4 = 9;

const BODY_FONT: Partial<Font> = { name: '仿宋', size: 12 };
const HEADER_FONT: Partial<Font> = { name: '黑体', size: 12 };
const TITLE_FONT: Partial<Font> = { name: '黑体', size: 18 };
const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP_LEFT: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'left' };
const WRAP_CENTRE: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };

/** Merged rows are given a height: spreadsheet programs size a row to its text, but never a merged cell. */
const TITLE_HEIGHT = 36;
const FACT_HEIGHT = 20;
const HEADING_HEIGHT = 22;

export async function exportPlanXlsx(input: PlanExportInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = planTitle(input.plan);
  const preamble = [planTitle(input.plan), ...planFactLines(input.plan)];
  const headerRow = preamble.length + 1;
  const table = planTable(input);
  const columns = table.header.length;
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: printSetup(headerRow),
    headerFooter: { oddFooter: '&C第 &P 页,共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
  });
  // In character widths: a Chinese character takes about two, so 目标与任务 at 60 holds ~30 per line.
  sheet.columns = columnWidths(table.quarters).map((width) => ({ width }));
  preamble.forEach((text, index) => writeMergedLine(sheet, index + 1, text, index === 0, columns));
  writeHeader(sheet.getRow(headerRow), table.header);
  table.rows.forEach((row, index) => writeTableRow(sheet, headerRow + 1 + index, row, columns));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function printSetup(headerRow: number): Partial<PageSetup> {
  return {
    paperSize: A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as the table needs; only the width is squeezed onto the page.
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** The title and fact lines sit in cells merged across the table's width, as the import expects. */
function writeMergedLine(
  sheet: Worksheet,
  rowNumber: number,
  text: string,
  isTitle: boolean,
  columns: number,
): void {
  sheet.mergeCells(rowNumber, 1, rowNumber, columns);
  const row = sheet.getRow(rowNumber);
  const cell = row.getCell(1);
  cell.value = text;
  cell.font = isTitle ? TITLE_FONT : BODY_FONT;
  cell.alignment = isTitle ? WRAP_CENTRE : WRAP_LEFT;
  row.height = isTitle ? TITLE_HEIGHT : FACT_HEIGHT;
}

function writeHeader(row: Row, header: readonly string[]): void {
  header.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.value = text;
    style(cell, HEADER_FONT, WRAP_CENTRE);
  });
  row.height = HEADING_HEIGHT;
}

function writeTableRow(sheet: Worksheet, rowNumber: number, row: PlanTableRow, columns: number): void {
  const sheetRow = sheet.getRow(rowNumber);
  if (row.kind === 'heading') {
    sheet.mergeCells(rowNumber, 1, rowNumber, columns);
    sheetRow.getCell(1).value = row.text;
    // Every cell of the merged range carries the border, or the range prints without its right edge.
    for (let column = 1; column <= columns; column++) {
      style(sheetRow.getCell(column), { ...BODY_FONT, bold: true }, WRAP_LEFT);
    }
    sheetRow.height = HEADING_HEIGHT;
    return;
  }
  const cells = rowCells(row, columns);
  cells.forEach((text, index) => {
    const cell = sheetRow.getCell(index + 1);
    cell.value = index === 0 ? numberValue(text) : text;
    const bold = row.kind === 'subsection';
    style(cell, bold ? { ...BODY_FONT, bold } : BODY_FONT, index === 0 ? WRAP_CENTRE : WRAP_LEFT);
  });
}

/** 序号 as a number, so the sheet sorts and filters by it; anything else stays text. */
function numberValue(text: string): CellValue {
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}

function style(cell: Cell, font: Partial<Font>, alignment: Partial<Alignment>): void {
  cell.font = font;
  cell.alignment = alignment;
  cell.border = BORDER;
}
