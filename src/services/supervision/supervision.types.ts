// Supervision records as the use cases see them, and the storage they need (db implements it).
import type { PeriodKey, IsoDate } from '../../core/period/period.ts';
import type { IndicatorActual, ReportKind, ReportState, SelfStatus } from '../../core/report/report.types.ts';
import type { Card, CardStep } from '../../core/supervision/cards.ts';
import type { CompletionState } from '../../core/supervision/completion.ts';
import type { ExtensionStatus } from '../../core/supervision/deadlines.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import type { PeriodSnapshot } from '../../core/supervision/snapshot.ts';
import type { HotlineChannel } from '../../core/supervision/hotline.ts';

export interface PlanRulesRecord {
  planId: number;
  rules: PlanRules;
  updatedAt: Date;
  updatedBy: number | null;
}

export interface PlanRulesRepository {
  find(planId: number): Promise<PlanRulesRecord | null>;
  save(record: PlanRulesRecord): Promise<PlanRulesRecord>;
}

export interface CardRecord extends Card {
  periodId: number;
  period: PeriodKey;
  issuedAt: Date;
}

export interface CardQuery {
  planId: number;
  periodId?: number;
  unitId?: number;
  taskId?: number;
}

export interface CardsRepository {
  insert(card: Omit<CardRecord, 'id' | 'history'>, firstStep: CardStep): Promise<CardRecord>;
  find(id: number, options?: { forUpdate?: boolean }): Promise<CardRecord | null>;
  findMany(query: CardQuery): Promise<CardRecord[]>;
  /** Appends the step and moves the card to the step's state and color. */
  addStep(id: number, step: CardStep): Promise<CardRecord>;
}

export interface ExtensionRecord {
  id: number;
  taskId: number;
  unitId: number;
  periodId: number;
  period: PeriodKey;
  requestedDueOn: IsoDate;
  reason: string;
  status: ExtensionStatus;
  grantedDueOn: IsoDate | null;
  decisionReason: string | null;
  requestedAt: Date;
  requestedBy: number | null;
  decidedAt: Date | null;
  decidedBy: number | null;
}

export type NewExtension = Omit<
  ExtensionRecord,
  'id' | 'period' | 'grantedDueOn' | 'decisionReason' | 'decidedAt' | 'decidedBy'
>;

export type ExtensionDecisionPatch = Pick<
  ExtensionRecord,
  'status' | 'grantedDueOn' | 'decisionReason' | 'decidedAt' | 'decidedBy'
>;

/** Requests a unit makes and the office decides: extensions and completion claims. */
interface DecidedRequestsRepository<R, N, P> {
  /** null when an open request already stands in the way (see each repository). */
  insert(request: N): Promise<R | null>;
  find(id: number, options?: { forUpdate?: boolean }): Promise<R | null>;
  decide(id: number, patch: P): Promise<R>;
}

/** insert answers null when the unit already has a pending request for the slot. */
export interface ExtensionsRepository extends DecidedRequestsRepository<
  ExtensionRecord,
  NewExtension,
  ExtensionDecisionPatch
> {
  findMany(query: {
    periodIds: readonly number[];
    unitId?: number;
    taskId?: number;
  }): Promise<ExtensionRecord[]>;
}

export interface CompletionRecord {
  id: number;
  taskId: number;
  unitId: number;
  evidence: string;
  attachmentIds: number[];
  state: CompletionState;
  claimedAt: Date;
  claimedBy: number | null;
  decidedAt: Date | null;
  decidedBy: number | null;
  decisionReason: string | null;
  verifiedOn: IsoDate | null;
}

export type NewCompletion = Pick<
  CompletionRecord,
  'taskId' | 'unitId' | 'evidence' | 'attachmentIds' | 'claimedAt' | 'claimedBy'
>;

export type CompletionDecisionPatch = Pick<
  CompletionRecord,
  'state' | 'decidedAt' | 'decidedBy' | 'decisionReason' | 'verifiedOn'
>;

/** insert answers null when another claim for the task is open or verified. */
export interface CompletionsRepository extends DecidedRequestsRepository<
  CompletionRecord,
  NewCompletion,
  CompletionDecisionPatch
> {
  findForTasks(taskIds: readonly number[]): Promise<CompletionRecord[]>;
  /** Every claim on the plan's tasks, oldest first. */
  findInPlan(planId: number): Promise<CompletionRecord[]>;
}

export { HOTLINE_CHANNELS, type HotlineChannel } from '../../core/supervision/hotline.ts';

export interface HotlineAnswerRecord {
  id: number;
  messageId: number;
  unitId: number;
  text: string;
  answeredAt: Date;
  answeredBy: number | null;
}

export interface HotlineRecord {
  id: number;
  taskId: number;
  channel: HotlineChannel;
  caller: string | null;
  content: string;
  loggedAt: Date;
  loggedBy: number | null;
  answers: HotlineAnswerRecord[];
}

export interface HotlineRepository {
  insert(message: Omit<HotlineRecord, 'id' | 'answers'>): Promise<HotlineRecord>;
  answer(answer: Omit<HotlineAnswerRecord, 'id'>): Promise<HotlineAnswerRecord>;
  find(id: number): Promise<HotlineRecord | null>;
  findForTask(taskId: number): Promise<HotlineRecord[]>;
}

export interface SnapshotRecord {
  periodId: number;
  takenAt: Date;
  takenBy: number | null;
  data: PeriodSnapshot;
}

export interface SnapshotsRepository {
  find(periodId: number): Promise<SnapshotRecord | null>;
  /** Freezes the period and stores its snapshot. */
  closePeriod(snapshot: SnapshotRecord): Promise<void>;
}

/** A filing as the office holds it: first arrival, returns and the latest version that left the unit. */
export interface FilingFact {
  reportId: number;
  periodId: number;
  taskId: number;
  unitId: number;
  kind: ReportKind;
  state: ReportState;
  late: boolean;
  /** The first sign-off; null while the filing has not reached the office. */
  firstSignedOffAt: Date | null;
  /** The revisions holding each return, oldest first. */
  returnRevisionIds: number[];
  selfStatus: SelfStatus | null;
  percentComplete: number | null;
  indicatorActuals: IndicatorActual[];
}

export interface SupervisionFactsRepository {
  findFilingFacts(periodIds: readonly number[]): Promise<FilingFact[]>;
}
