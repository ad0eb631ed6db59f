// The save that autosave sends again and again, kept to two round trips: the slot and its current
// revision read without a lock, then one statement that writes the next revision, moves the filing
// to it and appends the audit event, only if the filing still stands where the read found it.
import { and, eq, sql } from 'drizzle-orm';
import type { ReportSlot, ReportsRepository } from '../../services/reports/reports.types.ts';
import type { Db } from '../client.ts';
import { reportRevisions, reports } from '../schema/index.ts';
import { preparedOnce } from './prepared.ts';
import { toReportRecord, toRevisionRecord } from './report-rows.ts';

type SaveQueries = Pick<ReportsRepository, 'findSlotWithRevision' | 'appendSaveIfCurrent'>;

export function reportSaveQueries(db: Db): SaveQueries {
  const slotWithRevision = preparedOnce(() =>
    db
      .select()
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
      return { report: toReportRecord(row.reports), current };
    },
    async appendSaveIfCurrent({ expected, revision: r, audit: a }) {
      const json = (value: unknown) =>
        value === null || value === undefined ? sql`null::jsonb` : sql`${JSON.stringify(value)}::jsonb`;
      const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;
      // Values in a select list carry no column type: every non-text one is cast.
      // Data-modifying CTEs all run; the inserts select from the update, so they write nothing
      // when the guard matched no row.
      // Both drivers answer with { rows }.
      const result = (await db.execute(sql`
        with moved as (
          update reports set current_rev = ${r.rev}, updated_at = ${at(r.createdAt)}
          where id = ${expected.id} and current_rev = ${expected.currentRev} and state = ${expected.state}
          returning id
        ), revision as (
          insert into report_revisions (report_id, rev, event, state, progress, self_status,
            percent_complete, indicator_actuals, problems, next_steps, attachment_ids, reason, late,
            author_account_id, created_at)
          select id, ${r.rev}::integer, ${r.event}, ${r.state}, ${r.progress}, ${r.selfStatus},
            ${r.percentComplete}::integer, ${json(r.indicatorActuals)}, ${r.problems}, ${r.nextSteps},
            ${json(r.attachmentIds)}, ${r.reason}, ${r.late}::boolean, ${r.authorAccountId}::integer,
            ${at(r.createdAt)}
          from moved
          returning id
        ), audit as (
          insert into audit_events (at, actor_kind, actor_account_id, actor_label, action,
            entity_type, entity_id, before, after)
          select ${at(a.at)}, ${a.actorKind}, ${a.actorAccountId}::integer, ${a.actorLabel}, ${a.action},
            ${a.entityType}, ${a.entityId}, ${json(a.before)}, ${json(a.after)}
          from moved
          returning id
        )
        select id from moved`)) as { rows: unknown[] };
      return result.rows.length === 1;
    },
  };
}
