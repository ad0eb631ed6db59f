// Filings, their revisions and evidence files as the use cases see them, and the storage they need.
import type { AuditEventInput } from '../audit/audit.types.ts';
import type { IsoDate, PeriodKey } from '../../core/period/period.ts';
import type { PeriodRecord, TaskWithIndicators } from '../plans/plans.types.ts';
import type {
  ReportContent,
  ReportKind,
  ReportState,
  RevisionEvent,
} from '../../core/report/report.types.ts';

export type OwingRole = 'lead' | 'responsible';

/**
 * A unit that owes a filing for a task on a date: the lead files the task report, others inputs.
 * The plans service answers who owes (services/plans/units-owing.ts); reporting asks it through
 * owing-units.ts.
 */
export interface OwingUnit {
  taskId: number;
  unitId: number;
  name: string;
  role: OwingRole;
  /** The group assignment that made the unit owe it (各县市区政府…), if not assigned directly. */
  viaGroup: { id: number; name: string } | null;
}

export interface ReportRecord {
  id: number;
  kind: ReportKind;
  periodId: number;
  taskId: number;
  unitId: number;
  state: ReportState;
  currentRev: number;
  late: boolean;
  createdAt: Date;
  updatedAt: Date;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  signedOffAt: Date | null;
  returnedAt: Date | null;
  acceptedAt: Date | null;
}

export type NewReport = Pick<
  ReportRecord,
  'kind' | 'periodId' | 'taskId' | 'unitId' | 'state' | 'currentRev' | 'createdAt' | 'updatedAt'
>;

export type ReportPatch = Partial<
  Pick<
    ReportRecord,
    | 'state'
    | 'currentRev'
    | 'late'
    | 'updatedAt'
    | 'firstSubmittedAt'
    | 'submittedAt'
    | 'signedOffAt'
    | 'returnedAt'
    | 'acceptedAt'
  >
>;

export interface RevisionRecord extends ReportContent {
  id: number;
  reportId: number;
  rev: number;
  event: RevisionEvent;
  state: ReportState;
  reason: string | null;
  late: boolean;
  authorAccountId: number | null;
  createdAt: Date;
}

export type NewRevision = Omit<RevisionRecord, 'id'>;

export type ReportStanding = Pick<
  ReportRecord,
  'id' | 'taskId' | 'unitId' | 'kind' | 'state' | 'currentRev' | 'late'
>;

export interface ReportSlot {
  periodId: number;
  taskId: number;
  unitId: number;
  kind: ReportKind;
}

export interface AttachmentRecord {
  id: number;
  unitId: number;
  reportId: number | null;
  addedInRev: number | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: number | null;
  uploadedAt: Date;
}

export type NewAttachment = Omit<AttachmentRecord, 'id' | 'reportId' | 'addedInRev'> & {
  content: Uint8Array;
};

export interface StructureTitle {
  /** Numbers from the part down, as on tasks.path. */
  path: string[];
  title: string;
}

export interface ReportsRepository {
  findPeriod(key: PeriodKey): Promise<PeriodRecord | null>;
  findPeriodById(id: number): Promise<PeriodRecord | null>;
  findTask(taskId: number): Promise<TaskWithIndicators | null>;
  findTasks(planId: number): Promise<TaskWithIndicators[]>;
  findStructureTitles(planId: number): Promise<StructureTitle[]>;
  findUnitName(unitId: number, asOf: IsoDate): Promise<string | null>;

  findReport(id: number, options?: { forUpdate?: boolean }): Promise<ReportRecord | null>;
  findReportInSlot(slot: ReportSlot, options?: { forUpdate?: boolean }): Promise<ReportRecord | null>;
  /** The slot's filing locked for update, with its current revision, in one read. */
  lockSlotWithRevision(
    slot: ReportSlot,
  ): Promise<{ report: ReportRecord; current: RevisionRecord | null } | null>;
  /**
   * The same read without a lock, for a save that writes only if nothing moved since (below), with
   * the version of the filing's row that the write checks.
   */
  findSlotWithRevision(
    slot: ReportSlot,
  ): Promise<{ report: ReportRecord; current: RevisionRecord | null; rowVersion: string } | null>;
  /**
   * In one statement: appends `revision` (the next one) and moves the filing to it, with the audit
   * event, only while the filing's row is still the version read. Answers with the row's new
   * version and the filing's steps (its revisions that are not saves) with the new revision last,
   * oldest first; null, and nothing written, when it moved.
   */
  appendSaveIfCurrent(input: {
    expected: { id: number; rowVersion: string };
    revision: NewRevision;
    audit: AuditEventInput;
  }): Promise<{ rowVersion: string; steps: RevisionRecord[] } | null>;
  findReports(query: { periodId: number; taskId?: number; unitId?: number }): Promise<ReportRecord[]>;
  /** Where each of a unit's filings in a period stands (its worklist), without the timestamps. */
  /** A period's filings in brief: one unit's, or every unit's when no unit is named. */
  findStandings(query: { periodId: number; unitId?: number }): Promise<ReportStanding[]>;
  /** null when another save created the same slot first. */
  insertReport(report: NewReport): Promise<ReportRecord | null>;
  updateReport(id: number, patch: ReportPatch): Promise<ReportRecord>;
  appendRevision(revision: NewRevision): Promise<RevisionRecord>;
  findRevision(reportId: number, rev: number): Promise<RevisionRecord | null>;
  findRevisions(reportIds: readonly number[]): Promise<RevisionRecord[]>;

  insertAttachment(attachment: NewAttachment): Promise<AttachmentRecord>;
  findAttachments(ids: readonly number[]): Promise<AttachmentRecord[]>;
  findAttachmentContent(id: number): Promise<Uint8Array | null>;
  /** Ties unlinked files to the report at the revision that first lists them. */
  linkAttachments(ids: readonly number[], reportId: number, rev: number): Promise<void>;
}
