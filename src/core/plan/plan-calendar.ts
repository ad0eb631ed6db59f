// A plan's calendar: it covers its whole year, so assignments start on 1 January (a Q1 report is
// owed even when the notice is published in April), and it has one period per quarter.
import {
  addDays,
  dueDate,
  periodsOfYear,
  quarterStart,
  type DueDateRule,
  type PeriodKey,
} from '../period/period.ts';
import { invalid } from '../errors.ts';

export interface PlannedPeriod {
  key: PeriodKey;
  /** The quarter's first day. */
  opensOn: string;
  /** From the plan's due rule: N days after the quarter's last day. */
  dueOn: string;
}

export function planStart(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function planPeriods(year: number, rule: DueDateRule): PlannedPeriod[] {
  return periodsOfYear(year).map((key) => ({ key, opensOn: quarterStart(key), dueOn: dueDate(key, rule) }));
}

/** An admin's dates for a period: the due date may not come before the opening. */
export function assertPeriodDates(dates: { opensOn: string; dueOn: string }): void {
  // addDays refuses anything that is not a real calendar date.
  addDays(dates.opensOn, 0);
  addDays(dates.dueOn, 0);
  if (dates.dueOn < dates.opensOn) {
    throw invalid('period.due_before_open', 'the due date comes before the opening date', {
      field: 'dueOn',
      ...dates,
    });
  }
}
