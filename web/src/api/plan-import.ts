// Importing a notice: upload for a preview, then commit with the admin's decisions (admin only).
import { api } from './client.ts';
import type { Plan } from './plans.ts';

export type Certainty = 'certain' | 'inferred';
export type UnitMatchStatus = 'known' | 'new' | 'unknown';

export interface PreviewTask {
  /** The task's key in the preview: decisions name tasks by it. */
  key: string;
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
  importedLeadUnits: string[];
  importedResponsibleUnits: string[];
  confirmed: boolean;
  edited: boolean;
  /** Marked as not a task. */
  excluded: boolean;
  splitPart: boolean;
  merged: string[];
}

export type ColumnRole =
  'seq' | 'text' | 'lead' | 'responsible' | 'co' | 'roles' | 'leader' | 'deadline' | 'progress' | 'ignore';

export const COLUMN_ROLE_LABELS: Record<ColumnRole, string> = {
  seq: '序号',
  text: '任务',
  lead: '牵头单位',
  responsible: '责任单位',
  co: '配合单位',
  roles: '分工(含牵头与配合)',
  leader: '责任领导',
  deadline: '完成时限',
  progress: '进展情况',
  ignore: '不读取',
};

export type MatchReason = 'name' | 'alias' | 'abbreviation' | 'pattern' | 'similarity';

export const MATCH_REASON_LABELS: Record<MatchReason, string> = {
  name: '名称相同',
  alias: '名录别名',
  abbreviation: '简称与全称',
  pattern: '同前缀同后缀',
  similarity: '名称相似',
};

export type ImportDecision =
  | { kind: 'columns'; roles: ColumnRole[] }
  | { kind: 'units'; key: string; leadUnits: string[]; responsibleUnits: string[] }
  | { kind: 'accept_inferred' }
  | { kind: 'merge'; key: string }
  | { kind: 'split'; key: string; at: number; seq: number }
  | { kind: 'not_task'; key: string }
  | { kind: 'restore'; key: string }
  | { kind: 'number'; key: string; seq: number }
  | { kind: 'unit_match'; name: string; unitId: number | null; keep: 'rename' | 'alias' }
  | { kind: 'carry'; taskId: number; carry: boolean };

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
  key: string | null;
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
    proposal: { unitId: number; name: string; reason: MatchReason; score: number; detail: string } | null;
    decision: { unitId: number | null; keep: string } | null;
    typed: boolean;
  }[];
  columns: { index: number; header: string; sample: string; role: ColumnRole }[];
  columnRoles: ColumnRole[] | null;
  pending: { tasks: number; units: number; other: number };
  carryCandidates: {
    taskId: number;
    year: number;
    seq: number;
    text: string;
    leadUnits: string[];
    responsibleUnits: string[];
    carried: boolean;
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

/** One decision, stored with the preview; answers the preview as it now stands. */
export const decideImport = async (previewId: number, decision: ImportDecision): Promise<ImportPreview> =>
  (await api<{ preview: ImportPreview }>('POST', `/api/plans/import/${previewId}/decisions`, decision))
    .preview;

export const commitImport = async (previewId: number, decisions: CommitDecisions): Promise<Plan> =>
  (await api<{ plan: Plan }>('POST', `/api/plans/import/${previewId}/commit`, decisions)).plan;

/** The problems the commit refused with (details.problems of plan_import.unresolved). */
export function problemsOf(details: unknown): ImportProblem[] {
  if (typeof details !== 'object' || details === null || !('problems' in details)) return [];
  const { problems } = details;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : [];
}
