// What the quality flags read in bulk: the versions of a plan's filings (the one the office sees,
// or a unit's own current revision), and the office's dismissals of flags on them.
import type { ReportContent, ReportKind, ReportState } from '../../core/report/report.types.ts';

/** One filing's version as the flags read it: its content and the revision that content dates from. */
export interface QualityVersion {
  reportId: number;
  periodId: number;
  taskId: number;
  unitId: number;
  kind: ReportKind;
  state: ReportState;
  /** The revision read. */
  rev: number;
  /** The last save at or before `rev`: the revision whose content this is (dismissals name it). */
  contentRev: number;
  content: ReportContent;
}

export interface VersionQuery {
  periodIds: readonly number[];
  /** Only these tasks' filings (all when left out). */
  taskIds?: readonly number[];
}

export interface DismissalRecord {
  id: number;
  reportId: number;
  contentRev: number;
  flag: string;
  reason: string;
  dismissedBy: number | null;
  /** The dismissing account's display name, when it still exists. */
  dismissedByName: string | null;
  dismissedAt: Date;
}

export type NewDismissal = Omit<DismissalRecord, 'id' | 'dismissedByName'>;

export interface QualityRepository {
  /** The latest version that left each unit (sign-off, return, accept), one per report. */
  findFiledVersions(query: VersionQuery): Promise<QualityVersion[]>;
  /** The current revision of each of the unit's reports, one per report. */
  findCurrentVersions(query: VersionQuery & { unitId: number }): Promise<QualityVersion[]>;
  findDismissals(reportIds: readonly number[]): Promise<DismissalRecord[]>;
  /** Null when the flag is already dismissed on that content (the unique key holds). */
  dismiss(dismissal: NewDismissal): Promise<DismissalRecord | null>;
}
