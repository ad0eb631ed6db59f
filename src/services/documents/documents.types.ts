// What the document use cases need from outside the services: the writers that lay the documents
// out (the exporter implements them), the reader of a filled-in feedback template (the importer),
// both passed in by the composition roots (http, cli), and the bulk read of a period's filings
// (the db layer implements it).
import type {
  BulletinInput,
  FeedbackTemplateInput,
  PlanDocumentInput,
  PublicationInput,
  SummaryInput,
} from '../../core/documents/documents.types.ts';
import type { FeedbackParseResult, ParseFeedbackInput } from '../../core/feedback/feedback-parse.types.ts';
import type {
  NewReport,
  NewRevision,
  ReportPatch,
  ReportRecord,
  RevisionRecord,
} from '../reports/reports.types.ts';
import type { FilingFact } from '../supervision/supervision.types.ts';

export interface DocumentWriters {
  planXlsx(input: PlanDocumentInput): Promise<Uint8Array>;
  planDocx(input: PlanDocumentInput): Promise<Uint8Array>;
  summaryXlsx(input: SummaryInput): Promise<Uint8Array>;
  feedbackTemplateXlsx(input: FeedbackTemplateInput): Promise<Uint8Array>;
  publicationXlsx(input: PublicationInput): Promise<Uint8Array>;
  publicationDocx(input: PublicationInput): Promise<Uint8Array>;
  publicationHtml(input: PublicationInput): string;
  bulletinDocx(input: BulletinInput): Promise<Uint8Array>;
  /** PDF of a Word document, or null where the server has no converter. */
  docxToPdf(docx: Uint8Array): Promise<Uint8Array | null>;
}

export type FeedbackTemplateParser = (input: ParseFeedbackInput) => Promise<FeedbackParseResult>;

export const DOCUMENT_FORMATS = ['xlsx', 'docx', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
} as const satisfies Record<DocumentFormat, string>;

/** A finished document: what a download sends and what the command line writes to disk. */
export interface DocumentFile {
  /** In Chinese, as the office names such files: 2024年二季度重点工作任务进展情况汇总.xlsx */
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

export function documentFile(name: string, format: DocumentFormat, bytes: Uint8Array): DocumentFile {
  return { fileName: `${name}.${format}`, mediaType: MEDIA_TYPES[format], bytes };
}

/**
 * One filing of a period as the office holds it, read in bulk for the period's documents: the
 * supervision facts (first arrival, returns, figures of the latest version that left the unit)
 * plus that version's texts and the latest sign-off.
 */
export interface PeriodFiling extends FilingFact {
  signedOffAt: Date | null;
  progress: string;
  problems: string;
  nextSteps: string;
}

export interface DocumentsRepository {
  /** Every filing of the period, in id order; texts empty while nothing has left the unit. */
  findPeriodFilings(periodId: number): Promise<PeriodFiling[]>;
  /** A unit's filings of a period with their current revisions, locked until the transaction ends. */
  findUnitFilings(query: { periodId: number; unitId: number }): Promise<UnitFiling[]>;
  /** The filings created (with any timestamps given); a slot another save took meanwhile is left out. */
  insertReports(reports: readonly (NewReport & ReportPatch)[]): Promise<ReportRecord[]>;
  appendRevisions(revisions: readonly NewRevision[]): Promise<void>;
  /** Moves each filing to its next revision (appended beforehand); state and late flag untouched. */
  advanceRevisions(reportIds: readonly number[], now: Date): Promise<ReportRecord[]>;
}

export interface UnitFiling {
  report: ReportRecord;
  current: RevisionRecord | null;
}
