// Where a unit stands with one filing, as the worklist and the office's matrix show it, and the
// tallies per unit and per section. Overdue (逾期) means not yet with the office after the due day.
import type { IsoDate } from '../period/period.ts';
import { laterDate, isLate } from '../period/lateness.ts';
import { CITY_UTC_OFFSET_MINUTES } from '../period/city-date.ts';
import { daysBetween, localDate } from '../supervision/deadlines.ts';
import { PROGRESS_LABELS as CODE_LABELS } from './report-labels.ts';
import type { ReportState } from './report.types.ts';

export const PROGRESS_CODES = [
  'todo',
  'draft',
  'awaiting_sign_off',
  'submitted',
  'returned',
  'accepted',
  'overdue',
] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

export const PROGRESS_LABELS = CODE_LABELS satisfies Record<ProgressCode, string>;

const CODE_OF_STATE = {
  draft: 'draft',
  submitted: 'awaiting_sign_off',
  signed_off: 'submitted',
  returned: 'returned',
  accepted: 'accepted',
} as const satisfies Record<ReportState, ProgressCode>;

/** Codes meaning the office has not received the filing yet. */
const NOT_FILED: readonly ProgressCode[] = ['todo', 'draft', 'awaiting_sign_off'];

export interface FilingProgress {
  code: ProgressCode;
  label: string;
  /** Not with the office and the due day is over. */
  overdue: boolean;
  /** Reached the office after the due day (kept even once accepted). */
  late: boolean;
  /** Calendar days from today (city time) to the due date; negative once it has passed. */
  daysToDue: number;
  dueOn: IsoDate;
}

export function filingProgress(input: {
  report: { state: ReportState; late: boolean } | null;
  dueOn: IsoDate;
  extendedDueOn?: IsoDate | null;
  now: Date;
}): FilingProgress {
  const dueOn = laterDate(input.dueOn, input.extendedDueOn ?? null);
  const base: ProgressCode = input.report ? CODE_OF_STATE[input.report.state] : 'todo';
  const overdue = NOT_FILED.includes(base) && isLate({ dueOn, at: input.now });
  const code = overdue ? 'overdue' : base;
  return {
    code,
    label: PROGRESS_LABELS[code],
    overdue,
    late: input.report?.late ?? false,
    daysToDue: daysBetween(localDate(input.now, CITY_UTC_OFFSET_MINUTES), dueOn),
    dueOn,
  };
}

export type ProgressCounts = Record<ProgressCode, number> & { owed: number; late: number };

export function emptyCounts(): ProgressCounts {
  return {
    owed: 0,
    late: 0,
    todo: 0,
    draft: 0,
    awaiting_sign_off: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
    overdue: 0,
  };
}

/** Tallies filings by a key (a unit, a section): how many are owed, in each state, and late. */
export function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  progressOf: (item: T) => Pick<FilingProgress, 'code' | 'late'>,
): Map<string, ProgressCounts> {
  const result = new Map<string, ProgressCounts>();
  for (const item of items) {
    const key = keyOf(item);
    const counts = result.get(key) ?? emptyCounts();
    const progress = progressOf(item);
    counts.owed += 1;
    counts[progress.code] += 1;
    if (progress.late) counts.late += 1;
    result.set(key, counts);
  }
  return result;
}
