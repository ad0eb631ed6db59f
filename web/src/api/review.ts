// The office's review of a filing signed off to it: read it, accept it, or return it with reasons.
import { api } from './client.ts';

export type ReportState = 'draft' | 'submitted' | 'signed_off' | 'returned' | 'accepted';
export type RevisionEvent = 'save' | 'submit' | 'sign_off' | 'return' | 'accept';

export const REVISION_EVENT_LABELS: Record<RevisionEvent, string> = {
  save: '保存',
  submit: '提交审核',
  sign_off: '签发报送',
  return: '退回',
  accept: '采纳',
};

export interface ReportAttachment {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface ReportContentView {
  progress: string;
  selfStatus: string | null;
  selfStatusLabel: string | null;
  percentComplete: number | null;
  indicatorActuals: { indicatorId: number; value: number | null; note?: string }[];
  problems: string;
  nextSteps: string;
  attachments: ReportAttachment[];
}

export interface ReportRevision {
  rev: number;
  event: RevisionEvent;
  state: ReportState;
  at: string;
  reason: string | null;
  late: boolean;
}

export interface ReviewedReport {
  id: number;
  kind: 'unit_input' | 'task_report';
  taskId: number;
  period: string;
  unit: { id: number; name: string };
  state: ReportState;
  stateLabel: string;
  rev: number;
  late: boolean;
  allowedEvents: RevisionEvent[];
  signedOffAt: string | null;
  content: ReportContentView | null;
  returnReasons: string | null;
  revisions: ReportRevision[];
}

/** The most a return reason may hold (the server's limit). */
export const MAX_REASON_LENGTH = 2000;

export const getReviewedReport = async (reportId: number): Promise<ReviewedReport> =>
  (await api<{ report: ReviewedReport }>('GET', `/api/reports/${reportId}`)).report;

export const acceptReport = async (reportId: number, note?: string): Promise<ReviewedReport> =>
  (await api<{ report: ReviewedReport }>('POST', `/api/reports/${reportId}/accept`, note ? { note } : {}))
    .report;

export const returnReport = async (reportId: number, reasons: string): Promise<ReviewedReport> =>
  (await api<{ report: ReviewedReport }>('POST', `/api/reports/${reportId}/return`, { reasons })).report;

export const FILING_KIND_LABELS = { unit_input: '责任单位反馈', task_report: '牵头单位报告' } as const;
