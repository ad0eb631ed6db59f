// A filled-in cell as the clerk meant it. Spreadsheet programs store what was typed in many shapes:
// rich text, formulas with results, hyperlinks, dates as serial numbers, 80% as 0.8, full-width
// digits typed with a Chinese input method. Each reader accepts those and names what it refuses.
import type { CellValue } from 'exceljs';
import type { TemplateCell as Cell } from './xlsx-reader.ts';
import { normaliseCellText } from '../../core/feedback/feedback-layout.ts';
import type { SelfStatus } from '../../core/report/report.types.ts';
import { SELF_STATUS_LABELS, SELF_STATUSES } from '../../core/report/report.types.ts';

export type CellReading =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; percentFormat: boolean }
  | { kind: 'date'; text: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export type PercentParsed =
  | { ok: true; value: number | null }
  | { ok: false; code: 'not_a_number' | 'not_whole' | 'out_of_range'; message: string };

/** Merged cells read their range's value: the reader hands a merged cell its first cell's value. */
export function readCell(cell: Cell): CellReading {
  return reading(cell.value, (cell.numFmt ?? '').includes('%'));
}

function reading(value: CellValue, percentFormat: boolean): CellReading {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value, percentFormat };
  if (typeof value === 'string') return textReading(value);
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'date', text: dateText(value) };
  if ('richText' in value) return textReading(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? { kind: 'blank' }
      : reading(result, percentFormat);
  }
  if ('hyperlink' in value) return textReading(value.text);
  return { kind: 'blank' };
}

function textReading(text: string): CellReading {
  const normalised = normaliseCellText(text);
  return normalised === '' ? { kind: 'blank' } : { kind: 'text', text: normalised };
}

/** A date a clerk typed where text belongs (Excel turned 2024/5/1 into a serial date). */
function dateText(date: Date): string {
  if (!Number.isFinite(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** The cell as text: numbers as written, dates as YYYY-MM-DD, edges trimmed. */
export function cellText(cell: Cell): string {
  const read = readCell(cell);
  switch (read.kind) {
    case 'blank':
      return '';
    case 'text':
    case 'date':
      return read.text;
    case 'number':
      return String(read.value);
  }
}

const STATUS_BY_LABEL = new Map<string, SelfStatus>(
  SELF_STATUSES.map((status) => [SELF_STATUS_LABELS[status], status]),
);

export function parseStatus(cell: Cell): Parsed<SelfStatus | null> {
  const text = cellText(cell).normalize('NFKC');
  if (text === '') return { ok: true, value: null };
  const status = STATUS_BY_LABEL.get(text);
  return status
    ? { ok: true, value: status }
    : {
        ok: false,
        message: `状态"${text}"无法识别,请从下拉列表选择:${[...STATUS_BY_LABEL.keys()].join('、')}`,
      };
}

/** 80, "80", "８０", "80%" and a cell formatted as 80% all mean 80; it must be whole and 0..100. */
export function parsePercent(cell: Cell): PercentParsed {
  const read = readCell(cell);
  if (read.kind === 'blank') return { ok: true, value: null };
  const value =
    read.kind === 'number'
      ? read.percentFormat
        ? read.value * 100
        : read.value
      : numberIn(read.text, ['%']);
  if (value === null)
    return {
      ok: false,
      code: 'not_a_number',
      message: `完成进度"${cellText(cell)}"不是数字,请填0至100的整数`,
    };
  const rounded = Math.round(value * 1e9) / 1e9;
  if (!Number.isInteger(rounded))
    return { ok: false, code: 'not_whole', message: `完成进度${rounded}不是整数,请填0至100的整数` };
  if (rounded < 0 || rounded > 100)
    return { ok: false, code: 'out_of_range', message: `完成进度${rounded}超出0至100的范围` };
  return { ok: true, value: rounded };
}

/** A figure typed in the column's unit (亿元, 万标箱, %), returned in base units. */
export function parseFigure(cell: Cell, factor: number, label: string): Parsed<number | null> {
  const read = readCell(cell);
  if (read.kind === 'blank') return { ok: true, value: null };
  const typed =
    read.kind === 'number'
      ? read.percentFormat && label === '%'
        ? read.value * 100
        : read.value
      : numberIn(read.text, [label]);
  if (typed === null)
    return { ok: false, message: `指标完成值"${cellText(cell)}"不是数字,请按${label}填写数字` };
  return { ok: true, value: Number((typed * factor).toPrecision(15)) };
}

/** A number in text: full-width forms folded, thousands separators dropped, one known unit allowed after it. */
function numberIn(text: string, units: readonly string[]): number | null {
  let folded = text.normalize('NFKC').replace(/[,\s]/g, '');
  for (const unit of units) {
    if (unit !== '' && folded.endsWith(unit)) folded = folded.slice(0, -unit.length);
  }
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(folded) ? Number(folded) : null;
}
