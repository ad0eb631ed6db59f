// The importer's entry points for long-running processes (`duban serve`): the readers and their
// libraries (exceljs, mammoth, jszip) load when the first notice or template is read, not at start.
import type { NoticeReader } from '../services/plans/plans.types.ts';
import type { FeedbackTemplateParser } from '../services/documents/documents.types.ts';

export const importNoticeLazily: NoticeReader = async (input) =>
  (await import('../importer/import-notice.ts')).importNotice(input);

export const parseFeedbackTemplateLazily: FeedbackTemplateParser = async (input) =>
  (await import('../importer/feedback-template/parse.ts')).parseFeedbackTemplate(input);
