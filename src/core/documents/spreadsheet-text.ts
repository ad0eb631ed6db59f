// Text a person typed (a unit's name, a reason) written into a CSV cell. Spreadsheet programs read
// a cell starting with = + - @ (or a tab or CR before one) as a formula, which can run commands or
// leak data when the office opens the file: such text gets a leading apostrophe, which keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
