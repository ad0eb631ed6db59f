// Extension requests (延期申请): a unit asks for a later due date for one task in one period
// before its current due date passes; the office approves (with that or another date) or denies.
// An approved date moves the unit's lateness, lights and reminders.
import { conflict, notFound } from '../../core/errors.ts';
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/city-date.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { ExtensionDecision } from '../../core/supervision/extension-rules.ts';
import { assertExtensionRequest, decideExtension } from '../../core/supervision/extension-rules.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import { auditEvent } from '../audit/audit.ts';
import { notifyUnit } from '../notifications/notify-unit.ts';
import { recordNotices, taskLine } from '../notifications/notify.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
import { assertPeriodOpen, getTaskOfPeriod, getPeriod } from '../plans/plan-lookups.ts';
import { assertUnitAction, actorAccountId } from '../../core/policy/actor.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { loadPlanRules } from './plan-rules.usecases.ts';
import { assertOwes } from './slot-checks.ts';
import { dueDateFor } from '../reports/due-dates.ts';
import type { ExtensionRecord } from './supervision.types.ts';
import { decideLockedRequest, type OfficeDecisionInput } from './decide-request.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Reference } from '../reference/reference-cache.ts';

export async function requestExtension(input: {
  actor: Actor;
  taskId: number;
  period: string;
  requestedDueOn: string;
  reason: string;
  store: Store;
  clock: Clock;
  caches?: ProcessCaches;
}): Promise<{ extension: ExtensionRecord }> {
  const unitId = assertUnitAction(input.actor, 'supervision.respond');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const period = await getPeriod(repos, input.period);
    assertPeriodOpen(period);
    const task = await getTaskOfPeriod(repos, input.taskId, period);
    const reference = await input.caches?.reference.load(repos);
    const currentDueOn = await unfiledDueOn(repos, { period, taskId: task.id, unitId, reference });
    assertExtensionRequest({ ...input, currentDueOn, now, utcOffsetMinutes: CITY_UTC_OFFSET_MINUTES });
    const extension = await repos.extensions.insert({
      taskId: task.id,
      unitId,
      periodId: period.id,
      requestedDueOn: input.requestedDueOn,
      reason: input.reason.trim(),
      status: 'pending',
      requestedAt: now,
      requestedBy: actorAccountId(input.actor),
    });
    if (!extension) {
      throw conflict('extension.pending', 'a request for this task and period awaits the office');
    }
    const audit = {
      actor: input.actor,
      at: now,
      action: 'extension.request',
      before: null,
      after: extension,
    };
    await auditExtension(repos, audit);
    const title = `${periodLabel(period.key)}第${task.seq}项延期申请(至${extension.requestedDueOn})`;
    const lines = [taskLine(task), `理由:${extension.reason}`];
    await notify(repos, { extension, audience: 'office', step: 'request', title, lines }, now);
    return { extension };
  });
}

/** The unit's current due date for a filing it owes and has not yet sent to the office. */
async function unfiledDueOn(
  repos: Repositories,
  slot: { period: PeriodRecord; taskId: number; unitId: number; reference: Reference | undefined },
): Promise<string> {
  const { period, taskId, unitId } = slot;
  const owed = await assertOwes(repos, slot);
  const kind = kindFor(owed.role);
  const filed = await repos.reports.findReportInSlot({ periodId: period.id, taskId, unitId, kind });
  if (filed?.signedOffAt) {
    throw conflict('extension.already_filed', 'the filing has reached the office already');
  }
  const rules = await loadPlanRules(repos, period.planId);
  const extensions = await repos.extensions.findMany({ periodIds: [period.id], unitId, taskId });
  const groupIds = owed.viaGroup ? [owed.viaGroup.id] : [];
  return dueDateFor({ rules, extensions }, { period, taskId, unitId, groupIds }).dueOn;
}

async function notify(
  repos: Repositories,
  notice: {
    extension: ExtensionRecord;
    audience: 'unit' | 'office';
    step: string;
    title: string;
    lines: string[];
  },
  now: Date,
): Promise<void> {
  const { extension, audience, title, lines } = notice;
  const key = `extension:${extension.id}:${notice.step}`;
  const about = { taskId: extension.taskId, periodId: extension.periodId, title, lines };
  if (audience === 'unit') {
    await notifyUnit(repos, { kind: 'extension', key, unitId: extension.unitId, ...about }, now);
    return;
  }
  await recordNotices(repos, [{ key, kind: 'extension', audience, unitId: null, ...about }], now);
}

interface DecisionInput extends OfficeDecisionInput {
  extensionId: number;
  /** The granted date on approval; the date asked for when absent. */
  dueOn?: string;
}

export const approveExtension = (input: DecisionInput) => decide('approve', input);
export const denyExtension = (input: DecisionInput) => decide('deny', input);

async function decide(
  decision: ExtensionDecision,
  input: DecisionInput,
): Promise<{ extension: ExtensionRecord }> {
  const request = {
    lock: (repos: Repositories) => repos.extensions.find(input.extensionId, { forUpdate: true }),
    missing: () => notFound('extension.not_found', `no extension request ${input.extensionId}`),
  };
  return decideLockedRequest(input, request, async ({ repos, before, now, reason }) => {
    const period = await getPeriod(repos, before.period);
    assertPeriodOpen(period);
    const grantedDueOn = input.dueOn ?? before.requestedDueOn;
    const status = decideExtension({
      status: before.status,
      decision,
      baseDueOn: period.dueOn,
      grantedDueOn,
      reason,
    });
    const extension = await repos.extensions.decide(before.id, {
      status,
      grantedDueOn: status === 'approved' ? grantedDueOn : null,
      decisionReason: reason === '' ? null : reason,
      decidedAt: now,
      decidedBy: actorAccountId(input.actor),
    });
    const audit = { actor: input.actor, at: now, action: `extension.${decision}`, before, after: extension };
    await auditExtension(repos, audit);
    const outcome = status === 'approved' ? `已批准,新的截止日期为${grantedDueOn}` : `未批准:${reason}`;
    const title = `${periodLabel(period.key)}延期申请${outcome}`;
    await notify(repos, { extension, audience: 'unit', step: decision, title, lines: [] }, now);
    return { extension };
  });
}

async function auditExtension(
  repos: Repositories,
  input: { actor: Actor; at: Date; action: string; before: ExtensionRecord | null; after: ExtensionRecord },
): Promise<void> {
  const state = (extension: ExtensionRecord | null) =>
    extension && {
      status: extension.status,
      requestedDueOn: extension.requestedDueOn,
      grantedDueOn: extension.grantedDueOn,
    };
  await repos.audit.append(
    auditEvent({
      actor: input.actor,
      at: input.at,
      action: input.action,
      entityType: 'extension',
      entityId: input.after.id,
      before: state(input.before),
      after: state(input.after),
    }),
  );
}
