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
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
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

/**
 * Dates already checked, so a worklist or matrix that compares the same few dates thousands of
 * times checks each once. Cleared when it grows large, so odd input cannot hold memory.
 */
const parsedDates = new Map<string, ParsedDate>();
const PARSED_DATES_KEPT = 4096;

/** Days since 1970-01-01 of a valid ISO date; throws date.invalid for anything else. */
export function epochDayOf(date: IsoDate): number {
  return parseDate(date).epochDay;
}

function parseDate(date: IsoDate): ParsedDate {
  const known = parsedDates.get(date);
  if (known) return known;
  const parsed = checkDate(date);
  if (parsedDates.size >= PARSED_DATES_KEPT) parsedDates.clear();
  parsedDates.set(date, parsed);
  return parsed;
}

function checkDate(date: IsoDate): ParsedDate {
  const match = DATE_PATTERN.exec(date);
  const parsed = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  const epochMs = parsed ? Date.UTC(parsed.year, parsed.month - 1, parsed.day) : Number.NaN;
  if (!parsed || !Number.isFinite(epochMs) || formatDate(epochMs) !== date) {
    throw invalid('date.invalid', `'${date}' is not a date like 2024-04-05`, { value: date });
  }
  return { ...parsed, epochDay: epochMs / DAY_MS };
}

function formatDate(epochMs: number): IsoDate {
  return new Date(epochMs).toISOString().slice(0, 10);
}
