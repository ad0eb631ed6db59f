// The city's clock. Due dates, "today" and as-of reads are calendar days where the office works
// (China Standard Time, UTC+8 all year, no daylight saving), never days in UTC.
import type { IsoDate } from './period.ts';

/** Minutes east of UTC of the city's clock; the one definition every layer (and the web) uses. */
export const CITY_UTC_OFFSET_MINUTES = 480;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the calendar day an instant falls on in the city. */
export function cityEpochDay(at: Date, utcOffsetMinutes = CITY_UTC_OFFSET_MINUTES): number {
  return Math.floor((at.getTime() + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** The calendar day an instant falls on in the city, YYYY-MM-DD. */
export function cityDate(at: Date, utcOffsetMinutes = CITY_UTC_OFFSET_MINUTES): IsoDate {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
