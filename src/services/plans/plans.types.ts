// Plans, their structure, periods, import previews and tasks as the use cases see them, and the
// repositories they need (the db layer implements them).
import type { IsoDate, PeriodKey } from '../../core/period/period.ts';
import type { RecordedDecision } from '../../core/plan/import-decision.types.ts';
import type {
  Assignment,
  ColumnRole,
  Cadence,
  ImportIssue,
  ImportResult,
  Indicator,
  SourceFormat,
  StructureKind,
  StructureNode,
  TaskMilestone,
} from '../../core/plan/plan.types.ts';

/** Reads a notice's bytes into the structured plan; the composition root passes the importer. */
export type NoticeReader = (input: {
  bytes: Uint8Array;
  fileName?: string;
  columnRoles?: readonly ColumnRole[];
}) => Promise<ImportResult>;

export type PlanState = 'draft' | 'active' | 'archived';
export type PeriodState = 'scheduled' | 'open' | 'closed';
export type AssignmentRole = 'lead' | 'responsible';

export interface PlanRecord {
  id: number;
  year: number;
  title: string | null;
  issuer: string | null;
  publishedAt: string | null;
  deadline: string | null;
  cadence: Cadence | null;
  hotline: string | null;
  announcedTaskCount: number | null;
  state: PlanState;
  dueDaysAfterQuarterEnd: number;
  sourceFormat: SourceFormat | null;
  sourceFileName: string | null;
  sourceEncoding: string | null;
  importedAt: Date;
  importedBy: number | null;
}

export type NewPlan = Omit<PlanRecord, 'id'>;

export interface StructureNodeRecord {
  id: number;
  planId: number;
  parentId: number | null;
  kind: StructureKind;
  number: string;
  title: string;
  path: string[];
  position: number;
}

/** A plan's reporting period (one quarter): the one record every service reads periods as. */
export interface PeriodRecord {
  id: number;
  planId: number;
  key: PeriodKey;
  opensOn: IsoDate;
  dueOn: IsoDate;
  state: PeriodState;
  closedAt: Date | null;
}

export interface NewImportIssue extends ImportIssue {
  planId: number;
  resolvedAt: Date | null;
  resolvedBy: number | null;
}

export interface PreviewRecord {
  id: number;
  fileName: string | null;
  result: ImportResult;
  /** The notice's bytes (null for previews kept from before they were stored). */
  source: Uint8Array | null;
  /** The column roles the result was read with; null when read by the header. */
  columnRoles: ColumnRole[] | null;
  decisions: RecordedDecision[];
  createdAt: Date;
  createdBy: number | null;
  expiresAt: Date;
}

export interface PlanCounts {
  tasks: number;
  inferred: number;
  confirmed: number;
  indicators: number;
  openIssues: number;
}

export interface PlansRepository {
  findByYear(year: number): Promise<PlanRecord | null>;
  findAll(): Promise<(PlanRecord & { taskCount: number })[]>;
  insert(plan: NewPlan): Promise<PlanRecord>;
  /** Writes the tree; returns each node's id by its path joined with '/'. */
  insertStructure(planId: number, structure: readonly StructureNode[]): Promise<Map<string, number>>;
  findStructure(planId: number): Promise<StructureNodeRecord[]>;
  insertPeriods(rows: Omit<PeriodRecord, 'id' | 'state' | 'closedAt'>[]): Promise<void>;
  findPeriods(planId: number): Promise<PeriodRecord[]>;
  updatePeriodDates(periodId: number, dates: { opensOn: string; dueOn: string }): Promise<PeriodRecord>;
  /** The plan's completion date (完成时限), e.g. when a notice is used for another year. */
  updateDeadline(planId: number, deadline: string | null): Promise<PlanRecord>;
  insertIssues(rows: NewImportIssue[]): Promise<void>;
  counts(planId: number): Promise<PlanCounts>;
  insertPreview(preview: Omit<PreviewRecord, 'id'>): Promise<PreviewRecord>;
  /** `forUpdate` locks the row until the transaction ends (one decision at a time). */
  findPreview(id: number, forUpdate?: boolean): Promise<PreviewRecord | null>;
  deletePreview(id: number): Promise<void>;
  /** Replaces what the preview holds after a decision (or a new reading). */
  updatePreview(
    id: number,
    change: Pick<PreviewRecord, 'decisions'> & Partial<Pick<PreviewRecord, 'result' | 'columnRoles'>>,
  ): Promise<void>;
  deleteExpiredPreviews(now: Date): Promise<number>;
}

