// The rules behind the red/yellow/green lights (红黄绿灯), kept as data so the office can read,
// publish and change them per plan without touching code.

export type Light = 'green' | 'yellow' | 'red';

export const LIGHT_LABELS = { green: '绿灯', yellow: '黄灯', red: '红灯' } as const satisfies Record<
  Light,
  string
>;

/** One condition a period's input can meet. Day and count thresholds are inclusive minimums. */
export type LightCondition =
  /**
   * The input was filed at least this many days after its due date. Once the office accepts the
   * report the lateness is on record (and in the assessment) but no longer colours the light,
   * unless `afterAcceptance` says it should.
   */
  | { kind: 'filed_late'; minDays: number; afterAcceptance?: boolean }
  /** The input is still missing this many days after its due date. */
  | { kind: 'missing'; minDays: number }
  /** Percent complete trails the elapsed share of the year by more than this many points. */
  | { kind: 'progress_gap'; overPoints: number }
  /** At least this many indicators are 欠进度. */
  | { kind: 'indicator_behind'; minCount: number }
  /** The unit itself reports the task as 滞后. */
  | { kind: 'self_reported_behind' }
  /** The office returned the report at least this many times in the period (until it accepts it, unless `afterAcceptance`). */
  | { kind: 'returned'; minTimes: number; afterAcceptance?: boolean };

export interface LightRule {
  /** Stable key, shown beside the reason and used when the office edits its rules. */
  key: string;
  light: Exclude<Light, 'green'>;
  when: LightCondition;
}

export interface LightRules {
  rules: readonly LightRule[];
}

/**
 * The defaults. Yellow: filed 1–5 days late or missing up to 5 days past due, more than 10 points
 * behind the calendar, any indicator 欠进度, self-reported 滞后, returned once. Red: filed or
 * missing 6 or more days past due, more than 25 points behind, returned twice.
 * A completed task whose completion the office verified is green whatever else holds.
 */
export const DEFAULT_LIGHT_RULES: LightRules = {
  rules: [
    { key: 'filing.late', light: 'yellow', when: { kind: 'filed_late', minDays: 1 } },
    { key: 'filing.very_late', light: 'red', when: { kind: 'filed_late', minDays: 6 } },
    { key: 'filing.missing', light: 'yellow', when: { kind: 'missing', minDays: 1 } },
    { key: 'filing.long_missing', light: 'red', when: { kind: 'missing', minDays: 6 } },
    { key: 'progress.behind', light: 'yellow', when: { kind: 'progress_gap', overPoints: 10 } },
    { key: 'progress.far_behind', light: 'red', when: { kind: 'progress_gap', overPoints: 25 } },
    { key: 'indicator.behind', light: 'yellow', when: { kind: 'indicator_behind', minCount: 1 } },
    { key: 'status.behind', light: 'yellow', when: { kind: 'self_reported_behind' } },
    { key: 'report.returned', light: 'yellow', when: { kind: 'returned', minTimes: 1 } },
    { key: 'report.returned_twice', light: 'red', when: { kind: 'returned', minTimes: 2 } },
  ],
};
