// The office's review of a filing signed off to it: read it, accept it, or return it with reasons.
// The report's shape is the one the unit pages use (reports.types.ts).
import { REVISION_EVENT_LABELS as EVENT_LABELS } from '../../../src/core/report/report-labels.ts';
import { api } from './client.ts';
import type { Report, ReportKind, RevisionEvent } from './reports.types.ts';

export type ReviewedReport = Report;

export const REVISION_EVENT_LABELS: Record<RevisionEvent, string> = EVENT_LABELS;

export const FILING_KIND_LABELS: Record<ReportKind, string> = {
  unit_input: '责任单位反馈',
  task_report: '牵头单位报告',
};

/** The most a return reason may hold (the server's limit, core report-state). */
export { MAX_REASON_LENGTH } from '../../../src/core/report/report-state.ts';

export const getReviewedReport = async (reportId: number): Promise<Report> =>
  (await api<{ report: Report }>('GET', `/api/reports/${reportId}`)).report;

export const acceptReport = async (reportId: number): Promise<Report> =>
  (await api<{ report: Report }>('POST', `/api/reports/${reportId}/accept`, {})).report;

export const returnReport = async (reportId: number, reasons: string): Promise<Report> =>
  (await api<{ report: Report }>('POST', `/api/reports/${reportId}/return`, { reasons })).report;
