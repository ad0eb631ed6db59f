// An import waiting for an admin's confirmation: the importer's result, kept until it is
// committed as a plan or expires. Nothing else about a notice is stored before the commit.
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { ImportResult } from '../../core/plan/plan.types.ts';
import { accounts } from './accounts.schema.ts';
import { id, instant } from './columns.ts';

export const planImportPreviews = pgTable(
  'plan_import_previews',
  {
    id: id(),
    fileName: text('file_name'),
    result: jsonb('result').$type<ImportResult>().notNull(),
    createdAt: instant('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('plan_import_previews_expires_idx').on(t.expiresAt)],
);
