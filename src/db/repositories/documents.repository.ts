// Bulk reads for the period documents: every filing of a period with what the office holds of it,
// in three queries whatever the number of filings (the summary covers a thousand and more); the
// bulk writes of an applied template are in documents-saves.repository.ts.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { REPORT_KINDS, REPORT_STATES, SELF_STATUSES } from '../../core/report/report.types.ts';
import { FILED_EVENTS } from '../../core/report/visibility.ts';
import type { DocumentsRepository, PeriodFiling } from '../../services/documents/documents.types.ts';
import type { Db } from '../client.ts';
import { reportRevisions, reports } from '../schema/index.ts';
import { documentSaves } from './documents-saves.repository.ts';
import { oneOf } from './supervision-rows.ts';

const FILED = [...FILED_EVENTS];

export function documentsRepository(db: Db): DocumentsRepository {
  return {
    ...documentSaves(db),
    async findPeriodFilings(periodId) {
      const inPeriod = and(eq(reports.periodId, periodId), inArray(reportRevisions.event, FILED));
      const rows = await db
        .select()
        .from(reports)
        .where(eq(reports.periodId, periodId))
        .orderBy(asc(reports.id));
      // The latest version that left the unit, one per report.
      const latest = await db
        .selectDistinctOn([reportRevisions.reportId], {
          reportId: reportRevisions.reportId,
          selfStatus: reportRevisions.selfStatus,
          percentComplete: reportRevisions.percentComplete,
          indicatorActuals: reportRevisions.indicatorActuals,
          progress: reportRevisions.progress,
          problems: reportRevisions.problems,
          nextSteps: reportRevisions.nextSteps,
        })
        .from(reportRevisions)
        .innerJoin(reports, eq(reports.id, reportRevisions.reportId))
        .where(inPeriod)
        .orderBy(asc(reportRevisions.reportId), desc(reportRevisions.rev));
      const events = await db
        .select({
          id: reportRevisions.id,
          reportId: reportRevisions.reportId,
          event: reportRevisions.event,
          createdAt: reportRevisions.createdAt,
        })
        .from(reportRevisions)
        .innerJoin(reports, eq(reports.id, reportRevisions.reportId))
        .where(and(inPeriod, inArray(reportRevisions.event, ['sign_off', 'return'])))
        .orderBy(asc(reportRevisions.reportId), asc(reportRevisions.rev));
      const versions = new Map(latest.map((version) => [version.reportId, version]));
      const byReport = new Map<number, Event[]>();
      for (const event of events)
        byReport.set(event.reportId, [...(byReport.get(event.reportId) ?? []), event]);
      return rows.map((row) => filingOf(row, versions.get(row.id) ?? null, byReport.get(row.id) ?? []));
    },
  };
}

interface Event {
  id: number;
  event: string;
  createdAt: Date;
}

type Version = Pick<
  typeof reportRevisions.$inferSelect,
  'selfStatus' | 'percentComplete' | 'indicatorActuals' | 'progress' | 'problems' | 'nextSteps'
>;

function filingOf(
  row: typeof reports.$inferSelect,
  version: Version | null,
  events: readonly Event[],
): PeriodFiling {
  return {
    reportId: row.id,
    periodId: row.periodId,
    taskId: row.taskId,
    unitId: row.unitId,
    kind: oneOf(REPORT_KINDS, row.kind, 'reports.kind'),
    state: oneOf(REPORT_STATES, row.state, 'reports.state'),
    late: row.late,
    signedOffAt: row.signedOffAt,
    firstSignedOffAt: events.find((event) => event.event === 'sign_off')?.createdAt ?? null,
    returnRevisionIds: events.filter((event) => event.event === 'return').map((event) => event.id),
    selfStatus:
      version?.selfStatus == null
        ? null
        : oneOf(SELF_STATUSES, version.selfStatus, 'report_revisions.self_status'),
    percentComplete: version?.percentComplete ?? null,
    indicatorActuals: version?.indicatorActuals ?? [],
    progress: version?.progress ?? '',
    problems: version?.problems ?? '',
    nextSteps: version?.nextSteps ?? '',
  };
}
