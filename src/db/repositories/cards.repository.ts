// Cards and their appended steps.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CardsRepository, CardRecord } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { cards, cardSteps, periods } from '../schema/index.ts';
import { toCardRecord } from './supervision-rows.ts';

/** Steps by the system operator carry 0 (no account). */
const accountOf = (by: number): number | null => (by > 0 ? by : null);

type CardRow = { card: typeof cards.$inferSelect; key: string };

async function withSteps(db: Db, rows: readonly CardRow[]): Promise<CardRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.card.id);
  const steps = await db
    .select()
    .from(cardSteps)
    .where(inArray(cardSteps.cardId, ids))
    .orderBy(asc(cardSteps.id));
  return rows.map((row) => toCardRecord(row.card, row.key, steps));
}

const selectCards = (db: Db) =>
  db.select({ card: cards, key: periods.key }).from(cards).innerJoin(periods, eq(periods.id, cards.periodId));

export function cardsRepository(db: Db): CardsRepository {
  const repository: CardsRepository = {
    async insert(card, firstStep) {
      const [row] = await db
        .insert(cards)
        .values({
          taskId: card.taskId,
          unitId: card.unitId,
          periodId: card.periodId,
          color: card.color,
          issuedColor: card.issuedColor,
          state: card.state,
          reason: card.reason,
          rectifyBy: card.rectifyBy,
          issuedAt: card.issuedAt,
          issuedBy: accountOf(firstStep.by),
          updatedAt: card.issuedAt,
        })
        .returning();
      if (!row) throw new Error('insert into cards returned no row');
      await db.insert(cardSteps).values({ cardId: row.id, ...firstStep, by: accountOf(firstStep.by) });
      const [record] = await withSteps(db, [{ card: row, key: card.period }]);
      if (!record) throw new Error('the card just written is missing');
      return record;
    },
    async find(id, options) {
      if (options?.forUpdate)
        await db.select({ id: cards.id }).from(cards).where(eq(cards.id, id)).for('update');
      const [record] = await withSteps(db, await selectCards(db).where(eq(cards.id, id)));
      return record ?? null;
    },
    async findMany(query) {
      const rows = await selectCards(db)
        .where(
          and(
            eq(periods.planId, query.planId),
            query.periodId === undefined ? undefined : eq(cards.periodId, query.periodId),
            query.unitId === undefined ? undefined : eq(cards.unitId, query.unitId),
            query.taskId === undefined ? undefined : eq(cards.taskId, query.taskId),
          ),
        )
        .orderBy(asc(cards.id));
      return withSteps(db, rows);
    },
    async addStep(id, step) {
      await db.insert(cardSteps).values({ cardId: id, ...step, by: accountOf(step.by) });
      await db
        .update(cards)
        .set({ state: step.state, color: step.color, updatedAt: step.at })
        .where(eq(cards.id, id));
      const record = await repository.find(id);
      if (!record) throw new Error(`no card ${id}`);
      return record;
    },
  };
  return repository;
}
