// Writes an upload's changed rows in bulk, inside the applying transaction: the filings saved for
// the first time are created together, every save is appended as the filing's next revision in one
// insert, the existing filings move to it in one update, and the audit trail gets one 'report.save'
// event per changed filing (as a single save records it) plus one 'report.template_apply' event
// for the upload, in one insert. A save never touches a filing's state or late flag.
import { conflict } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import { reportAuditEvent } from '../reports/report-support.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import type { NewRevision, ReportRecord } from '../reports/reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';
import type { RowPlan } from './template-apply.rows.ts';
import { slotKey } from './template-apply.rows.ts';

export type RowSave = Extract<RowPlan, { outcome: 'save' }>;

interface SaveWrite {
  change: RowSave;
  report: ReportRecord;
  rev: number;
}

export async function writeTemplateSaves(
  repos: Repositories,
  input: { actor: Actor; period: PeriodRecord; unitId: number; changes: readonly RowSave[]; now: Date },
): Promise<void> {
  const { actor, changes, now } = input;
  if (changes.length === 0) return;
  const created = await createFilings(repos, changes, now);
  const writes = changes.map((change): SaveWrite => {
    const report = change.existing ?? created.get(slotKey(change.slot));
    if (!report) throw staleFiling(change);
    return { change, report, rev: change.existing ? report.currentRev + 1 : 1 };
  });
  await repos.documents.appendRevisions(writes.map((write) => revisionOf(write, actor, now)));
  const advanced = await repos.documents.advanceRevisions(
    writes.filter((write) => write.change.existing).map((write) => write.report.id),
    now,
  );
  for (const { change, report, rev } of writes) {
    // Evidence listed by a row is already tied to the filing; this only ever links a stray file.
    if (change.content.attachmentIds.length > 0)
      await repos.reports.linkAttachments(change.content.attachmentIds, report.id, rev);
  }
  const after = new Map([...created.values(), ...advanced].map((report) => [report.id, report]));
  await repos.audit.appendMany([
    ...writes.map(({ change, report }) =>
      reportAuditEvent({
        actor,
        at: now,
        action: 'report.save',
        before: change.existing,
        after: after.get(report.id) ?? report,
      }),
    ),
    uploadEvent(input),
  ]);
}

/** The filings saved for the first time; one another save created meanwhile makes the upload stale. */
async function createFilings(
  repos: Repositories,
  changes: readonly RowSave[],
  now: Date,
): Promise<Map<string, ReportRecord>> {
  const fresh = changes.filter((change) => change.existing === null);
  const created = await repos.documents.insertReports(
    fresh.map((change) => ({
      ...change.slot,
      state: 'draft',
      currentRev: 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const bySlot = new Map(created.map((report) => [slotKey(report), report]));
  const lost = fresh.find((change) => !bySlot.has(slotKey(change.slot)));
  if (lost) throw staleFiling(lost);
  return bySlot;
}

function revisionOf({ change, report, rev }: SaveWrite, actor: Actor, now: Date): NewRevision {
  return {
    reportId: report.id,
    rev,
    event: 'save',
    state: report.state,
    ...change.content,
    reason: null,
    late: false,
    authorAccountId: actorAccountId(actor),
    createdAt: now,
  };
}

function uploadEvent(input: {
  actor: Actor;
  period: PeriodRecord;
  unitId: number;
  changes: readonly RowSave[];
  now: Date;
}) {
  const taskIds = input.changes.map((change) => change.slot.taskId);
  return auditEvent({
    actor: input.actor,
    at: input.now,
    action: 'report.template_apply',
    entityType: 'unit',
    entityId: input.unitId,
    after: { period: input.period.key, applied: taskIds.length, taskIds },
  });
}

function staleFiling(change: RowSave) {
  return conflict(
    'report.stale_revision',
    'a filing changed while the template was applied; upload it again',
    {
      taskId: change.slot.taskId,
      reportId: null,
    },
  );
}
