// Importing a notice: upload for a preview, then commit with the admin's decisions (admin only).
import { api } from './client.ts';
import type { Plan } from './plans.ts';

export type Certainty = 'certain' | 'inferred';
export type UnitMatchStatus = 'known' | 'new' | 'unknown';

export interface PreviewTask {
  seq: number;
  line: number;
  path: string[];
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  assignment: Certainty;
  complete: boolean;
  indicators: { metric: string; value: number; unit: string; comparator: string; raw: string }[];
  leaderName: string | null;
}

export interface ImportIssue {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  line: number | null;
  taskSeq: number | null;
}

/** What must be settled before the commit. */
export interface ImportProblem {
  code: string;
  message: string;
  seq: number | null;
  line: number | null;
  field: string | null;
  unit?: string;
}

export interface ImportPreview {
  id: number;
  fileName: string | null;
  expiresAt: string;
  source: { format: string; encoding: string | null; fileName: string | null };
  plan: {
    title: string | null;
    issuer: string | null;
    year: number | null;
    publishedAt: string | null;
    deadline: string | null;
    cadence: string | null;
    hotline: string | null;
    announcedTaskCount: number | null;
  };
  yearTaken: boolean;
  counts: { tasks: number; certain: number; inferred: number };
  structure: { kind: string; number: string; title: string; path: string[] }[];
  tasks: PreviewTask[];
  units: {
    name: string;
    kind: string;
    aliases: string[];
    members: string[];
    status: UnitMatchStatus;
    unitId: number | null;
  }[];
  issues: ImportIssue[];
  problems: ImportProblem[];
}

export interface Confirmation {
  seq: number;
  leadUnits: string[];
  responsibleUnits: string[];
}

export interface CommitDecisions {
  year?: number;
  acceptInferred: boolean;
  confirmations: Confirmation[];
  /** Source lines of tasks to leave out. */
  exclude: number[];
  renumber: { line: number; seq: number }[];
}

export const ACCEPTED_NOTICE_TYPES = '.txt,.html,.htm,.docx,.xlsx';

export async function previewNotice(file: File): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api<{ preview: ImportPreview }>('POST', '/api/plans/import/preview', form)).preview;
}

export const getPreview = async (previewId: number): Promise<ImportPreview> =>
  (await api<{ preview: ImportPreview }>('GET', `/api/plans/import/${previewId}`)).preview;

export const commitImport = async (previewId: number, decisions: CommitDecisions): Promise<Plan> =>
  (await api<{ plan: Plan }>('POST', `/api/plans/import/${previewId}/commit`, decisions)).plan;

/** The problems the commit refused with (details.problems of plan_import.unresolved). */
export function problemsOf(details: unknown): ImportProblem[] {
  if (typeof details !== 'object' || details === null || !('problems' in details)) return [];
  const { problems } = details;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : [];
}
