// The save that autosave sends again and again, kept to two round trips, or one when the process
// still holds the slot from its last save: the slot and its current revision read without a lock,
// then one statement that writes the next revision, moves the filing to it, appends the audit event
// and answers with the filing's steps and the new revision, only if the filing's row is still the
// version read (PostgreSQL's xmin, which every update of the row replaces). The revision's and the audit event's
// columns come from their tables' definitions (placeholder-row.ts).
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ReportSlot, ReportsRepository } from '../../services/reports/reports.types.ts';
import type { Db } from '../client.ts';
import { auditEvents, reportRevisions, reports } from '../schema/index.ts';
import { placeholderRow, rowFromJson } from './placeholder-row.ts';
import { preparedOnce, preparedStatement } from './prepared.ts';
import { toReportRecord, toRevisionRecord } from './report-rows.ts';

type SaveQueries = Pick<ReportsRepository, 'findSlotWithRevision' | 'appendSaveIfCurrent'>;

const ROW_VERSION = sql<string>`${reports}.xmin::text`;

export function reportSaveQueries(db: Db): SaveQueries {
  const saveIfCurrent = preparedOnce(() =>
    preparedStatement<{ row_version: string; history: unknown }>(
      db,
      'reports_save_if_current',
      saveIfCurrentSql(),
    ),
  );
  const slotWithRevision = preparedOnce(() =>
    db
      .select({ reports, report_revisions: reportRevisions, rowVersion: ROW_VERSION })
      .from(reports)
      .leftJoin(
        reportRevisions,
        and(eq(reportRevisions.reportId, reports.id), eq(reportRevisions.rev, reports.currentRev)),
      )
      .where(
        and(
          eq(reports.periodId, sql.placeholder('periodId')),
          eq(reports.taskId, sql.placeholder('taskId')),
          eq(reports.unitId, sql.placeholder('unitId')),
          eq(reports.kind, sql.placeholder('kind')),
        ),
      )
      .prepare('reports_slot_with_revision'),
  );
  return {
    async findSlotWithRevision(slot: ReportSlot) {
      const [row] = await slotWithRevision().execute({ ...slot });
      if (!row) return null;
      const current = row.report_revisions ? toRevisionRecord(row.report_revisions) : null;
      return { report: toReportRecord(row.reports), current, rowVersion: row.rowVersion };
    },
    async appendSaveIfCurrent({ expected, revision, audit }) {
      const { rows } = await saveIfCurrent().execute({
        reportId: expected.id,
        rowVersion: expected.rowVersion,
        ...REVISION.params(revision),
        ...AUDIT.params(audit),
      });
      const [row] = rows;
      if (!row) return null;
      const history: unknown = typeof row.history === 'string' ? JSON.parse(row.history) : row.history;
      const steps = (history as Record<string, unknown>[]).map((json) =>
        toRevisionRecord(rowFromJson(reportRevisions, json)),
      );
      return { rowVersion: row.row_version, steps };
    },
  };
}

/** The revision and the audit event, written with every column their tables have. */
const REVISION = placeholderRow(reportRevisions, 'revision', { reportId: sql`id` });
const AUDIT = placeholderRow(auditEvents, 'audit');

/**
 * Data-modifying CTEs all run; the inserts select from the update, so they write nothing when the
 * guard matched no row. The statement cannot see its own insert in the table, so the answer is
 * the table's steps (revisions other than saves, which autosave does not multiply) and the revision
 * just returned. Every value is cast: a placeholder in a select list has no column type to take.
 */
export function saveIfCurrentSql(): SQL {
  const p = (name: string) => sql.placeholder(name);
  return sql`
    with moved as (
      update reports set current_rev = ${p('revision_rev')}::integer,
        updated_at = ${p('revision_createdAt')}::timestamptz
      where id = ${p('reportId')}::integer and xmin = ${p('rowVersion')}::xid
      returning id, xmin::text as row_version
    ), revision as (
      insert into ${reportRevisions} ${REVISION.columns}
      select ${REVISION.values} from moved
      returning *
    ), audit as (
      insert into ${auditEvents} ${AUDIT.columns}
      select ${AUDIT.values} from moved
      returning id
    )
    select moved.row_version,
      (select json_agg(history order by history.rev) from (
        select * from ${reportRevisions} where report_id = moved.id and event <> 'save'
        union all select * from revision) history) as history
    from moved`;
}
