// One pass of reminders and escalation: for every owed filing of the open periods that has not
// reached the office, the notices the escalation rules call for now. Each is recorded under its
// key (a key recorded before is skipped), so passes can repeat and restart without resending.
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/period.ts';
import { cityDate } from '../../core/plan/city-date.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Notice } from '../../core/supervision/escalation.ts';
import { dueNotices, NOTICE_LABELS } from '../../core/supervision/escalation.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import { auditEvent } from '../audit/audit.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { PeriodRecord } from '../reports/reports.types.ts';
import { kindFor } from '../reports/worklist.usecase.ts';
import type { Repositories, Store } from '../store.ts';
import type { SupervisionContext } from '../supervision/supervision-context.ts';
import { dueDateFor, loadSupervisionContext } from '../supervision/supervision-context.ts';
import type { NotificationRecord } from './notifications.types.ts';
import type { NoticeInput } from './notify.ts';
import { recordNotices, taskLine } from './notify.ts';

export const SCHEDULER_ACTOR: Actor = { kind: 'system', role: 'admin', label: 'scheduler' };

/** Not closed, and its filing window has opened. */
export function isOpen(period: PeriodRecord, now: Date): boolean {
  return period.state !== 'closed' && period.opensOn <= cityDate(now);
}

/**
 * A later quarter's due date has passed: the quarter is history. Escalation never back-fills it
 * (a server started late, or a plan imported late, starts from the current quarter).
 */
export function isPast(period: PeriodRecord, periods: readonly PeriodRecord[], now: Date): boolean {
  const today = cityDate(now);
  return periods.some((other) => other.key > period.key && other.dueOn < today);
}

export async function recordDueNotices(input: {
  store: Store;
  now: Date;
}): Promise<{ recorded: number; orders: number }> {
  const { repos } = input.store;
  const totals = { recorded: 0, orders: 0 };
  for (const plan of await repos.plans.findAll()) {
    const context = await loadSupervisionContext(repos, plan);
    const current = context.periods.filter(
      (candidate) => isOpen(candidate, input.now) && !isPast(candidate, context.periods, input.now),
    );
    for (const period of current) {
      const notices = await noticesOf(repos, context, period, input.now);
      if (notices.length === 0) continue;
      const added = await input.store.transaction((tx) =>
        recordEscalation(tx, { context, period, notices, now: input.now }),
      );
      totals.recorded += added.recorded;
      totals.orders += added.orders;
    }
  }
  return totals;
}

interface Due {
  notice: Notice;
  unitName: string;
}

async function noticesOf(
  repos: Repositories,
  context: SupervisionContext,
  period: PeriodRecord,
  now: Date,
): Promise<Due[]> {
  const owing = await findUnitsOwing(repos, { period });
  const facts = await repos.supervisionFacts.findFilingFacts([period.id]);
  const filed = new Set(
    facts
      .filter((fact) => fact.firstSignedOffAt !== null)
      .map((fact) => `${fact.taskId}:${fact.unitId}:${fact.kind}`),
  );
  const sentKeys = await repos.notifications.findKeys(period.id);
  return owing.flatMap((unit) => {
    const groupIds = unit.viaGroup ? [unit.viaGroup.id] : [];
    const due = dueDateFor(context, { period, taskId: unit.taskId, unitId: unit.unitId, groupIds });
    return dueNotices({
      taskId: unit.taskId,
      unitId: unit.unitId,
      period: period.key,
      dueOn: due.dueOn,
      now,
      utcOffsetMinutes: CITY_UTC_OFFSET_MINUTES,
      filed: filed.has(`${unit.taskId}:${unit.unitId}:${kindFor(unit.role)}`),
      config: context.rules.escalation,
      sentKeys,
    }).map((notice) => ({ notice, unitName: unit.name }));
  });
}

async function recordEscalation(
  repos: Repositories,
  input: { context: SupervisionContext; period: PeriodRecord; notices: readonly Due[]; now: Date },
): Promise<{ recorded: number; orders: number }> {
  const { period, now } = input;
  const byKey = new Map(input.notices.map((due) => [due.notice.key, due.notice]));
  const notices = input.notices.map((due) => noticeInput(input.context, period, due));
  const inserted = await recordNotices(repos, notices, now);
  const orders = inserted.flatMap((record) => {
    const notice = byKey.get(record.key);
    return notice?.kind === 'supervision_order' ? [{ record, notice }] : [];
  });
  for (const { record, notice } of orders) {
    const { taskId, unitId, level, dueFrom, message } = notice;
    const order = { notificationId: record.id, taskId, unitId, periodId: period.id, level, dueFrom, message };
    await repos.notifications.insertOrder({ ...order, issuedAt: now });
  }
  if (inserted.length > 0) await auditPass(repos, { period, now, inserted });
  return { recorded: inserted.length, orders: orders.length };
}

/** One audit event per pass and period: how many notices of each kind, and every order's key. */
async function auditPass(
  repos: Repositories,
  input: {
    period: PeriodRecord;
    now: Date;
    inserted: readonly NotificationRecord[];
  },
): Promise<void> {
  const counts: Record<string, number> = {};
  for (const record of input.inserted) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  const orderKeys = input.inserted
    .filter((record) => record.kind === 'supervision_order')
    .map((record) => record.key);
  await repos.audit.append(
    auditEvent({
      actor: SCHEDULER_ACTOR,
      at: input.now,
      action: 'notice.record',
      entityType: 'period',
      entityId: input.period.id,
      before: null,
      after: { period: input.period.key, counts, orders: orderKeys },
    }),
  );
}

function noticeInput(context: SupervisionContext, period: PeriodRecord, due: Due): NoticeInput {
  const { notice } = due;
  const task = context.tasks.get(notice.taskId);
  const label =
    notice.kind === 'supervision_order'
      ? `${NOTICE_LABELS.supervision_order}(${notice.level}级)`
      : NOTICE_LABELS[notice.kind];
  return {
    key: notice.key,
    kind: notice.kind,
    level: notice.level,
    audience: 'unit',
    unitId: notice.unitId,
    taskId: notice.taskId,
    periodId: period.id,
    title: `${label}:${periodLabel(period.key)}第${task?.seq ?? notice.taskId}项`,
    lines: [...(task ? [taskLine(task)] : []), `单位:${due.unitName}`, notice.message],
  };
}
