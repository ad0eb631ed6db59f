// Import previews: the importer's result kept until an admin commits it or it expires.
import { eq, lte } from 'drizzle-orm';
import type { PlansRepository } from '../../services/plans/plans.types.ts';
import type { Db } from '../client.ts';
import { planImportPreviews } from '../schema/index.ts';

type PreviewMethods = Pick<
  PlansRepository,
  'insertPreview' | 'findPreview' | 'deletePreview' | 'deleteExpiredPreviews' | 'updatePreview'
>;

export function previewsRepository(db: Db): PreviewMethods {
  return {
    async insertPreview(preview) {
      const [row] = await db.insert(planImportPreviews).values(preview).returning();
      if (!row) throw new Error('insert into plan_import_previews returned no row');
      return row;
    },
    async findPreview(id, forUpdate = false) {
      const query = db.select().from(planImportPreviews).where(eq(planImportPreviews.id, id));
      const [row] = forUpdate ? await query.for('update') : await query;
      return row ?? null;
    },
    async updatePreview(id, change) {
      await db.update(planImportPreviews).set(change).where(eq(planImportPreviews.id, id));
    },
    async deletePreview(id) {
      await db.delete(planImportPreviews).where(eq(planImportPreviews.id, id));
    },
    async deleteExpiredPreviews(now) {
      const rows = await db
        .delete(planImportPreviews)
        .where(lte(planImportPreviews.expiresAt, now))
        .returning({ id: planImportPreviews.id });
      return rows.length;
    },
  };
}
