// Quality flags' reads in bulk: one query for the versions of every filing of the periods asked
// (each with the revision its content dates from), one for the dismissals, whatever their number.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { REPORT_KINDS, REPORT_STATES, SELF_STATUSES } from '../../core/report/report.types.ts';
import { FILED_EVENTS } from '../../core/report/visibility.ts';
import type {
  DismissalRecord,
  QualityRepository,
  QualityVersion,
  VersionQuery,
} from '../../services/quality/quality.types.ts';
import type { Db } from '../client.ts';
import { accounts, qualityFlagDismissals, reportRevisions, reports } from '../schema/index.ts';
import { oneOf } from './supervision-rows.ts';

const FILED = [...FILED_EVENTS];

/** The last save at or before the revision read: the revision whose content it carries. */
const contentRev = sql<number>`coalesce((select max(s.rev) from report_revisions s
  where s.report_id = ${reportRevisions.reportId} and s.event = 'save' and s.rev <= ${reportRevisions.rev}),
  ${reportRevisions.rev})`;

const COLUMNS = {
  reportId: reports.id,
  periodId: reports.periodId,
  taskId: reports.taskId,
  unitId: reports.unitId,
  kind: reports.kind,
  state: reports.state,
  rev: reportRevisions.rev,
  contentRev: contentRev.mapWith(Number),
  progress: reportRevisions.progress,
  selfStatus: reportRevisions.selfStatus,
  percentComplete: reportRevisions.percentComplete,
  indicatorActuals: reportRevisions.indicatorActuals,
  problems: reportRevisions.problems,
  nextSteps: reportRevisions.nextSteps,
  attachmentIds: reportRevisions.attachmentIds,
};

function currentRows(db: Db, where: SQL | undefined) {
  return db
    .select(COLUMNS)
    .from(reports)
    .innerJoin(
      reportRevisions,
      and(eq(reportRevisions.reportId, reports.id), eq(reportRevisions.rev, reports.currentRev)),
    )
    .where(where)
    .orderBy(asc(reports.id));
}

type Row = Awaited<ReturnType<typeof currentRows>>[number];

function scope(query: VersionQuery): SQL | undefined {
  return and(
    inArray(reports.periodId, [...query.periodIds]),
    query.taskIds === undefined ? undefined : inArray(reports.taskId, [...query.taskIds]),
  );
}

export function qualityRepository(db: Db): QualityRepository {
  return {
    async findFiledVersions(query) {
      if (query.periodIds.length === 0 || query.taskIds?.length === 0) return [];
      const rows = await db
        .selectDistinctOn([reportRevisions.reportId], COLUMNS)
        .from(reportRevisions)
        .innerJoin(reports, eq(reports.id, reportRevisions.reportId))
        .where(and(scope(query), inArray(reportRevisions.event, FILED)))
        .orderBy(asc(reportRevisions.reportId), desc(reportRevisions.rev));
      return rows.map(toVersion);
    },
    async findCurrentVersions(query) {
      if (query.periodIds.length === 0 || query.taskIds?.length === 0) return [];
      const rows = await currentRows(db, and(scope(query), eq(reports.unitId, query.unitId)));
      return rows.map(toVersion);
    },
    async findDismissals(reportIds) {
      if (reportIds.length === 0) return [];
      const rows = await db
        .select({ dismissal: qualityFlagDismissals, name: accounts.displayName })
        .from(qualityFlagDismissals)
        .leftJoin(accounts, eq(accounts.id, qualityFlagDismissals.dismissedBy))
        .where(inArray(qualityFlagDismissals.reportId, [...reportIds]))
        .orderBy(asc(qualityFlagDismissals.id));
      return rows.map((row) => ({ ...row.dismissal, dismissedByName: row.name }));
    },
    async dismiss(dismissal) {
      const [row] = await db
        .insert(qualityFlagDismissals)
        .values(dismissal)
        .onConflictDoNothing()
        .returning();
      if (!row) return null;
      const [account] =
        row.dismissedBy === null
          ? []
          : await db
              .select({ name: accounts.displayName })
              .from(accounts)
              .where(eq(accounts.id, row.dismissedBy));
      return { ...row, dismissedByName: account?.name ?? null } satisfies DismissalRecord;
    },
  };
}

function toVersion(row: Row): QualityVersion {
  return {
    reportId: row.reportId,
    periodId: row.periodId,
    taskId: row.taskId,
    unitId: row.unitId,
    kind: oneOf(REPORT_KINDS, row.kind, 'reports.kind'),
    state: oneOf(REPORT_STATES, row.state, 'reports.state'),
    rev: row.rev,
    contentRev: row.contentRev,
    content: {
      progress: row.progress,
      selfStatus:
        row.selfStatus === null ? null : oneOf(SELF_STATUSES, row.selfStatus, 'report_revisions.self_status'),
      percentComplete: row.percentComplete,
      indicatorActuals: row.indicatorActuals,
      problems: row.problems,
      nextSteps: row.nextSteps,
      attachmentIds: row.attachmentIds,
    },
  };
}
