// Filings as the API shows them: the actor's cut of the report, ISO times, Chinese labels.
import type { z } from 'zod';
import { allowedEvents } from '../../core/report/report-state.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { REPORT_STATE_LABELS, SELF_STATUS_LABELS } from '../../core/report/report.types.ts';
import type { ReportView } from '../../services/reports/report-views.ts';
import type { AttachmentRecord, RevisionRecord } from '../../services/reports/reports.types.ts';
import type {
  AttachmentSchema,
  ContentSchema,
  ReportSchema,
  RevisionSchema,
} from '../../contracts/report.schema.ts';

type Iso = Date | null;
const iso = (at: Iso) => at?.toISOString() ?? null;

export function presentAttachment(file: AttachmentRecord): z.output<typeof AttachmentSchema> {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt.toISOString(),
  };
}

export function presentContent(content: ReportContent): z.output<typeof ContentSchema> {
  return {
    progress: content.progress,
    selfStatus: content.selfStatus,
    selfStatusLabel: content.selfStatus ? SELF_STATUS_LABELS[content.selfStatus] : null,
    percentComplete: content.percentComplete,
    indicatorActuals: content.indicatorActuals,
    problems: content.problems,
    nextSteps: content.nextSteps,
    attachmentIds: content.attachmentIds,
  };
}

function presentRevision(revision: RevisionRecord): z.output<typeof RevisionSchema> {
  return {
    rev: revision.rev,
    event: revision.event,
    state: revision.state,
    at: revision.createdAt.toISOString(),
    authorAccountId: revision.authorAccountId,
    reason: revision.reason,
    late: revision.late,
    content: presentContent(revision),
  };
}

export function presentReport(view: ReportView): z.output<typeof ReportSchema> {
  const { report } = view;
  const content = view.content && presentContent(view.content);
  return {
    id: report.id,
    kind: report.kind,
    taskId: report.taskId,
    period: view.periodKey,
    unit: { id: report.unitId, name: view.unitName },
    state: report.state,
    stateLabel: REPORT_STATE_LABELS[report.state],
    rev: report.currentRev,
    late: report.late,
    visibility: view.visibility,
    allowedEvents: allowedEvents(report.state),
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
    firstSubmittedAt: iso(report.firstSubmittedAt),
    submittedAt: iso(report.submittedAt),
    signedOffAt: iso(report.signedOffAt),
    returnedAt: iso(report.returnedAt),
    acceptedAt: iso(report.acceptedAt),
    content: content && {
      progress: content.progress,
      selfStatus: content.selfStatus,
      selfStatusLabel: content.selfStatusLabel,
      percentComplete: content.percentComplete,
      indicatorActuals: content.indicatorActuals,
      problems: content.problems,
      nextSteps: content.nextSteps,
      attachments: view.attachments.map(presentAttachment),
    },
    contentRev: view.contentRev,
    returnReasons: view.returnReasons,
    revisions: view.revisions.map(presentRevision),
  };
}
