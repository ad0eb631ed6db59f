// The version stamp of the cached reference data, and the periods of every plan.
import { asc, eq } from 'drizzle-orm';
import type { ReferenceRepository } from '../../services/reference/reference.types.ts';
import type { Db } from '../client.ts';
import { directoryVersion, periods } from '../schema/index.ts';
import { toPeriodRecord } from './plans.rows.ts';

export function referenceRepository(db: Db, inTransaction: boolean): ReferenceRepository {
  return {
    sharesRequestSnapshot: !inTransaction,
    async findDirectoryVersion() {
      const [row] = await db
        .select({ version: directoryVersion.version })
        .from(directoryVersion)
        .where(eq(directoryVersion.id, 1));
      if (!row) throw new Error('directory_version has no row: the migrations were not applied');
      return row.version;
    },
    async findPeriods() {
      const rows = await db.select().from(periods).orderBy(asc(periods.id));
      return rows.map(toPeriodRecord);
    },
  };
}
