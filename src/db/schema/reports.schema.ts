// Quarterly filings: a co-unit's input (unit_input) and the lead unit's task report (task_report).
// Both keep every save and every state change as a revision; `reports` points at the latest.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema.ts';
import { bytea, id, instant, oneOf } from './columns.ts';
import { periods } from './plans.schema.ts';
import { tasks } from './tasks.schema.ts';
import { units } from './units.schema.ts';

export const REPORT_KINDS = ['unit_input', 'task_report'] as const;
export const REPORT_STATES = ['draft', 'submitted', 'signed_off', 'returned', 'accepted'] as const;
export const SELF_STATUSES = ['not_started', 'on_track', 'behind', 'completed'] as const;
export const REVISION_EVENTS = [
  'save',
  'submit',
  'withdraw',
  'send_back',
  'revise',
  'sign_off',
  'return',
  'accept',
] as const;

/** One indicator's actual value as filed; value in the indicator's base unit. */
export interface IndicatorActual {
  indicatorId: number;
  value: number | null;
  note?: string;
}

export const reports = pgTable(
  'reports',
  {
    id: id(),
    kind: text('kind').notNull(),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    /** The unit that files it; kept even if the task's assignment later moves. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    state: text('state').notNull().default('draft'),
    currentRev: integer('current_rev').notNull(),
    /** Set when first submitted after the period's due date; never cleared. */
    late: boolean('late').notNull().default(false),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    firstSubmittedAt: instant('first_submitted_at'),
    submittedAt: instant('submitted_at'),
    signedOffAt: instant('signed_off_at'),
    returnedAt: instant('returned_at'),
    acceptedAt: instant('accepted_at'),
  },
  (t) => [
    uniqueIndex('reports_one_per_unit').on(t.periodId, t.taskId, t.unitId, t.kind),
    index('reports_unit_period_idx').on(t.unitId, t.periodId),
    index('reports_task_period_idx').on(t.taskId, t.periodId),
    oneOf('reports_kind', t.kind, REPORT_KINDS),
    oneOf('reports_state', t.state, REPORT_STATES),
  ],
);

/** Append-only: each save or state change adds a row with the full content at that moment. */
export const reportRevisions = pgTable(
  'report_revisions',
  {
    id: id(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    rev: integer('rev').notNull(),
    event: text('event').notNull(),
    state: text('state').notNull(),
    /** 进展情况 */
    progress: text('progress').notNull().default(''),
    selfStatus: text('self_status'),
    percentComplete: integer('percent_complete'),
    indicatorActuals: jsonb('indicator_actuals').$type<IndicatorActual[]>().notNull().default([]),
    /** 存在问题 */
    problems: text('problems').notNull().default(''),
    /** 下步打算 */
    nextSteps: text('next_steps').notNull().default(''),
    /** 佐证材料: the attachments this revision carries (attachments.id). */
    attachmentIds: jsonb('attachment_ids').$type<number[]>().notNull().default([]),
    /** The reviewer's reasons on return, or a note on other events. */
    reason: text('reason'),
    late: boolean('late').notNull().default(false),
    authorAccountId: integer('author_account_id').references(() => accounts.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('report_revisions_report_rev').on(t.reportId, t.rev),
    // A filing's steps (every event but a save): what a save answers with, however many autosaves
    // the filing holds; saves themselves add nothing to it.
    index('report_revisions_steps')
      .on(t.reportId, t.rev)
      .where(sql`${t.event} <> 'save'`),
    oneOf('report_revisions_event', t.event, REVISION_EVENTS),
    oneOf('report_revisions_state', t.state, REPORT_STATES),
    check(
      'report_revisions_self_status',
      sql`${t.selfStatus} is null or ${t.selfStatus} in ('not_started', 'on_track', 'behind', 'completed')`,
    ),
    check(
      'report_revisions_percent',
      sql`${t.percentComplete} is null or ${t.percentComplete} between 0 and 100`,
    ),
  ],
);

/**
 * Evidence files; content is stored inline (bytea) or in a file under the data folder. A file is
 * uploaded by a unit first and joins a report with the first revision that lists it.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    /** The unit that uploaded it; only that unit may attach it to a filing. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    reportId: integer('report_id').references(() => reports.id),
    addedInRev: integer('added_in_rev'),
    removedInRev: integer('removed_in_rev'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content'),
    storagePath: text('storage_path'),
    uploadedBy: integer('uploaded_by').references(() => accounts.id),
    uploadedAt: instant('uploaded_at').notNull(),
  },
  (t) => [
    index('attachments_report_idx').on(t.reportId),
    index('attachments_unit_idx').on(t.unitId),
    check('attachments_linked', sql`(${t.reportId} is null) = (${t.addedInRev} is null)`),
    check('attachments_one_store', sql`(${t.content} is null) <> (${t.storagePath} is null)`),
    check('attachments_size', sql`${t.sizeBytes} >= 0`),
  ],
);
