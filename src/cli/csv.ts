// RFC 4180 CSV with a BOM, so spreadsheet programs open Chinese text as UTF-8. Text cells never start
// a formula (see neutraliseFormula); numbers are written as they are.
import { neutraliseFormula } from '../core/documents/spreadsheet-text.ts';

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = rows.map((row) => row.map((cell) => quote(textOf(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function textOf(cell: string | number | null): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
}
