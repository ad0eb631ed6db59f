// Bulk reads for lights and the assessment: every filing of some periods as the office holds it.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReportKind, ReportState, SelfStatus } from '../../core/report/report.types.ts';
import { REPORT_KINDS, REPORT_STATES, SELF_STATUSES } from '../../core/report/report.types.ts';
import type { FilingFact, SupervisionFactsRepository } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { reportRevisions, reports } from '../schema/index.ts';
import { oneOf } from './supervision-rows.ts';

/** The versions that left the unit: only these count for the office. */
const FILED_EVENTS = ['sign_off', 'return', 'accept'];

type FiledRevision = {
  id: number;
  reportId: number;
  event: string;
  createdAt: Date;
  selfStatus: string | null;
  percentComplete: number | null;
  indicatorActuals: FilingFact['indicatorActuals'];
};

function factOf(report: typeof reports.$inferSelect, filed: readonly FiledRevision[]): FilingFact {
  const latest = filed.at(-1);
  const selfStatus: SelfStatus | null =
    latest?.selfStatus == null
      ? null
      : oneOf(SELF_STATUSES, latest.selfStatus, 'report_revisions.self_status');
  const kind: ReportKind = oneOf(REPORT_KINDS, report.kind, 'reports.kind');
  const state: ReportState = oneOf(REPORT_STATES, report.state, 'reports.state');
  return {
    reportId: report.id,
    periodId: report.periodId,
    taskId: report.taskId,
    unitId: report.unitId,
    kind,
    state,
    late: report.late,
    firstSignedOffAt: filed.find((revision) => revision.event === 'sign_off')?.createdAt ?? null,
    returnRevisionIds: filed.filter((revision) => revision.event === 'return').map((revision) => revision.id),
    selfStatus,
    percentComplete: latest?.percentComplete ?? null,
    indicatorActuals: latest?.indicatorActuals ?? [],
  };
}

export function supervisionFactsRepository(db: Db): SupervisionFactsRepository {
  return {
    async findFilingFacts(periodIds) {
      if (periodIds.length === 0) return [];
      const rows = await db
        .select()
        .from(reports)
        .where(inArray(reports.periodId, [...periodIds]))
        .orderBy(asc(reports.id));
      const revisions = await db
        .select({
          id: reportRevisions.id,
          reportId: reportRevisions.reportId,
          event: reportRevisions.event,
          createdAt: reportRevisions.createdAt,
          selfStatus: reportRevisions.selfStatus,
          percentComplete: reportRevisions.percentComplete,
          indicatorActuals: reportRevisions.indicatorActuals,
        })
        .from(reportRevisions)
        .innerJoin(reports, eq(reports.id, reportRevisions.reportId))
        .where(and(inArray(reports.periodId, [...periodIds]), inArray(reportRevisions.event, FILED_EVENTS)))
        .orderBy(asc(reportRevisions.reportId), asc(reportRevisions.rev));
      const byReport = new Map<number, FiledRevision[]>();
      for (const revision of revisions) {
        const list = byReport.get(revision.reportId) ?? [];
        list.push(revision);
        byReport.set(revision.reportId, list);
      }
      return rows.map((row) => factOf(row, byReport.get(row.id) ?? []));
    },
  };
}
