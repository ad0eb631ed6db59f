// A task's 完成时限 as written -> a date: 12月底前, 2025年6月底, 9月投入使用, 全年, 长期坚持, 三季度, 2025.12.
// Open-ended or whole-year wording is the plan's end; several dates in one cell mean the last one.
import type { TaskDeadline } from '../core/plan/plan.types.ts';
import { toAsciiDigits } from './assemble/text-normalise.ts';

const WHOLE_YEAR = /全年|年底|年末|年内|当年|长期|持续|常态|每[年季月]|按季度?|逐月|按月|年度/u;
const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** Every date the text names, in the plan's year unless it names its own. */
function datesIn(text: string, planYear: number): string[] {
  const dates: string[] = [];
  const pattern =
    /(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?|(?:(20\d{2})\s*年\s*)?第?([一二三四1-4])季度|(?:(20\d{2})\s*年\s*)?(上|下)半年|(20\d{2})\s*年(?:底|末|内)?(?!\s*\d)|(20\d{2})\s*[.\-/．]\s*(\d{1,2})(?:\s*[.\-/．]\s*(\d{1,2}))?(?!\d)/gu;
  for (const m of text.matchAll(pattern)) {
    if (m[2] !== undefined) {
      const year = Number(m[1] ?? planYear);
      const day =
        m[3] === undefined ? monthEnd(year, Number(m[2])) : isoDate(year, Number(m[2]), Number(m[3]));
      if (day) dates.push(day);
    } else if (m[5] !== undefined) {
      const end = monthEnd(Number(m[4] ?? planYear), QUARTER_END[m[5]] ?? 12);
      if (end) dates.push(end);
    } else if (m[7] !== undefined) {
      const end = monthEnd(Number(m[6] ?? planYear), m[7] === '上' ? 6 : 12);
      if (end) dates.push(end);
    } else if (m[8] !== undefined) {
      const end = monthEnd(Number(m[8]), 12);
      if (end) dates.push(end);
    } else if (m[9] !== undefined) {
      // 2025.12, 2025-12, 2025/12/31: a year and month (and day) written in figures.
      const year = Number(m[9]);
      const day =
        m[11] === undefined ? monthEnd(year, Number(m[10])) : isoDate(year, Number(m[10]), Number(m[11]));
      if (day) dates.push(day);
    }
  }
  return dates;
}

/** Excel's day count for 2000-01-01 and 2099-12-31: a bare number between them in a 完成时限 cell is a date. */
const SERIAL_FIRST = 36526;
const SERIAL_LAST = 73050;
/** Excel counts days from 1899-12-30 (its day 1 is 1900-01-01, and it counts a 29 February 1900). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date written in figures, as a spreadsheet gives a date cell (2025-06-30, 2025/6/30, 2025.6.30, 2025.6
 * for the month's end), or a date cell's bare day count (45838) where the file kept no date format.
 */
function writtenDate(text: string): string | null {
  const serial = /^(\d{5})(?:\.\d+)?$/u.exec(text);
  if (serial) {
    const days = Number(serial[1]);
    if (days < SERIAL_FIRST || days > SERIAL_LAST) return null;
    return new Date(SERIAL_EPOCH + days * 86_400_000).toISOString().slice(0, 10);
  }
  const m =
    /^(20\d{2})\s*([-/.])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?(?:\s+\d{1,2}:\d{2})?\s*(?:前|之前|以前)?$/u.exec(
      text,
    );
  if (!m) return null;
  return m[4] === undefined
    ? monthEnd(Number(m[1]), Number(m[3]))
    : isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
}

/** The deadline as written and its date; null when nothing was written. */
export function readTaskDeadline(
  written: string | undefined,
  planYear: number | null,
  planEnd: string | null,
): TaskDeadline | null {
  const text = (written ?? '').trim();
  if (text === '') return null;
  const plain = toAsciiDigits(text);
  const figures = writtenDate(plain);
  if (figures) return { text, iso: figures };
  const year = planYear ?? Number(/(20\d{2})/u.exec(plain)?.[1] ?? NaN);
  const dates = Number.isNaN(year) ? [] : datesIn(plain, year);
  if (dates.length > 0) return { text, iso: dates.sort().at(-1) ?? null };
  if (WHOLE_YEAR.test(plain)) return { text, iso: planEnd ?? (Number.isNaN(year) ? null : `${year}-12-31`) };
  return { text, iso: null };
}
