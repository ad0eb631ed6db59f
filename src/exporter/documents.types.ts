// The documents' inputs live in core (core/documents/documents.types.ts): the services gather them
// and the builders here lay them out, so both sides read one definition.
export type {
  BulletinCard,
  BulletinInput,
  DocumentIndicator,
  DocumentTask,
  DocumentUnit,
  FeedbackTemplateInput,
  FeedbackTemplateTask,
  Filing,
  PeriodTask,
  PlanDocumentInput,
  PreviousFeedback,
  PublicationInput,
  PublicationTask,
  PublishedReport,
  SummaryInput,
} from '../core/documents/documents.types.ts';
