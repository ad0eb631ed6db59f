// The facts assessment is computed from, and the ledger it produces. Facts come from reports,
// reviews, cards and completion checks; each carries a stable id the ledger links back to.
import type { IsoDate, PeriodKey } from '../period/period.ts';
import type { CardColor } from '../supervision/cards.ts';

export type TaskRole = 'lead' | 'co';

interface EventBase {
  /** Stable reference to the record that holds the fact, e.g. 'report:42'. */
  id: string;
  unitId: number;
  taskId: number;
}

/** The unit is assigned the task as lead (牵头责任单位) or co-responsible unit (责任单位). */
export interface TaskAssignedEvent extends EventBase {
  kind: 'task_assigned';
  role: TaskRole;
}

export interface FiledLateEvent extends EventBase {
  kind: 'filed_late';
  period: PeriodKey;
  /** Whole days after the effective due date, at least 1. */
  daysLate: number;
}

/** The period was closed without the unit's input. */
export interface FilingMissingEvent extends EventBase {
  kind: 'filing_missing';
  period: PeriodKey;
}

/** The office returned the unit's report once (退回). */
export interface ReportReturnedEvent extends EventBase {
  kind: 'report_returned';
  period: PeriodKey;
}

export interface CardIssuedEvent extends EventBase {
  kind: 'card_issued';
  cardId: number;
  color: CardColor;
}

/** A red card lowered to yellow after the catch-up was confirmed. */
export interface CardLoweredEvent extends EventBase {
  kind: 'card_lowered';
  cardId: number;
}

/** The office verified the task's completion (办结核验) on a day, against the task's deadline. */
export interface CompletionVerifiedEvent extends EventBase {
  kind: 'completion_verified';
  verifiedOn: IsoDate;
  deadline: IsoDate;
}

export type AssessmentEvent =
  | TaskAssignedEvent
  | FiledLateEvent
  | FilingMissingEvent
  | ReportReturnedEvent
  | CardIssuedEvent
  | CardLoweredEvent
  | CompletionVerifiedEvent;

export type RuleKey =
  | 'task.lead'
  | 'task.co'
  | 'filing.late'
  | 'filing.missing'
  | 'report.returned'
  | 'card.yellow'
  | 'card.red'
  | 'card.lowered'
  | 'completion.on_time';

export interface LedgerLine {
  unitId: number;
  /** Signed, in tenths of a point. */
  points: number;
  ruleKey: RuleKey;
  /** The id of the event that caused the line. */
  eventRef: string;
  explanation: string;
}

export interface UnitResult {
  unitId: number;
  /** The sum of the unit's line items, in tenths of a point. */
  total: number;
  /** Competition ranking: equal totals share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

export interface Ledger {
  /** Line items grouped by unit (ascending id), each unit's in event order. */
  lines: LedgerLine[];
  /** One result per unit in rank order. */
  results: UnitResult[];
}
