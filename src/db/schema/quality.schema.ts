// The office's dismissals of quality flags. A dismissal names the flag's kind and the revision
// whose content was flagged (the last save at or before the version read), so it holds while the
// content stays as it was (submit, sign-off, return) and lapses with the next save.
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema.ts';
import { id, instant } from './columns.ts';
import { reports } from './reports.schema.ts';

export const qualityFlagDismissals = pgTable(
  'quality_flag_dismissals',
  {
    id: id(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    /** The revision whose content the flag was raised on. */
    contentRev: integer('content_rev').notNull(),
    /** The flag's kind as the core names it ('repeated', 'vague'…). */
    flag: text('flag').notNull(),
    reason: text('reason').notNull(),
    dismissedBy: integer('dismissed_by').references(() => accounts.id),
    dismissedAt: instant('dismissed_at').notNull(),
  },
  (t) => [
    uniqueIndex('quality_flag_dismissals_one').on(t.reportId, t.contentRev, t.flag),
    check('quality_flag_dismissals_reason', sql`length(trim(${t.reason})) > 0`),
  ],
);
