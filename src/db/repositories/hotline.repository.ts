// Hotline records and the units' answers.
import { asc, eq, inArray } from 'drizzle-orm';
import type {
  HotlineAnswerRecord,
  HotlineRecord,
  HotlineRepository,
} from '../../services/supervision/supervision.types.ts';
import { HOTLINE_CHANNELS } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { hotlineAnswers, hotlineMessages } from '../schema/index.ts';
import { oneOf } from './supervision-rows.ts';

async function withAnswers(
  db: Db,
  rows: readonly (typeof hotlineMessages.$inferSelect)[],
): Promise<HotlineRecord[]> {
  if (rows.length === 0) return [];
  const answers: HotlineAnswerRecord[] = await db
    .select()
    .from(hotlineAnswers)
    .where(
      inArray(
        hotlineAnswers.messageId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(hotlineAnswers.id));
  return rows.map((row) => ({
    ...row,
    channel: oneOf(HOTLINE_CHANNELS, row.channel, 'hotline_messages.channel'),
    answers: answers.filter((answer) => answer.messageId === row.id),
  }));
}

export function hotlineRepository(db: Db): HotlineRepository {
  return {
    async insert(message) {
      const [row] = await db.insert(hotlineMessages).values(message).returning();
      if (!row) throw new Error('insert into hotline_messages returned no row');
      const [record] = await withAnswers(db, [row]);
      if (!record) throw new Error('the hotline record just written is missing');
      return record;
    },
    async answer(answer) {
      const [row] = await db.insert(hotlineAnswers).values(answer).returning();
      if (!row) throw new Error('insert into hotline_answers returned no row');
      return row;
    },
    async find(id) {
      const [record] = await withAnswers(
        db,
        await db.select().from(hotlineMessages).where(eq(hotlineMessages.id, id)),
      );
      return record ?? null;
    },
    async findForTask(taskId) {
      const rows = await db
        .select()
        .from(hotlineMessages)
        .where(eq(hotlineMessages.taskId, taskId))
        .orderBy(asc(hotlineMessages.id));
      return withAnswers(db, rows);
    },
  };
}
