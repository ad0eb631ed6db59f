// One row whose version changes with every write to what the reporting loop caches in process:
// the unit directory, tasks with their indicators and assignments, and the periods. Triggers in
// the migration replace it, in the writing transaction, whichever code path writes.
import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const directoryVersion = pgTable(
  'directory_version',
  {
    id: integer('id').primaryKey().default(1),
    /** A fresh random value per write: a rolled-back write's value is never reused. */
    version: text('version').notNull(),
  },
  (t) => [check('directory_version_single_row', sql`${t.id} = 1`)],
);

/**
 * A counter per unit that moves with every write to that unit's filings (rows of `reports`),
 * stamped by triggers in the writing statement. Read with the session, it lets a process reuse
 * what it worked out from the unit's filings until the counter moves, in any process.
 */
export const unitFilingGenerations = pgTable('unit_filing_generations', {
  unitId: integer('unit_id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
});

/**
 * A counter per task that moves with every write to the task's filings (rows of `reports`, any
 * period) and cards, stamped by triggers in the writing statement. Read with the session when the
 * request names the task, it lets a process share the task's quarter with its history until the
 * counter moves, in any process.
 */
export const taskFilingGenerations = pgTable('task_filing_generations', {
  taskId: integer('task_id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
});
