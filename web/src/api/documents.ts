// The office documents: download links (a plain <a href download> carries the session cookie and
// the server names the file in Chinese) and the upload of a unit's filled-in feedback template.
import type { TemplateApplied as TemplateAnswer } from '../../../src/contracts/documents.schema.ts';
import type { Role } from './auth.ts';
import { api, ApiError } from './client.ts';

const periodQuery = (periodKey: string) => `period=${encodeURIComponent(periodKey)}`;

export const planExportUrl = (year: number, format: 'xlsx' | 'docx'): string =>
  `/api/plans/${year}/export.${format}`;

/** The signed-in unit's template for the quarter, prefilled with what it filed last. */
export const templateUrl = (periodKey: string): string =>
  `/api/documents/template.xlsx?${periodQuery(periodKey)}`;

export const publicationUrl = (periodKey: string, format: 'xlsx' | 'docx'): string =>
  `/api/documents/publication.${format}?${periodQuery(periodKey)}`;

/** The quarter's progress summary (进展情况汇总表): the office and the city's leaders. */
export const summaryUrl = (periodKey: string): string =>
  `/api/documents/summary.xlsx?${periodQuery(periodKey)}`;

/** The quarter's bulletin (通报) as Word: the office and the city's leaders. */
export const bulletinUrl = (periodKey: string): string =>
  `/api/documents/bulletin.docx?${periodQuery(periodKey)}`;

/** Roles the server lets download the summary and the bulletin (the policy's dashboard.read). */
export const SUMMARY_ROLES: readonly Role[] = ['admin', 'supervisor', 'leader'];

export type TemplateApplied = Pick<TemplateAnswer, 'applied' | 'unchanged'>;

/** One problem of a rejected template, with the cell it is in. */
export interface TemplateProblem {
  sheet: string | null;
  cell: string | null;
  code: string;
  message: string;
}

/** Nothing is applied unless every row is acceptable; a rejection lists every problem. */
export async function uploadTemplate(periodKey: string, file: File): Promise<TemplateApplied> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { applied, unchanged } = await api<TemplateAnswer>(
    'POST',
    `/api/documents/template?${periodQuery(periodKey)}`,
    form,
  );
  return { applied, unchanged };
}

/** The problems a rejected upload lists, or [] for any other failure. */
export function templateProblems(error: unknown): TemplateProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'template.rejected') return [];
  const details = error.details as { errors?: unknown } | null | undefined;
  return Array.isArray(details?.errors) ? (details.errors as TemplateProblem[]) : [];
}
