// The writes of an applied feedback template, in bulk: a unit's filings of a period read and
// locked at once with their current content, then the new filings, the new revisions and the
// advanced current revisions in one statement each, whatever the number of rows.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DocumentsRepository } from '../../services/documents/documents.types.ts';
import type { Db } from '../client.ts';
import { reportRevisions, reports } from '../schema/index.ts';
import { toReportRecord, toRevisionRecord } from './report-rows.ts';

type SaveQueries = Pick<
  DocumentsRepository,
  'findUnitFilings' | 'insertReports' | 'appendRevisions' | 'advanceRevisions'
>;

export function documentSaves(db: Db): SaveQueries {
  return {
    async findUnitFilings(query) {
      const rows = await db
        .select({ report: reports, revision: reportRevisions })
        .from(reports)
        .leftJoin(
          reportRevisions,
          and(eq(reportRevisions.reportId, reports.id), eq(reportRevisions.rev, reports.currentRev)),
        )
        .where(and(eq(reports.periodId, query.periodId), eq(reports.unitId, query.unitId)))
        .orderBy(asc(reports.id))
        .for('update', { of: reports });
      return rows.map(({ report, revision }) => ({
        report: toReportRecord(report),
        current: revision ? toRevisionRecord(revision) : null,
      }));
    },
    async insertReports(values) {
      if (values.length === 0) return [];
      // A slot another save created meanwhile is skipped: the caller sees the missing row.
      const rows = await db
        .insert(reports)
        .values([...values])
        .onConflictDoNothing()
        .returning();
      return rows.map(toReportRecord);
    },
    async appendRevisions(values) {
      if (values.length === 0) return;
      await db.insert(reportRevisions).values([...values]);
    },
    async advanceRevisions(ids, now) {
      if (ids.length === 0) return [];
      const rows = await db
        .update(reports)
        .set({ currentRev: sql`${reports.currentRev} + 1`, updatedAt: now })
        .where(inArray(reports.id, [...ids]))
        .returning();
      return rows.map(toReportRecord);
    },
  };
}
