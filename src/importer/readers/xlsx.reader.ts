// Excel .xlsx -> the rows of the first worksheet with data, as a person sees them.
//
// Title rows: rows merged across the whole used width that come before the first row that is not
// merged (the header) go into the preamble, like the title above a table on a web page or in Word.
// Every row from the header on stays in `rows`; the assembler finds the header itself. A title that
// is not merged across the width stays in `rows` too.
//
// Hidden rows and columns are what a person chose not to show (drafts, notes): they are skipped, and
// each skipped row or column with content is reported so the person can check it.
import ExcelJS from 'exceljs';
import type { Cell, Row, Worksheet } from 'exceljs';
import { joinSheets } from './xlsx-sheets.ts';
import type { ReadProblem, ReadResult, SourceLine, SourceRow, TableSource } from '../source.types.ts';

const EDGE_SPACE = /^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g;

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a fresh copy gives one of exactly the right length.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('input.unreadable_xlsx', `无法读取Excel文件:${reason}`);
  }
  const withData = workbook.worksheets.filter((s) => s.actualRowCount > 0);
  const visible = withData.filter((s) => s.state === 'visible');
  const sheet = visible[0] ?? withData[0];
  if (!sheet) return fail('input.empty', 'Excel文件中没有任何数据');
  const problems: ReadProblem[] = [];
  const first = readSheet(sheet, problems);
  const others = visible
    .filter((s) => s !== sheet)
    .map((s) => ({ name: s.name, table: readSheet(s, problems) }));
  const { source, joined } = joinSheets(first, others);
  if (withData.length > joined.length + 1) {
    const names = [sheet.name, ...joined].map((n) => `"${n}"`).join('、');
    const message = `工作簿有${withData.length}个含数据的工作表,只读取了${names}`;
    problems.push({ code: 'xlsx.other_sheets', message, line: null });
  }
  return { source, problems };
}

function fail(code: string, message: string): ReadResult {
  return { source: null, problems: [{ code, message, line: null }] };
}

function readSheet(sheet: Worksheet, problems: ReadProblem[]): TableSource {
  const columns = visibleColumns(sheet, problems);
  const shown: { row: Row; cells: string[] }[] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.findRow(number);
    if (!row) continue;
    const cells = columns.map((c) => cellText(row.getCell(c)));
    if (cells.every((c) => c === '')) continue;
    if (row.hidden) {
      const message = `第${number}行是隐藏行,已跳过:${cells.filter(Boolean).join(' ').slice(0, 40)}`;
      problems.push({ code: 'xlsx.hidden_row', message, line: number });
      continue;
    }
    shown.push({ row, cells });
  }
  const width = usedWidth(shown.map((s) => s.cells));
  const used = columns.slice(0, width);
  const rows = shown.map(({ row, cells }): SourceRow => {
    const merged = spansWidth(row, used);
    const carried = carriedDown(row, used);
    return {
      cells: cells.slice(0, width),
      line: row.number,
      ...(merged ? { merged } : {}),
      ...(carried ? { carried } : {}),
    };
  });
  return splitTitle(rows);
}

/** Visible columns, 1-based; a hidden column with content is reported. */
function visibleColumns(sheet: Worksheet, problems: ReadProblem[]): number[] {
  const columns: number[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    if (!sheet.getColumn(c).hidden) {
      columns.push(c);
      continue;
    }
    const values = sheet.getColumn(c).values.filter((v) => v !== null && v !== undefined && v !== '');
    if (values.length > 0) {
      problems.push({ code: 'xlsx.hidden_column', message: `第${c}列是隐藏列,已跳过`, line: null });
    }
  }
  return columns;
}

function usedWidth(rows: string[][]): number {
  let width = 0;
  for (const cells of rows) {
    const last = cells.findLastIndex((c) => c !== '');
    width = Math.max(width, last + 1);
  }
  return width;
}

/** True when one merged range covers every visible column of the row. */
function spansWidth(row: Row, columns: number[]): boolean {
  const first = row.getCell(columns[0] ?? 1);
  if (!first.isMerged || columns.length < 2) return false;
  const master = first.master.address;
  return columns.every((c) => {
    const cell = row.getCell(c);
    return cell.isMerged && cell.master.address === master;
  });
}

/**
 * By column: the text of a cell merged down over this row from a row above (a lead unit, leader or
 * deadline shared by several tasks), as the web and Word readers give a rowspan; null when none is.
 * Only the merged range's own first column carries its text, as with a colspan.
 */
function carriedDown(row: Row, columns: number[]): string[] | null {
  const carried = columns.map((c) => {
    const cell = row.getCell(c);
    if (!cell.isMerged || cell.master.address === cell.address) return '';
    const master = cell.master;
    if (master.fullAddress.row >= row.number || master.fullAddress.col !== c) return '';
    return tidy(valueText(master.value));
  });
  return carried.some((t) => t !== '') ? carried : null;
}

/** Rows merged across the width before the first unmerged row are the document's title lines. */
function splitTitle(rows: SourceRow[]): TableSource {
  const firstPlain = rows.findIndex((r) => !r.merged);
  const cut = firstPlain < 0 ? 0 : firstPlain;
  const preamble: SourceLine[] = rows
    .slice(0, cut)
    .flatMap((r) => (r.cells[0] ?? '').split('\n').map((text) => ({ text, line: r.line })));
  return { kind: 'table', format: 'xlsx', encoding: null, preamble, rows: rows.slice(cut) };
}

function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return tidy(valueText(cell.value));
}

/** Cell value as shown: rich text joined, formulas by their result, numbers without '.0', dates as ISO. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRun(run) ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    return 'result' in value ? valueText(value.result) : '';
  }
  if ('hyperlink' in value && 'text' in value) return valueText(value.text);
  if ('error' in value) return valueText(value.error);
  return '';
}

function isRun(run: unknown): run is { text: string } {
  return typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string';
}

/** Excel keeps 15 significant digits; 12 stays "12", 0.1+0.2 shows as "0.3". */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : '';
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** Lines trimmed at both ends, blank lines dropped; Excel's _xHHHH_ escapes decoded. */
function tidy(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(EDGE_SPACE, ''))
    .filter((line) => line !== '')
    .join('\n');
}
