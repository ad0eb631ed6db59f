// An import waiting for an admin's confirmation: the importer's result, kept until it is
// committed as a plan or expires, with the notice's bytes and the admin's decisions so far.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { ColumnRole } from '../../core/plan/plan.types.ts';
import type { RecordedDecision } from '../../core/plan/import-decision.types.ts';
import type { ImportResult } from '../../core/plan/plan.types.ts';
import { accounts } from './accounts.schema.ts';
import { bytea, id, instant } from './columns.ts';

export const planImportPreviews = pgTable(
  'plan_import_previews',
  {
    id: id(),
    fileName: text('file_name'),
    result: jsonb('result').$type<ImportResult>().notNull(),
    /** The notice's bytes, to read it again with the admin's column roles. */
    source: bytea('source'),
    /** The column roles the result was read with (null: the header's own). */
    columnRoles: jsonb('column_roles').$type<ColumnRole[]>(),
    /** The admin's decisions in the order taken. */
    decisions: jsonb('decisions')
      .$type<RecordedDecision[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: instant('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('plan_import_previews_expires_idx').on(t.expiresAt)],
);
