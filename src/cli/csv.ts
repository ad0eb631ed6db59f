// RFC 4180 CSV with a BOM, so spreadsheet programs open Chinese text as UTF-8.
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = rows.map((row) => row.map((cell) => quote(cell === null ? '' : String(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
