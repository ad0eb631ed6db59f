// One row whose version changes with every write to what the reporting loop caches in process:
// the unit directory, tasks with their indicators and assignments, and the periods. Triggers in
// the migration replace it, in the writing transaction, whichever code path writes.
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const directoryVersion = pgTable(
  'directory_version',
  {
    id: integer('id').primaryKey().default(1),
    /** A fresh random value per write: a rolled-back write's value is never reused. */
    version: text('version').notNull(),
  },
  (t) => [check('directory_version_single_row', sql`${t.id} = 1`)],
);
