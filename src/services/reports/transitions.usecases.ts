// Moving a filing on: submit to the unit's approver, sign off to the office (late if after the due
// day), return with reasons, accept (final); inside the unit, the clerk's withdraw and the
// approver's send-back to the clerk. Each step is a revision carrying the content unchanged.
// moveReport is the one place a step happens (single routes and batches): hook notices there.
import { isLate } from '../../core/period/lateness.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Action, Actor } from '../../core/policy/policy.types.ts';
import { assertComplete, contentOf } from '../../core/report/report-content.ts';
import { nextState, returnReasons } from '../../core/report/report-state.ts';
import type { ReportState, TransitionEvent } from '../../core/report/report.types.ts';
import { notifyReportStep } from '../notifications/report-events.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { effectiveDueOn } from './due-dates.ts';
import { viewChangedReport } from './changed-view.ts';
import { findUnitsOwing } from './owing-units.ts';
import { auditReport, getCurrentRevision, reportNotFound } from './report-support.ts';
import { assertPeriodOpen } from '../plans/plan-lookups.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import type { ReportView } from './report-views.ts';
import { staleRevision } from '../../core/report/stale-revision.ts';
import { visibilityOf } from './report-views.ts';
import type { ReportPatch, ReportRecord } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Reference } from '../reference/reference-cache.ts';

interface TransitionInput {
  actor: Actor;
  reportId: number;
  /** A note kept with the revision (on return: the reasons, required). */
  note?: string;
  /** The revision the actor saw; a filing changed since is refused as stale. */
  baseRev?: number;
  store: Store;
  clock: Clock;
  /** The app's reference cache; without it the filing's units and due date are read afresh. */
  caches?: ProcessCaches;
}

export const ACTION_OF: Record<TransitionEvent, Action> = {
  submit: 'report.submit',
  withdraw: 'report.submit',
  send_back: 'report.sign_off',
  sign_off: 'report.sign_off',
  return: 'report.review',
  accept: 'report.review',
};

/** The unit's reporter hands the filing to the unit's approver (first filing or after a return). */
export function submitReport(input: TransitionInput): Promise<{ report: ReportView }> {
  return transition('submit', input);
}

/** The clerk takes a submitted filing back to a draft, before the approver signs it off. */
export function withdrawReport(input: TransitionInput): Promise<{ report: ReportView }> {
  return transition('withdraw', input);
}

/** The approver sends a submitted filing back to the clerk with a reason (not the office's 退回). */
export function sendBackReport(
  input: TransitionInput & { reasons: string },
): Promise<{ report: ReportView }> {
  return transition('send_back', { ...input, note: returnReasons(input.reasons) });
}

/** The unit's approver signs off: the filing reaches the office, recorded late after the due day. */
export function signOffReport(input: TransitionInput): Promise<{ report: ReportView }> {
  return transition('sign_off', input);
}

/** The office sends the filing back with its reasons; the unit revises and submits again. */
export function returnReport(input: TransitionInput & { reasons: string }): Promise<{ report: ReportView }> {
  return transition('return', { ...input, note: returnReasons(input.reasons) });
}

/** The office accepts the filing; nothing changes it afterwards. */
export function acceptReport(input: TransitionInput): Promise<{ report: ReportView }> {
  return transition('accept', input);
}

async function transition(event: TransitionEvent, input: TransitionInput): Promise<{ report: ReportView }> {
  const now = input.clock();
  const { report, period } = await input.store.transaction(async (tx) => {
    const reference = await input.caches?.reference.load(tx);
    return moveReport(tx, event, { ...input, now, reference });
  });
  return { report: await viewChangedReport(input.store.repos, { actor: input.actor, period, report }) };
}

