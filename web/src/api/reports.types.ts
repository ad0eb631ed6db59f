// The filing shapes the server answers with: the contracts' types (src/contracts), never copies.
import type { Content } from '../../../src/contracts/report.schema.ts';

export type { ProgressCode } from '../../../src/core/report/progress.ts';
export type {
  ReportKind,
  ReportState,
  RevisionEvent,
  SelfStatus,
} from '../../../src/core/report/report.types.ts';
export type {
  Attachment,
  IndicatorActual,
  Report,
  Revision,
  UnitRef,
  Content as StoredContent,
} from '../../../src/contracts/report.schema.ts';
export type {
  Indicator,
  LeadInputs,
  OwingUnit,
  Period,
  Published,
  PublishedEntry,
  Standing,
  TaskRef,
  Worklist,
  WorklistItem,
  TaskPeriod as TaskPeriodView,
} from '../../../src/contracts/reading.schema.ts';

/** What a unit fills in: a stored content without its label and evidence files. */
export type FilingContent = Omit<Content, 'selfStatusLabel' | 'attachmentIds'>;
