// Closing a quarter: the period's state and the snapshot of how it stood.
import { eq } from 'drizzle-orm';
import type { SnapshotsRepository } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { periods, periodSnapshots } from '../schema/index.ts';

export function snapshotsRepository(db: Db): SnapshotsRepository {
  return {
    async find(periodId) {
      const [row] = await db.select().from(periodSnapshots).where(eq(periodSnapshots.periodId, periodId));
      return row
        ? { periodId: row.periodId, takenAt: row.takenAt, takenBy: row.takenBy, data: row.data }
        : null;
    },
    async closePeriod(snapshot) {
      await db
        .update(periods)
        .set({ state: 'closed', closedAt: snapshot.takenAt, closedBy: snapshot.takenBy })
        .where(eq(periods.id, snapshot.periodId));
      await db.insert(periodSnapshots).values(snapshot);
    },
  };
}
