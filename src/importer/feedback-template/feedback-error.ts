import type { FeedbackError, FeedbackErrorCode } from './parse.types.ts';

export function feedbackError(
  sheet: string | null,
  cell: string | null,
  code: FeedbackErrorCode,
  message: string,
): FeedbackError {
  return { sheet, cell, code, message };
}
