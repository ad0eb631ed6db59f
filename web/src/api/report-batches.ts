// Batches of filings (submit, sign off, accept, return: one request, one result per row, a dry run
// first) and the corrections inside a unit (withdraw, send back to the clerk, edit and sign off).
import type {
  BatchAnswer,
  BatchBody,
  EditSignOffBody,
  SendBackBody,
} from '../../../src/contracts/report-batch.schema.ts';
import type { NoteBody, OneReport } from '../../../src/contracts/report.schema.ts';
import { api } from './client.ts';
import type { Report } from './reports.types.ts';

export type { BatchAnswer } from '../../../src/contracts/report-batch.schema.ts';
export type BatchResult = BatchAnswer['results'][number];

/** The acts a batch can do, as the route names them. */
export type BatchAct = 'submit' | 'sign-off' | 'accept' | 'return';

export interface BatchRow {
  reportId: number;
  /** The revision the user saw when ticking the row: a newer one refuses the row. */
  baseRevision: number;
  /** On return: this row's own reasons (else the batch's). */
  reasons?: string;
}

export const runBatch = (
  act: BatchAct,
  rows: readonly BatchRow[],
  options: { dryRun: boolean; reasons?: string },
): Promise<BatchAnswer> => {
  const body: BatchBody = { rows: [...rows], dryRun: options.dryRun, reasons: options.reasons };
  return api<BatchAnswer>('POST', `/api/report-batches/${act}`, body);
};

export async function withdrawFiling(reportId: number): Promise<Report> {
  const body: NoteBody = {};
  return (await api<OneReport>('POST', `/api/reports/${reportId}/withdraw`, body)).report;
}

export async function sendBackFiling(reportId: number, reasons: string): Promise<Report> {
  const body: SendBackBody = { reasons };
  return (await api<OneReport>('POST', `/api/reports/${reportId}/send-back`, body)).report;
}

export async function editAndSignOff(reportId: number, body: EditSignOffBody): Promise<Report> {
  return (await api<OneReport>('POST', `/api/reports/${reportId}/edit-sign-off`, body)).report;
}
