// Reporting periods as strings '2024-Q1'..'2024-Q4', and the calendar facts derived from them.
// Dates are ISO strings (YYYY-MM-DD) so no time zone sneaks into calendar arithmetic.
import { invalid } from '../errors.ts';

export type Quarter = 1 | 2 | 3 | 4;
export type PeriodKey = `${number}-Q${Quarter}`;
/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Period {
  year: number;
  quarter: Quarter;
}

/** How a plan sets each period's due date: N days after the quarter's last day. */
export interface DueDateRule {
  daysAfterQuarterEnd: number;
}

const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;
const DAY_MS = 86_400_000;

export function tryParsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter };
}

export function parsePeriod(text: string): Period {
  const period = tryParsePeriod(text);
  if (!period) {
    throw invalid('period.invalid', `'${text}' is not a period like 2024-Q1`, { value: text });
  }
  return period;
}

export function isPeriodKey(text: string): text is PeriodKey {
  return PERIOD_PATTERN.test(text);
}

export function formatPeriod(period: Period): PeriodKey {
  return `${period.year}-Q${period.quarter}`;
}

export function periodsOfYear(year: number): PeriodKey[] {
  return ([1, 2, 3, 4] as const).map((quarter) => formatPeriod({ year, quarter }));
}

export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa.year - pb.year || pa.quarter - pb.quarter;
}

export function nextPeriod(key: string): PeriodKey {
  const { year, quarter } = parsePeriod(key);
  return quarter === 4
    ? formatPeriod({ year: year + 1, quarter: 1 })
    : formatPeriod({ year, quarter: nextQuarter(quarter) });
}

const PREVIOUS_QUARTER = { 2: 1, 3: 2, 4: 3 } as const;

/** The quarter before, within the same plan year (a year's first quarter starts afresh). */
export function previousPeriodKey(key: PeriodKey): PeriodKey | null {
  const { year, quarter } = parsePeriod(key);
  if (quarter === 1) return null;
  return formatPeriod({ year, quarter: PREVIOUS_QUARTER[quarter] });
}

function nextQuarter(quarter: 1 | 2 | 3): Quarter {
  return (quarter + 1) as Quarter;
}

export function quarterStart(key: string): IsoDate {
  const { year, quarter } = parsePeriod(key);
  return formatDate(Date.UTC(year, (quarter - 1) * 3, 1));
}

export function quarterEnd(key: string): IsoDate {
  const { year, quarter } = parsePeriod(key);
  // Day 0 of the month after the quarter is the quarter's last day.
  return formatDate(Date.UTC(year, quarter * 3, 0));
}

export function periodOfDate(date: IsoDate): PeriodKey {
  const { year, month } = parseDate(date);
  return formatPeriod({ year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter });
}

/** The default due date: the rule's number of days after the quarter ends (0 = the last day itself). */
export function dueDate(key: string, rule: DueDateRule): IsoDate {
  if (!Number.isInteger(rule.daysAfterQuarterEnd) || rule.daysAfterQuarterEnd < 0) {
    throw invalid('period.invalid_due_rule', 'days after quarter end must be a whole number of at least 0', {
      daysAfterQuarterEnd: rule.daysAfterQuarterEnd,
    });
  }
  return addDays(quarterEnd(key), rule.daysAfterQuarterEnd);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseDate(date);
  return formatDate(Date.UTC(year, month - 1, day) + days * DAY_MS);
}

/**
 * The instant a due date has passed: the end of that day in the city's time zone
 * (offset in minutes east of UTC, 480 for China Standard Time).
 */
export function dueInstant(dueOn: IsoDate, utcOffsetMinutes: number): Date {
  const { year, month, day } = parseDate(dueOn);
  return new Date(Date.UTC(year, month - 1, day + 1) - utcOffsetMinutes * 60_000);
}

interface ParsedDate {
  year: number;
  month: number;
  day: number;
  /** Days since 1970-01-01. */
  epochDay: number;
}

/** Days since 1970-01-01 of a valid ISO date; throws date.invalid for anything else. */
export function epochDayOf(date: IsoDate): number {
  return parseDate(date).epochDay;
}

// Read digit by digit and checked by arithmetic, not by a pattern and formatting the date back: a
// worklist or matrix compares the same few dates thousands of times, and this keeps each check
// cheap without remembering any.
function parseDate(date: IsoDate): ParsedDate {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  const shaped = date.length === 10 && date[4] === '-' && date[7] === '-';
  if (!shaped || year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalid('date.invalid', `'${date}' is not a date like 2024-04-05`, { value: date });
  }
  return { year, month, day, epochDay: daysSinceEpoch(year, month, day) };
}

/** The number written at `from` in `length` digits, or -1 when any is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The ISO date `days` after 1970-01-01 (H. Hinnant's civil_from_days), for years 0 to 9999. */
export function dateOfEpochDay(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function formatDate(epochMs: number): IsoDate {
  return new Date(epochMs).toISOString().slice(0, 10);
}
