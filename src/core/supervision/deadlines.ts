// When a unit's input for a task is due, and how late it is. Calendar dates stay ISO strings; an
// instant becomes a date only through the city's UTC offset, so a filing at 23:30 Beijing time
// counts for that day whatever the server's zone.
import type { IsoDate, PeriodKey } from '../period/period.ts';
import { addDays, dateOfEpochDay, epochDayOf } from '../period/period.ts';
import { invalid } from '../errors.ts';

const DAY_MS = 86_400_000;
/** A year and a bit: no real holiday list closes that many days in a row. */
const MAX_SHIFT_DAYS = 400;

export type ExtensionStatus = 'pending' | 'approved' | 'rejected';

/** An extension request (延期申请) for one unit's input on one task in one period. */
export interface Extension {
  id: number;
  unitId: number;
  taskId: number;
  period: PeriodKey;
  status: ExtensionStatus;
  /** The due date asked for and, once approved, granted. */
  newDueOn: IsoDate;
}

/** Days off as data: the State Council publishes holidays and make-up workdays (调休) each year. */
export interface WorkCalendar {
  /** When true a due date on a weekend or holiday moves to the next working day (Monday, usually). */
  shiftOffDays: boolean;
  holidays: readonly IsoDate[];
  /** Weekend days that are working days (调休上班). */
  workdays: readonly IsoDate[];
}

export interface DueDateQuery {
  /** The period's due date from the plan (period.dueDate). */
  baseDueOn: IsoDate;
  unitId: number;
  /** Groups the unit belongs to (各县市区政府…): an extension granted to a group covers its members. */
  groupIds?: readonly number[];
  taskId: number;
  period: PeriodKey;
  extensions: readonly Extension[];
  calendar?: WorkCalendar;
}

export interface EffectiveDueDate {
  dueOn: IsoDate;
  baseDueOn: IsoDate;
  /** The approved extension that set the date, if any. */
  extension: Extension | null;
  /** The date before it moved off a weekend or holiday, if it moved. */
  shiftedFrom: IsoDate | null;
}

export function effectiveDueDate(query: DueDateQuery): EffectiveDueDate {
  const extension = grantedExtension(query);
  const granted = extension ? extension.newDueOn : query.baseDueOn;
  const dueOn = query.calendar?.shiftOffDays ? nextWorkingDay(granted, query.calendar) : granted;
  return {
    dueOn,
    baseDueOn: query.baseDueOn,
    extension,
    shiftedFrom: dueOn === granted ? null : granted,
  };
}

/**
 * The approved extension with the latest date among those for this unit (or its groups), task
 * and period. An extension never brings a date forward: one earlier than the plan's is ignored.
 */
function grantedExtension(query: DueDateQuery): Extension | null {
  const owners = new Set([query.unitId, ...(query.groupIds ?? [])]);
  let best: Extension | null = null;
  for (const extension of query.extensions) {
    const applies =
      extension.status === 'approved' &&
      owners.has(extension.unitId) &&
      extension.taskId === query.taskId &&
      extension.period === query.period &&
      daysBetween(query.baseDueOn, extension.newDueOn) > 0;
    if (applies && (!best || daysBetween(best.newDueOn, extension.newDueOn) > 0)) best = extension;
  }
  return best;
}

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

export function nextWorkingDay(date: IsoDate, calendar: WorkCalendar): IsoDate {
  let day = date;
  for (let step = 0; step < MAX_SHIFT_DAYS; step += 1) {
    if (isWorkingDay(day, calendar)) return day;
    day = addDays(day, 1);
  }
  throw invalid('calendar.no_working_day', `no working day within ${MAX_SHIFT_DAYS} days of ${date}`, {
    date,
  });
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(epochDay(date) * DAY_MS).getUTCDay();
}

/** The calendar date an instant falls on in the city (offset in minutes east of UTC, 480 for China). */
export function localDate(at: Date, utcOffsetMinutes: number): IsoDate {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw invalid('date.invalid_instant', 'the instant is not a valid time');
  // By arithmetic rather than through toISOString: a list asks for the same instant once per row.
  return dateOfEpochDay(Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS));
}

/** Whole calendar days from one date to another (negative when `to` comes first). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

function epochDay(date: IsoDate): number {
  return epochDayOf(date);
}