/** One step on one filing inside the caller's transaction: checks, revision, audit. */
export async function moveReport(
  tx: Repositories,
  event: TransitionEvent,
  input: {
    actor: Actor;
    reportId: number;
    note?: string;
    baseRev?: number;
    now: Date;
    reference?: Reference;
  },
): Promise<{ report: ReportRecord; period: PeriodRecord }> {
  const { before, period } = await loadForChange(tx, input.actor, input.reportId, input.reference);
  assertCan(input.actor, ACTION_OF[event], { unitId: before.unitId });
  assertPeriodOpen(period);
  if (input.baseRev !== undefined && input.baseRev !== before.currentRev) {
    throw staleRevision(before, input.baseRev);
  }
  const { actor, note, now, reference } = input;
  const after = await applyTransition(tx, { event, before, period, actor, note, now, reference });
  return { report: after, period };
}

/** The filing, locked for the change, and its period; invisible ones answer like missing ones. */
export async function loadForChange(
  repos: Repositories,
  actor: Actor,
  reportId: number,
  reference?: Reference,
) {
  const before = await repos.reports.findReport(reportId, { forUpdate: true });
  const period = before ? await repos.reports.findPeriodById(before.periodId) : null;
  if (!before || !period || !(await mayKnow(repos, { actor, report: before, period, reference }))) {
    throw reportNotFound(reportId);
  }
  return { before, period };
}

export async function applyTransition(
  repos: Repositories,
  input: {
    event: TransitionEvent;
    before: ReportRecord;
    period: PeriodRecord;
    actor: Actor;
    note: string | undefined;
    now: Date;
    reference?: Reference | undefined;
  },
): Promise<ReportRecord> {
  const { event, before, now } = input;
  const state = nextState(before.state, event, before.id);
  const content = contentOf(await getCurrentRevision(repos, before));
  if (event === 'submit') assertComplete(content);
  // Measured against the unit's own due date: an approved extension or a calendar shift moves it.
  const late =
    event === 'sign_off' &&
    isLate({
      dueOn: input.period.dueOn,
      at: now,
      extendedDueOn: await effectiveDueOn(repos, {
        period: input.period,
        taskId: before.taskId,
        unitId: before.unitId,
        reference: input.reference,
      }),
    });
  const rev = before.currentRev + 1;
  await repos.reports.appendRevision({
    reportId: before.id,
    rev,
    event,
    state,
    ...content,
    reason: input.note?.trim() || null,
    late,
    authorAccountId: actorAccountId(input.actor),
    createdAt: now,
  });
  const after = await repos.reports.updateReport(before.id, stamps({ before, event, state, rev, late, now }));
  await auditReport(repos, { actor: input.actor, at: now, action: `report.${event}`, before, after });
  await notifyReportStep(repos, { event, report: after, period: input.period, note: input.note, now });
  return after;
}

/** Whether the actor may know the filing exists; otherwise it answers like a missing one. */
async function mayKnow(
  repos: Repositories,
  input: { actor: Actor; report: ReportRecord; period: PeriodRecord; reference: Reference | undefined },
) {
  const { actor, report, period, reference } = input;
  const owing = await findUnitsOwing(repos, { period, taskId: report.taskId, reference });
  const leads = owing.filter((unit) => unit.role === 'lead').map((unit) => unit.unitId);
  const context = { actor, periodKey: period.key, leadUnitIds: () => leads, unitName: () => '' };
  return visibilityOf(context, report) !== 'none';
}

function stamps(input: {
  before: ReportRecord;
  event: TransitionEvent;
  state: ReportState;
  rev: number;
  late: boolean;
  now: Date;
}): ReportPatch {
  const { before, now } = input;
  const patch: ReportPatch = { state: input.state, currentRev: input.rev, updatedAt: now };
  switch (input.event) {
    case 'submit':
      return { ...patch, submittedAt: now, firstSubmittedAt: before.firstSubmittedAt ?? now };
    case 'withdraw':
    case 'send_back':
      return patch;
    case 'sign_off':
      // Lateness is decided by the first time the filing reached the office, and never cleared.
      return { ...patch, signedOffAt: now, late: before.late || (before.signedOffAt === null && input.late) };
    case 'return':
      return { ...patch, returnedAt: now };
    case 'accept':
      return { ...patch, acceptedAt: now };
  }
}
