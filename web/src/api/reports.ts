// Quarterly filings: a unit's worklist, a task in a period, saving and moving a filing, evidence files.
import type { OneReport, SaveReportBody } from '../../../src/contracts/report.schema.ts';
import { api } from './client.ts';
import type {
  Attachment,
  FilingContent,
  LeadInputs,
  Published,
  Report,
  ReportKind,
  TaskPeriodView,
  Worklist,
} from './reports.types.ts';

const taskPeriodPath = (taskId: number, periodKey: string) =>
  `/api/tasks/${taskId}/periods/${encodeURIComponent(periodKey)}`;

export const fetchWorklist = (periodKey: string): Promise<Worklist> =>
  api<Worklist>('GET', `/api/worklist?period=${encodeURIComponent(periodKey)}`);

export const fetchTaskPeriod = (taskId: number, periodKey: string): Promise<TaskPeriodView> =>
  api<TaskPeriodView>('GET', taskPeriodPath(taskId, periodKey));

/** The lead unit's view of its co-units' filed inputs. */
export const fetchLeadInputs = (taskId: number, periodKey: string): Promise<LeadInputs> =>
  api<LeadInputs>('GET', `${taskPeriodPath(taskId, periodKey)}/inputs`);

export interface SaveFiling {
  kind: ReportKind;
  taskId: number;
  periodKey: string;
  /** The revision the edit started from; 0 before the first save. */
  baseRev: SaveReportBody['baseRev'];
  content: FilingContent & { attachmentIds: number[] };
}

export async function saveFiling({ kind, taskId, periodKey, baseRev, content }: SaveFiling): Promise<Report> {
  const path = `${taskPeriodPath(taskId, periodKey)}/${kind === 'task_report' ? 'task-report' : 'unit-input'}`;
  const body: SaveReportBody = { baseRev, ...content };
  const { report } = await api<OneReport>('PUT', path, body);
  return report;
}

export type FilingStep = 'submit' | 'sign-off';

export async function moveFiling(reportId: number, step: FilingStep): Promise<Report> {
  const { report } = await api<OneReport>('POST', `/api/reports/${reportId}/${step}`, {});
  return report;
}

export async function uploadAttachment(file: File): Promise<Attachment> {
  // The server takes exactly one part: the file.
  const form = new FormData();
  form.append('file', file, file.name);
  const { attachment } = await api<{ attachment: Attachment }>('POST', '/api/attachments', form);
  return attachment;
}

/** A plain link downloads with the session cookie; the server names the file. */
export const attachmentUrl = (attachmentId: number): string => `/api/attachments/${attachmentId}`;

export const fetchPublished = (periodKey: string): Promise<Published> =>
  api<Published>('GET', `/api/published?period=${encodeURIComponent(periodKey)}`);
