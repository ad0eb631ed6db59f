// Answers already worked out (a unit's worklist, the office's matrix), by everything an answer
// depends on: the reference version (plan, directory, assignments, periods, rules, extensions),
// the generation of the filings it shows, and the city's date (days to the due date and overdue
// move at midnight). The version and the generation come from the database with the request's
// session, so a write in any process moves the key in every process.
// One answer is kept per place (a unit's worklist for a period, a period's matrix): a new key
// replaces the old answer at once, so memory holds one answer per place however often it changes.
// Each answer is shared between requests: callers read it and never change it.
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/city-date.ts';
import { localDate } from '../../core/supervision/deadlines.ts';

export interface SharedAnswers {
  /** The answer kept for `place` under `key`, or `workOut()`'s, kept in its stead. */
  answer<T>(place: string, key: string, workOut: () => Promise<T>): Promise<T>;
}

/** Every unit's four quarters and the matrices, with room to spare. */
export const PLACES_KEPT = 1024;

export function answerKey(input: { referenceVersion: string; filingGeneration: string; now: Date }): string {
  const today = localDate(input.now, CITY_UTC_OFFSET_MINUTES);
  return `${input.referenceVersion}|${input.filingGeneration}|${today}`;
}

export function createSharedAnswers(placesKept = PLACES_KEPT): SharedAnswers {
  const places = new Map<string, { key: string; answer: Promise<unknown> }>();
  return {
    answer<T>(place: string, key: string, workOut: () => Promise<T>): Promise<T> {
      const known = places.get(place);
      // Most recently used last, so the place unused longest goes first when the map is full.
      places.delete(place);
      if (known?.key === key) {
        places.set(place, known);
        return known.answer as Promise<T>;
      }
      const entry = { key, answer: workOut() as Promise<unknown> };
      places.set(place, entry);
      // A failed read (a lost connection) is tried again by the next request.
      entry.answer.catch(() => {
        if (places.get(place) === entry) places.delete(place);
      });
      for (const oldest of places.keys()) {
        if (places.size <= placesKept) break;
        places.delete(oldest);
      }
      return entry.answer as Promise<T>;
    },
  };
}
