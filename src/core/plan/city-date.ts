// The calendar day in the city: dates of directory changes and as-of reads default to "today"
// where the office works (China Standard Time), not in UTC.

export const CITY_UTC_OFFSET_MINUTES = 480;

export function cityDate(at: Date, utcOffsetMinutes = CITY_UTC_OFFSET_MINUTES): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
