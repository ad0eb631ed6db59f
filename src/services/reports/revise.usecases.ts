// The approver's edit-and-sign-off: a submitted filing is corrected by the unit's approver and
// signed off in one step. The edit is its own revision (author: the approver; note: the fields
// changed), then the sign-off revision; both audited, neither counts against the unit.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { changedFieldLabels, revisionNote } from '../../core/report/report-changes.ts';
import { assertComplete, mergeContent, validContent, contentOf } from '../../core/report/report-content.ts';
import { assertRevisable } from '../../core/report/report-state.ts';
import type { ReportContentPatch } from '../../core/report/report.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { viewChangedReport } from './changed-view.ts';
import { auditReport, getCurrentRevision } from './report-support.ts';
import { assertPeriodOpen, getTaskOfPeriod } from '../plans/plan-lookups.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import type { ReportView } from './report-views.ts';
import type { ReportRecord } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import { staleRevision } from '../../core/report/stale-revision.ts';
import { applyTransition, loadForChange } from './transitions.usecases.ts';

export interface EditAndSignOffInput {
  actor: Actor;
  reportId: number;
  baseRev: number;
  /** The fields the approver changed; evidence files stay as the clerk attached them. */
  content: Omit<ReportContentPatch, 'attachmentIds'>;
  store: Store;
  clock: Clock;
}

export async function editAndSignOff(input: EditAndSignOffInput): Promise<{ report: ReportView }> {
  const now = input.clock();
  const { actor } = input;
  const { report, period } = await input.store.transaction(async (tx) => {
    const { before, period } = await loadForChange(tx, actor, input.reportId);
    assertCan(actor, 'report.sign_off', { unitId: before.unitId });
    assertPeriodOpen(period);
    assertRevisable(before.state, before.id);
    if (input.baseRev !== before.currentRev) throw staleRevision(before, input.baseRev);
    const revised = await reviseContent(tx, { actor, before, period, patch: input.content, now });
    const after = await applyTransition(tx, {
      event: 'sign_off',
      before: revised,
      period,
      actor,
      note: undefined,
      now,
    });
    return { report: after, period };
  });
  return { report: await viewChangedReport(input.store.repos, { actor, period, report }) };
}

/** Appends the approver's edit as a revision when it changes anything; the filing it leaves. */
async function reviseContent(
  tx: Repositories,
  input: { actor: Actor; before: ReportRecord; period: PeriodRecord; patch: ReportContentPatch; now: Date },
): Promise<ReportRecord> {
  const { before, now } = input;
  const current = contentOf(await getCurrentRevision(tx, before));
  const task = await getTaskOfPeriod(tx, before.taskId, input.period);
  const content = validContent(mergeContent(current, input.patch), {
    indicatorIds: task.indicators.map((indicator) => indicator.id),
  });
  assertComplete(content);
  const changed = changedFieldLabels(current, content);
  if (changed.length === 0) return before;
  const rev = before.currentRev + 1;
  await tx.reports.appendRevision({
    reportId: before.id,
    rev,
    event: 'revise',
    state: before.state,
    ...content,
    reason: revisionNote(changed),
    late: false,
    authorAccountId: actorAccountId(input.actor),
    createdAt: now,
  });
  const after = await tx.reports.updateReport(before.id, { currentRev: rev, updatedAt: now });
  await auditReport(tx, { actor: input.actor, at: now, action: 'report.revise', before, after });
  return after;
}
