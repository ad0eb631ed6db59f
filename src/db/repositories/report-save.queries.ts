// The save that autosave sends again and again, kept to two round trips, or one when the process
// still holds the slot from its last save: the slot and its current revision read without a lock,
// then one statement that writes the next revision, moves the filing to it, appends the audit event
// and answers with the filing's history, only if the filing's row is still the version read
// (PostgreSQL's xmin, which every update of the row replaces).
import { and, eq, sql } from 'drizzle-orm';
import type { ReportSlot, ReportsRepository } from '../../services/reports/reports.types.ts';
import type { Db } from '../client.ts';
import { reportRevisions, reports } from '../schema/index.ts';
import { preparedOnce, preparedStatement } from './prepared.ts';
import { toReportRecord, toRevisionRecord } from './report-rows.ts';

type SaveQueries = Pick<ReportsRepository, 'findSlotWithRevision' | 'appendSaveIfCurrent'>;

const ROW_VERSION = sql<string>`${reports}.xmin::text`;

export function reportSaveQueries(db: Db): SaveQueries {
  const saveIfCurrent = preparedOnce(() => saveIfCurrentStatement(db));
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
    async appendSaveIfCurrent({ expected, revision: r, audit: a }) {
      const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
      const { rows } = await saveIfCurrent().execute({
        reportId: expected.id,
        rowVersion: expected.rowVersion,
        rev: r.rev,
        event: r.event,
        state: r.state,
        progress: r.progress,
        selfStatus: r.selfStatus,
        percentComplete: r.percentComplete,
        indicatorActuals: json(r.indicatorActuals),
        problems: r.problems,
        nextSteps: r.nextSteps,
        attachmentIds: json(r.attachmentIds),
        reason: r.reason,
        late: r.late,
        authorAccountId: r.authorAccountId,
        createdAt: r.createdAt.toISOString(),
        auditAt: a.at.toISOString(),
        actorKind: a.actorKind,
        actorAccountId: a.actorAccountId,
        actorLabel: a.actorLabel,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        before: json(a.before),
        after: json(a.after),
      });
      const [row] = rows;
      if (!row) return null;
      const history: unknown = typeof row.history === 'string' ? JSON.parse(row.history) : row.history;
      return { rowVersion: row.row_version, revisions: (history as RevisionJson[]).map(fromRevisionJson) };
    },
  };
}

/**
 * Data-modifying CTEs all run; the inserts select from the update, so they write nothing when the
 * guard matched no row. The statement cannot see its own insert in the table, so the history is
 * the table's revisions and the one just returned. Every value is cast: a placeholder in a select
 * list has no column type to take.
 */
function saveIfCurrentStatement(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return preparedStatement<{ row_version: string; history: unknown }>(
    db,
    'reports_save_if_current',
    sql`
      with moved as (
        update reports set current_rev = ${p('rev')}::integer, updated_at = ${p('createdAt')}::timestamptz
        where id = ${p('reportId')}::integer and xmin = ${p('rowVersion')}::xid
        returning id, xmin::text as row_version
      ), revision as (
        insert into report_revisions (report_id, rev, event, state, progress, self_status,
          percent_complete, indicator_actuals, problems, next_steps, attachment_ids, reason, late,
          author_account_id, created_at)
        select id, ${p('rev')}::integer, ${p('event')}::text, ${p('state')}::text, ${p('progress')}::text,
          ${p('selfStatus')}::text, ${p('percentComplete')}::integer, ${p('indicatorActuals')}::jsonb,
          ${p('problems')}::text, ${p('nextSteps')}::text, ${p('attachmentIds')}::jsonb, ${p('reason')}::text,
          ${p('late')}::boolean, ${p('authorAccountId')}::integer, ${p('createdAt')}::timestamptz
        from moved
        returning *
      ), audit as (
        insert into audit_events (at, actor_kind, actor_account_id, actor_label, action,
          entity_type, entity_id, before, after)
        select ${p('auditAt')}::timestamptz, ${p('actorKind')}::text, ${p('actorAccountId')}::integer,
          ${p('actorLabel')}::text, ${p('action')}::text, ${p('entityType')}::text, ${p('entityId')}::text,
          ${p('before')}::jsonb, ${p('after')}::jsonb
        from moved
        returning id
      )
      select moved.row_version,
        (select json_agg(history order by history.rev) from (
          select * from report_revisions where report_id = moved.id
          union all select * from revision) history) as history
      from moved`,
  );
}

/** A revision as PostgreSQL writes a report_revisions row in JSON. */
interface RevisionJson {
  id: number;
  report_id: number;
  rev: number;
  event: string;
  state: string;
  progress: string;
  self_status: string | null;
  percent_complete: number | null;
  indicator_actuals: (typeof reportRevisions.$inferSelect)['indicatorActuals'];
  problems: string;
  next_steps: string;
  attachment_ids: number[];
  reason: string | null;
  late: boolean;
  author_account_id: number | null;
  created_at: string;
}

function fromRevisionJson(row: RevisionJson) {
  return toRevisionRecord({
    id: row.id,
    reportId: row.report_id,
    rev: row.rev,
    event: row.event,
    state: row.state,
    progress: row.progress,
    selfStatus: row.self_status,
    percentComplete: row.percent_complete,
    indicatorActuals: row.indicator_actuals,
    problems: row.problems,
    nextSteps: row.next_steps,
    attachmentIds: row.attachment_ids,
    reason: row.reason,
    late: row.late,
    authorAccountId: row.author_account_id,
    createdAt: new Date(row.created_at),
  });
}
