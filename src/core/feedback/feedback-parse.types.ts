// What reading a unit's filled-in feedback template takes and gives back: the contract between the
// importer that reads the file and the services that apply it.
import type { TemplateIndicator } from './feedback-layout.ts';
import type { PeriodKey } from '../period/period.ts';
import type { IndicatorActual, SelfStatus } from '../report/report.types.ts';

/** A task the unit owes this period, as the server knows it now. */
export interface ExpectedTask {
  taskId: number;
  seq: number;
  text: string;
  indicators: readonly TemplateIndicator[];
}

export interface ParseFeedbackInput {
  bytes: Uint8Array;
  expected: {
    period: PeriodKey;
    unitId: number;
    tasks: readonly ExpectedTask[];
  };
}

/** One task's filing as the clerk filled it in; field names follow ReportContent. */
export interface FeedbackRow {
  taskId: number;
  selfStatus: SelfStatus | null;
  /** Whole percent 0..100. */
  percentComplete: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  /** One entry per indicator of the task, in base units; null where the cell was left blank. */
  indicatorActuals: IndicatorActual[];
}

export type FeedbackErrorCode =
  | 'file.unreadable'
  | 'upload.too_large_inflated'
  | 'template.signature_missing'
  | 'template.signature_invalid'
  | 'template.unsupported_version'
  | 'template.other_unit'
  | 'template.other_period'
  | 'template.form_missing'
  | 'template.header_changed'
  | 'row.unknown_task'
  | 'row.duplicate_task'
  | 'row.missing'
  | 'cell.locked_edited'
  | 'task.changed'
  | 'status.invalid'
  | 'percent.not_a_number'
  | 'percent.not_whole'
  | 'percent.out_of_range'
  | 'indicator.not_a_number'
  | 'text.too_long';

export interface FeedbackError {
  /** The sheet the error is on; null for the file as a whole. */
  sheet: string | null;
  /** The cell, like "C7"; null when the error concerns a whole row or the file. */
  cell: string | null;
  code: FeedbackErrorCode;
  /** For the clerk, in Chinese, naming the row and what to fix. */
  message: string;
}

/**
 * All or nothing: when `errors` is not empty the file must be rejected as a whole. `rows` may still
 * hold what could be read, to show the clerk alongside the errors, but the caller must not apply
 * any of them. Every error found is listed, each with its cell, never only the first.
 */
export interface FeedbackParseResult {
  rows: FeedbackRow[];
  errors: FeedbackError[];
}
