// The one lateness rule. An act is late by the whole city calendar days between its due day and
// the day it happened: 0 on or before the due day, 1 from midnight (city time) after it. A unit
// granted a later date (an approved extension) is measured against that date; an earlier one never
// counts. Filings' late flag, overdue worklist rows, lights and assessment deductions all ask here.
import { CITY_UTC_OFFSET_MINUTES, cityEpochDay } from './city-date.ts';
import { epochDayOf, type IsoDate } from './period.ts';

export interface LatenessInput {
  dueOn: IsoDate;
  /** When the act happened (or now, for "is it overdue yet"). */
  at: Date;
  /** A later due date granted to the unit; an earlier or missing one leaves `dueOn`. */
  extendedDueOn?: IsoDate | null;
  /** Minutes east of UTC; the city's clock unless a test says otherwise. */
  utcOffsetMinutes?: number;
}

export function daysLate(input: LatenessInput): number {
  const dueOn = laterDate(input.dueOn, input.extendedDueOn ?? null);
  const day = cityEpochDay(input.at, input.utcOffsetMinutes ?? CITY_UTC_OFFSET_MINUTES);
  return Math.max(0, day - epochDayOf(dueOn));
}

export function isLate(input: LatenessInput): boolean {
  return daysLate(input) > 0;
}

/** The later of a due date and an extension (ISO dates compare as text). */
export function laterDate(dueOn: IsoDate, extendedDueOn: IsoDate | null): IsoDate {
  if (extendedDueOn === null) return dueOn;
  epochDayOf(extendedDueOn);
  return extendedDueOn > dueOn ? extendedDueOn : dueOn;
}
