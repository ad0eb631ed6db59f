// Completion claims and their verification.
import { asc, eq, inArray } from 'drizzle-orm';
import type { CompletionsRepository } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { completions, tasks } from '../schema/index.ts';
import { toCompletionRecord } from './supervision-rows.ts';

export function completionsRepository(db: Db): CompletionsRepository {
  return {
    async insert(completion) {
      const [row] = await db
        .insert(completions)
        .values({ ...completion, state: 'claimed' })
        .onConflictDoNothing()
        .returning();
      return row ? toCompletionRecord(row) : null;
    },
    async find(id, options) {
      const query = db.select().from(completions).where(eq(completions.id, id));
      const [row] = options?.forUpdate ? await query.for('update') : await query;
      return row ? toCompletionRecord(row) : null;
    },
    async findForTasks(taskIds) {
      if (taskIds.length === 0) return [];
      const rows = await db
        .select()
        .from(completions)
        .where(inArray(completions.taskId, [...taskIds]))
        .orderBy(asc(completions.id));
      return rows.map(toCompletionRecord);
    },
    async findInPlan(planId) {
      const rows = await db
        .select({ row: completions })
        .from(completions)
        .innerJoin(tasks, eq(tasks.id, completions.taskId))
        .where(eq(tasks.planId, planId))
        .orderBy(asc(completions.id));
      return rows.map(({ row }) => toCompletionRecord(row));
    },
    async decide(id, patch) {
      const [row] = await db.update(completions).set(patch).where(eq(completions.id, id)).returning();
      if (!row) throw new Error(`no completion ${id}`);
      return toCompletionRecord(row);
    },
  };
}
