// Importing a notice: upload for a preview, then commit with the admin's decisions (admin only).
import type {
  CommitBody,
  DecisionBody,
  ImportProblem,
  Preview,
  PreviewTask,
  UnitProposal,
} from '../../../src/contracts/plan-import.schema.ts';
import { api } from './client.ts';
import type { Plan } from './plans.ts';

export type {
  ImportIssue,
  ImportProblem,
  PreviewTask,
  Preview as ImportPreview,
  DecisionBody as ImportDecision,
  CommitBody as CommitDecisions,
} from '../../../src/contracts/plan-import.schema.ts';
export type Certainty = PreviewTask['assignment'];
export type UnitMatchStatus = Preview['units'][number]['status'];

export type { ColumnRole } from '../../../src/core/plan/plan.types.ts';
export { COLUMN_ROLE_LABELS } from '../../../src/core/plan/plan.types.ts';

export type MatchReason = UnitProposal['reason'];

export const MATCH_REASON_LABELS: Record<MatchReason, string> = {
  name: '名称相同',
  alias: '名录别名',
  abbreviation: '简称与全称',
  pattern: '同前缀同后缀',
  similarity: '名称相似',
};

export const ACCEPTED_NOTICE_TYPES = '.txt,.html,.htm,.docx,.xlsx';

export async function previewNotice(file: File): Promise<Preview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api<{ preview: Preview }>('POST', '/api/plans/import/preview', form)).preview;
}

export const getPreview = async (previewId: number): Promise<Preview> =>
  (await api<{ preview: Preview }>('GET', `/api/plans/import/${previewId}`)).preview;

/** One decision, stored with the preview; answers the preview as it now stands. */
export const decideImport = async (previewId: number, decision: DecisionBody): Promise<Preview> =>
  (await api<{ preview: Preview }>('POST', `/api/plans/import/${previewId}/decisions`, decision)).preview;

export const commitImport = async (previewId: number, decisions: CommitBody): Promise<Plan> =>
  (await api<{ plan: Plan }>('POST', `/api/plans/import/${previewId}/commit`, decisions)).plan;

/** The problems the commit refused with (details.problems of plan_import.unresolved). */
export function problemsOf(details: unknown): ImportProblem[] {
  if (typeof details !== 'object' || details === null || !('problems' in details)) return [];
  const { problems } = details;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : [];
}