/** A task as stored: the one task record; readers that need less take a Pick of it. */
export interface TaskRecord {
  id: number;
  planId: number;
  seq: number;
  structureNodeId: number | null;
  path: string[];
  text: string;
  assignmentCertainty: Assignment;
  assignmentConfirmedAt: Date | null;
  assignmentConfirmedBy: number | null;
  complete: boolean;
  sourceLine: number | null;
  leaderName: string | null;
  /** The task's plan for each quarter the notice's schedule fills (进度安排), in quarter order. */
  milestones: TaskMilestone[];
  /** The previous year's task this one carries on. */
  carriedFromTaskId: number | null;
}

export type NewTask = Omit<TaskRecord, 'id'>;

export interface IndicatorRecord extends Omit<Indicator, 'value'> {
  id: number;
  taskId: number;
  position: number;
  /** Target in base units. */
  targetValue: number;
}

/** What filing and supervision read of a task indicator's target. */
export type TaskIndicator = Pick<
  IndicatorRecord,
  'id' | 'metric' | 'targetValue' | 'unit' | 'comparator' | 'raw'
>;

/**
 * A task as filing and supervision read it: its place in the notice, its quarter milestones and its
 * indicators' targets.
 */
export type TaskWithIndicators = Pick<
  TaskRecord,
  'id' | 'planId' | 'seq' | 'path' | 'text' | 'milestones'
> & {
  indicators: TaskIndicator[];
};

export interface AssignmentRecord {
  id: number;
  taskId: number;
  unitId: number;
  role: AssignmentRole;
  /** Order of the unit in the notice's cell. */
  position: number;
  validFrom: string;
  /** Exclusive; null while current. */
  validTo: string | null;
  /** import or manual. */
  source: string;
  reason: string | null;
  createdAt: Date;
  createdBy: number | null;
}

export type NewAssignment = Omit<AssignmentRecord, 'id'>;

export interface TaskFilter {
  /** Tasks assigned (on `asOf`) to any of these units. */
  unitIds?: readonly number[];
  asOf: string;
  /** Structure path prefix, e.g. ['二', '一']. */
  pathPrefix?: readonly string[];
  /** Words the task's text contains (case-insensitive). */
  text?: string;
}

export interface TasksRepository {
  insertMany(tasks: NewTask[]): Promise<TaskRecord[]>;
  insertIndicators(rows: Omit<IndicatorRecord, 'id'>[]): Promise<void>;
  insertAssignments(rows: NewAssignment[]): Promise<AssignmentRecord[]>;
  findByPlan(planId: number, filter: TaskFilter): Promise<TaskRecord[]>;
  findBySeq(planId: number, seq: number): Promise<TaskRecord | null>;
  findById(taskId: number): Promise<TaskRecord | null>;
  /** The tasks with these ids, in 序号 order; unknown ids are left out. */
  findByIds(taskIds: readonly number[]): Promise<TaskRecord[]>;
  findIndicators(taskIds: readonly number[]): Promise<IndicatorRecord[]>;
  /** Every assignment row of the tasks, past and current, in task and position order. */
  findAssignments(taskIds: readonly number[]): Promise<AssignmentRecord[]>;
  /** Assignment rows of a unit that still hold on or after the date. */
  findAssignmentsOfUnitFrom(unitId: number, date: string): Promise<AssignmentRecord[]>;
  endAssignment(assignmentId: number, validTo: string): Promise<AssignmentRecord>;
}
