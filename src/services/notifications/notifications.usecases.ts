// The notification centre: a unit's accounts see their unit's notices, the office sees its own;
// either may mark one read. Leaders and admins read the office's notices too.
import { notFound } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { actorUnitId, getPeriod } from '../reports/report-support.ts';
import { readScope } from '../supervision/read-scope.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { Audience, NotificationRecord, SupervisionOrderRecord } from './notifications.types.ts';

const PAGE = 100;

function addressee(actor: Actor): { audience: Audience; unitId: number | null } {
  assertCan(actor, 'notification.read');
  const unitId = actorUnitId(actor);
  return unitId === null ? { audience: 'office', unitId: null } : { audience: 'unit', unitId };
}

export async function findNotifications(input: {
  actor: Actor;
  store: Store;
}): Promise<{ notifications: NotificationRecord[]; unread: number }> {
  const to = addressee(input.actor);
  const { notifications } = input.store.repos;
  return {
    notifications: await notifications.findFor({ ...to, limit: PAGE }),
    unread: await notifications.countUnread(to),
  };
}

export async function markNotificationRead(input: {
  actor: Actor;
  notificationId: number;
  store: Store;
  clock: Clock;
}): Promise<{ notification: NotificationRecord }> {
  const to = addressee(input.actor);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const found = await repos.notifications.find(input.notificationId);
    // Another unit's notice answers like a missing one.
    if (!found || found.audience !== to.audience || found.unitId !== to.unitId) {
      throw notFound('notification.not_found', `no notification ${input.notificationId}`);
    }
    const by = input.actor.kind === 'account' ? input.actor.accountId : null;
    return { notification: await repos.notifications.markRead(found.id, now, by) };
  });
}

/** 督办单 of a period: the office and leaders see all, a unit its own. */
export async function findSupervisionOrders(input: {
  actor: Actor;
  period: string;
  unitId?: number;
  store: Store;
}): Promise<{ orders: SupervisionOrderRecord[] }> {
  const unitId = readScope(input.actor, input.unitId);
  const period = await getPeriod(input.store.repos, input.period);
  const orders = await input.store.repos.notifications.findOrders({
    periodId: period.id,
    ...(unitId === null ? {} : { unitId }),
  });
  return { orders };
}
