// The number formats of a workbook's cell styles, and what they make of a number: exceljs's rule
// for telling a date format, and Excel's serial days as a date in the 1900 or 1904 system.
import { attribute, decodeXml } from './xml-text.ts';

const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  49: '@',
};
/** The East Asian built-in date formats (27–36, 50–58) differ by locale; all are dates. */
const EAST_ASIAN_DATE = 'yyyy"年"m"月"d"日"';

/** The number format code of each cell style (cellXfs index), '' for General. */
export function readCellFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  for (const tag of xml.match(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== null) custom.set(id, decodeXml(code));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return (cellXfs.match(/<(?:\w+:)?xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? (isEastAsianDate(id) ? EAST_ASIAN_DATE : '');
  });
}

const isEastAsianDate = (id: number): boolean => (id >= 27 && id <= 36) || (id >= 50 && id <= 58);

/** exceljs's test: a format is a date one when, outside quotes and brackets, it has date letters. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Days from Excel's day 0 to 1970-01-01: 25569 in the 1900 system, 24107 in the 1904 one (Mac). */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 24 * 3600 * 1000));
}
