// The facts assessment is computed from, and the ledger it produces. Facts come from reports,
// reviews, cards and completion checks; each carries a stable id the ledger links back to. The
// ledger weighs each kind of fact by its share of the unit's owed filings (or led tasks).
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

/** The unit owes this filing in a period that has begun: the denominator of its shares. */
export interface FilingOwedEvent extends EventBase {
  kind: 'filing_owed';
  period: PeriodKey;
}

export interface FiledLateEvent extends EventBase {
  kind: 'filed_late';
  period: PeriodKey;
  /** Whole days after the effective due date, at least 1. */
  daysLate: number;
}

/** The filing is overdue and not filed: final once the period is closed, provisional before. */
export interface FilingMissingEvent extends EventBase {
  kind: 'filing_missing';
  period: PeriodKey;
  provisional: boolean;
  /** Whole days past the effective due date (as of today, or the closing). */
  daysOverdue?: number;
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
  | FilingOwedEvent
  | FiledLateEvent
  | FilingMissingEvent
  | ReportReturnedEvent
  | CardIssuedEvent
  | CardLoweredEvent
  | CompletionVerifiedEvent;

export type RuleKey =
  | 'base.full'
  | 'filing.late'
  | 'filing.missing'
  | 'report.returned'
  | 'card.yellow'
  | 'card.red'
  | 'card.lowered'
  | 'completion.on_time';

/** One rule's result for a unit: count ÷ base × weight, rounded to tenths. */
export interface LedgerLine {
  unitId: number;
  /** Signed, in tenths of a point. */
  points: number;
  ruleKey: RuleKey;
  /** How many facts the rule counted (1 for the full score). */
  count: number;
  /** What the count is divided by: owed filings or led tasks (1 for the full score). */
  base: number;
  /** How many of the counted facts are provisional (overdue filings of a quarter still open). */
  provisional: number;
  explanation: string;
}

/** One fact behind a line, with the record it comes from. */
export interface LedgerFact {
  unitId: number;
  ruleKey: RuleKey;
  eventRef: string;
  explanation: string;
  provisional: boolean;
}

export interface UnitResult {
  unitId: number;
  /** The sum of the unit's line items, in tenths of a point. */
  total: number;
  /** Competition ranking: equal totals share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

export interface UnitBasis {
  unitId: number;
  owedFilings: number;
  leadTasks: number;
  /** Some counted fact is provisional: the total may still change when a quarter closes. */
  provisional: boolean;
}

export interface Ledger {
  /** Line items grouped by unit (ascending id), each unit's in rule order. */
  lines: LedgerLine[];
  /** The facts behind the lines, grouped like them. */
  facts: LedgerFact[];
  /** One result per unit in rank order. */
  results: UnitResult[];
  /** What each unit's shares are taken of, by unit id. */
  bases: UnitBasis[];
}
