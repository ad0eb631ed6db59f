// Report, revision and attachment rows <-> the records the reporting use cases see.
import {
  REPORT_KINDS,
  REPORT_STATES,
  REVISION_EVENTS,
  SELF_STATUSES,
} from '../../core/report/report.types.ts';
import type {
  AttachmentRecord,
  ReportRecord,
  ReportStanding,
  RevisionRecord,
} from '../../services/reports/reports.types.ts';
import type { attachments, reportRevisions, reports } from '../schema/index.ts';

/** A text column holding one of a fixed set; anything else means the database was changed by hand. */
function oneOf<T extends string>(values: readonly T[], value: string, column: string): T {
  const found = values.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`unexpected '${value}' in ${column}`);
  return found;
}

/** The worklist's and the matrix's narrow read of a filing. */
export function toReportStanding(
  row: Pick<
    typeof reports.$inferSelect,
    'id' | 'taskId' | 'unitId' | 'kind' | 'state' | 'currentRev' | 'late'
  >,
): ReportStanding {
  return {
    ...row,
    kind: oneOf(REPORT_KINDS, row.kind, 'reports.kind'),
    state: oneOf(REPORT_STATES, row.state, 'reports.state'),
  };
}

export function toReportRecord(row: typeof reports.$inferSelect): ReportRecord {
  return {
    ...row,
    kind: oneOf(REPORT_KINDS, row.kind, 'reports.kind'),
    state: oneOf(REPORT_STATES, row.state, 'reports.state'),
  };
}

export function toRevisionRecord(row: typeof reportRevisions.$inferSelect): RevisionRecord {
  return {
    id: row.id,
    reportId: row.reportId,
    rev: row.rev,
    event: oneOf(REVISION_EVENTS, row.event, 'report_revisions.event'),
    state: oneOf(REPORT_STATES, row.state, 'report_revisions.state'),
    progress: row.progress,
    selfStatus:
      row.selfStatus === null ? null : oneOf(SELF_STATUSES, row.selfStatus, 'report_revisions.self_status'),
    percentComplete: row.percentComplete,
    indicatorActuals: row.indicatorActuals,
    problems: row.problems,
    nextSteps: row.nextSteps,
    attachmentIds: row.attachmentIds,
    reason: row.reason,
    late: row.late,
    authorAccountId: row.authorAccountId,
    createdAt: row.createdAt,
  };
}

export function toAttachmentRecord(
  row: Pick<typeof attachments.$inferSelect, keyof AttachmentRecord>,
): AttachmentRecord {
  return {
    id: row.id,
    unitId: row.unitId,
    reportId: row.reportId,
    addedInRev: row.addedInRev,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt,
  };
}
