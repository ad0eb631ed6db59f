// What reading a unit's filled-in feedback template takes and gives back; the contract lives in core
// (core/feedback/feedback-parse.types.ts), so the services that apply a file read the same types.
export type {
  ExpectedTask,
  FeedbackError,
  FeedbackErrorCode,
  FeedbackParseResult,
  FeedbackRow,
  ParseFeedbackInput,
} from '../../core/feedback/feedback-parse.types.ts';
