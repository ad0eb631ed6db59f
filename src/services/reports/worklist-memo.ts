// Worklists already worked out, by everything an answer depends on: the reference version (plan,
// directory, assignments, periods, rules, extensions), the generation of the unit's filings, and
// the city's date (days to the due date and overdue move at midnight). Both numbers come from the
// database with the request's session, so a write in any process moves the key of every process.
// Each answer is shared between requests: callers read it and never change it.
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/period.ts';
import { localDate } from '../../core/supervision/deadlines.ts';

/** Enough for every unit's four quarters, with room for the previous version while it drains. */
const KEPT = 1024;
const answers = new Map<string, Promise<unknown>>();

export function worklistKey(input: {
  referenceVersion: string;
  unitId: number;
  periodId: number;
  filingGeneration: string;
  now: Date;
}): string {
  const today = localDate(input.now, CITY_UTC_OFFSET_MINUTES);
  return `${input.referenceVersion}|${input.unitId}|${input.periodId}|${input.filingGeneration}|${today}`;
}

export function rememberWorklist<T>(key: string, workOut: () => Promise<T>): Promise<T> {
  const known = answers.get(key);
  if (known) {
    // Most recently used last, so the oldest goes first when the map is full.
    answers.delete(key);
    answers.set(key, known);
    return known as Promise<T>;
  }
  const working = workOut();
  answers.set(key, working);
  // A failed read (a lost connection) is tried again by the next request.
  working.catch(() => answers.delete(key));
  for (const oldest of answers.keys()) {
    if (answers.size <= KEPT) break;
    answers.delete(oldest);
  }
  return working;
}
