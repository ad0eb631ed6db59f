// The look the office's spreadsheets share: 仿宋 body, 黑体 headers, thin borders, wrapped text, and
// sheet names Excel accepts. Kept in one place so every exported ledger reads alike.
import type { Alignment, Borders, Cell, Fill, Font, PageSetup, Worksheet } from 'exceljs';

export const BODY_FONT: Partial<Font> = { name: '仿宋', size: 11 };
export const HEADER_FONT: Partial<Font> = { name: '黑体', size: 11 };
export const TITLE_FONT: Partial<Font> = { name: '黑体', size: 16 };
const THIN = { style: 'thin' } as const;
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const WRAP_LEFT: Partial<Alignment> = { wrapText: true, vertical: 'top', horizontal: 'left' };
export const WRAP_CENTRE: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
/** Grey marks what the reader cannot or need not change. */
export const LOCKED_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
export const A4 = 9;

export function styleCell(cell: Cell, font: Partial<Font>, alignment: Partial<Alignment>): void {
  cell.font = font;
  cell.alignment = alignment;
  cell.border = BORDER;
}

export function writeHeaderRow(sheet: Worksheet, rowNumber: number, texts: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  texts.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.value = text;
    styleCell(cell, HEADER_FONT, WRAP_CENTRE);
    cell.fill = HEADER_FILL;
  });
  row.height = 30;
}

/** A line merged across the table's width: titles and notes above the header. */
export function writeMergedLine(
  sheet: Worksheet,
  rowNumber: number,
  columns: number,
  text: string,
  title: boolean,
): void {
  sheet.mergeCells(rowNumber, 1, rowNumber, columns);
  const row = sheet.getRow(rowNumber);
  const cell = row.getCell(1);
  cell.value = text;
  cell.font = title ? TITLE_FONT : BODY_FONT;
  cell.alignment = title ? WRAP_CENTRE : { ...WRAP_LEFT, vertical: 'middle' };
  // Spreadsheet programs size a row to its text, but never a merged cell's row.
  row.height = title ? 32 : 20 * Math.max(1, text.split('\n').length);
}

export function landscapeSetup(headerRow: number): Partial<PageSetup> {
  return {
    paperSize: A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/**
 * A row tall enough for its wrapped text: Excel does not grow a row for wrapped text that a program
 * wrote, so a long narrative would otherwise show one line. Widths are in characters, a Chinese
 * character taking two.
 */
export function fitRowHeight(texts: readonly string[], widths: readonly number[], lineHeight = 15): number {
  let lines = 1;
  texts.forEach((text, index) => {
    const width = Math.max(1, (widths[index] ?? 10) - 1);
    const needed = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / width)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(409, lines * lineHeight);
}

/** Display width in character cells: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not blank, not starting or
 * ending with an apostrophe, and unique regardless of case (a clash gets (2), (3)…).
 */
export function uniqueSheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    const base =
      name
        .replace(FORBIDDEN, '')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, MAX_SHEET_NAME) || 'Sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()) || candidate.toLowerCase() === 'history'; n++) {
      const suffix = `(${n})`;
      candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
