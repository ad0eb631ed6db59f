// Extension requests.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ExtensionsRepository } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { extensionRequests, periods } from '../schema/index.ts';
import { toExtensionRecord } from './supervision-rows.ts';

const selectExtensions = (db: Db) =>
  db
    .select({ row: extensionRequests, key: periods.key })
    .from(extensionRequests)
    .innerJoin(periods, eq(periods.id, extensionRequests.periodId));

export function extensionsRepository(db: Db): ExtensionsRepository {
  const repository: ExtensionsRepository = {
    async insert(extension) {
      const [row] = await db.insert(extensionRequests).values(extension).onConflictDoNothing().returning();
      return row ? repository.find(row.id) : null;
    },
    async find(id, options) {
      if (options?.forUpdate) {
        await db
          .select({ id: extensionRequests.id })
          .from(extensionRequests)
          .where(eq(extensionRequests.id, id))
          .for('update');
      }
      const [found] = await selectExtensions(db).where(eq(extensionRequests.id, id));
      return found ? toExtensionRecord(found.row, found.key) : null;
    },
    async findMany(query) {
      if (query.periodIds.length === 0) return [];
      const rows = await selectExtensions(db)
        .where(
          and(
            inArray(extensionRequests.periodId, [...query.periodIds]),
            query.unitId === undefined ? undefined : eq(extensionRequests.unitId, query.unitId),
            query.taskId === undefined ? undefined : eq(extensionRequests.taskId, query.taskId),
          ),
        )
        .orderBy(asc(extensionRequests.id));
      return rows.map((found) => toExtensionRecord(found.row, found.key));
    },
    async decide(id, patch) {
      await db.update(extensionRequests).set(patch).where(eq(extensionRequests.id, id));
      const record = await repository.find(id);
      if (!record) throw new Error(`no extension request ${id}`);
      return record;
    },
  };
  return repository;
}
