// Filing shapes of the API: the save body, transition bodies, and a report as an actor sees it.
import { z } from 'zod';
import { CONTENT_LIMITS } from '../core/report/report-content.ts';
import { MAX_REASON_LENGTH } from '../core/report/report-state.ts';
import { REPORT_KINDS, REPORT_STATES, REVISION_EVENTS, SELF_STATUSES } from '../core/report/report.types.ts';
import { IdParamSchema, INT4_MAX, IsoDateTimeSchema } from './common.schema.ts';

export const PeriodKeySchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'a period like 2024-Q2');
export const SelfStatusSchema = z.enum(SELF_STATUSES);
const IdSchema = z.number().int().positive().max(INT4_MAX);

export const IndicatorActualSchema = z.strictObject({
  indicatorId: IdSchema,
  /** In the indicator's base unit (万 and 亿 written out). */
  value: z.number().finite().nullable(),
  note: z.string().max(CONTENT_LIMITS.indicatorNote).optional(),
});

export const SaveReportBodySchema = z.strictObject({
  baseRev: z.number().int().min(0).describe('the revision the edit started from; 0 before the first save'),
  progress: z.string().max(CONTENT_LIMITS.progress).optional(),
  selfStatus: SelfStatusSchema.nullable().optional(),
  percentComplete: z.number().int().min(0).max(100).nullable().optional(),
  indicatorActuals: z.array(IndicatorActualSchema).max(100).optional(),
  problems: z.string().max(CONTENT_LIMITS.problems).optional(),
  nextSteps: z.string().max(CONTENT_LIMITS.nextSteps).optional(),
  attachmentIds: z.array(IdSchema).max(CONTENT_LIMITS.attachments).optional(),
});

/** Optional: a request without a body arrives as null. */
export const NoteBodySchema = z
  .strictObject({ note: z.string().max(MAX_REASON_LENGTH).optional() })
  .nullish();
export const ReturnBodySchema = z.strictObject({ reasons: z.string().min(1).max(MAX_REASON_LENGTH) });

export const TaskPeriodParamsSchema = z.strictObject({ taskId: IdParamSchema, key: PeriodKeySchema });
export const ReportParamsSchema = z.strictObject({ reportId: IdParamSchema });

export const AttachmentSchema = z
  .strictObject({
    id: z.number().int(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: IsoDateTimeSchema,
  })
  .meta({ id: 'Attachment' });

const ContentFields = {
  progress: z.string(),
  selfStatus: SelfStatusSchema.nullable(),
  selfStatusLabel: z.string().nullable(),
  percentComplete: z.number().int().nullable(),
  indicatorActuals: z.array(IndicatorActualSchema),
  problems: z.string(),
  nextSteps: z.string(),
};

export const ContentSchema = z
  .strictObject({ ...ContentFields, attachmentIds: z.array(z.number().int()) })
  .meta({ id: 'ReportContent' });

export const RevisionSchema = z
  .strictObject({
    rev: z.number().int(),
    event: z.enum(REVISION_EVENTS),
    state: z.enum(REPORT_STATES),
    at: IsoDateTimeSchema,
    authorAccountId: z.number().int().nullable(),
    reason: z.string().nullable(),
    late: z.boolean(),
    content: ContentSchema,
  })
  .meta({ id: 'ReportRevision' });

export const UnitRefSchema = z.strictObject({ id: z.number().int(), name: z.string() });

export const ReportSchema = z
  .strictObject({
    id: z.number().int(),
    kind: z.enum(REPORT_KINDS),
    taskId: z.number().int(),
    period: z.string(),
    unit: UnitRefSchema,
    state: z.enum(REPORT_STATES),
    stateLabel: z.string(),
    rev: z.number().int(),
    late: z.boolean(),
    visibility: z.enum(['full', 'filed', 'state', 'published']),
    /** What can happen next in this state: save, submit, sign_off, return, accept. */
    allowedEvents: z.array(z.enum(REVISION_EVENTS)),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    firstSubmittedAt: IsoDateTimeSchema.nullable(),
    submittedAt: IsoDateTimeSchema.nullable(),
    signedOffAt: IsoDateTimeSchema.nullable(),
    returnedAt: IsoDateTimeSchema.nullable(),
    acceptedAt: IsoDateTimeSchema.nullable(),
    content: z.strictObject({ ...ContentFields, attachments: z.array(AttachmentSchema) }).nullable(),
    contentRev: z.number().int().nullable(),
    returnReasons: z.string().nullable(),
    revisions: z.array(RevisionSchema),
  })
  .meta({ id: 'Report' });

export const OneReportSchema = z.strictObject({ report: ReportSchema });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type SelfStatus = z.output<typeof SelfStatusSchema>;
export type IndicatorActual = z.output<typeof IndicatorActualSchema>;
export type SaveReportBody = z.input<typeof SaveReportBodySchema>;
export type NoteBody = z.input<typeof NoteBodySchema>;
export type Attachment = z.output<typeof AttachmentSchema>;
export type Content = z.output<typeof ContentSchema>;
export type Revision = z.output<typeof RevisionSchema>;
export type UnitRef = z.output<typeof UnitRefSchema>;
export type Report = z.output<typeof ReportSchema>;
export type OneReport = z.output<typeof OneReportSchema>;
