// The notification centre: a unit's accounts see their unit's notices, the office sees its own,
// a page at a time and by kind; either may open a digest's items, mark one read or all of them.
// Leaders and admins read the office's notices too.
import { notFound } from '../../core/errors.ts';
import { MAX_NOTICE_PAGE } from '../../core/notifications/notification-kinds.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import { actorUnitId } from '../../core/policy/actor.ts';
import { readScope } from '../../core/policy/read-scope.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type {
  Addressee,
  NotificationKind,
  NotificationRecord,
  NotificationView,
  SupervisionOrderRecord,
} from './notifications.types.ts';

function addressee(actor: Actor): Addressee {
  assertCan(actor, 'notification.read');
  const unitId = actorUnitId(actor);
  return unitId === null ? { audience: 'office', unitId: null } : { audience: 'unit', unitId };
}

/** A page of the caller's notices (digests and events, newest first), the total and the unread count. */
export async function findNotifications(input: {
  actor: Actor;
  store: Store;
  kind?: NotificationKind;
  unreadOnly?: boolean;
  page?: number;
  pageSize?: number;
}): Promise<{ notifications: NotificationView[]; total: number; unread: number }> {
  const to = addressee(input.actor);
  const limit = Math.min(Math.max(input.pageSize ?? 20, 1), MAX_NOTICE_PAGE);
  const offset = (Math.max(input.page ?? 1, 1) - 1) * limit;
  const { notifications } = input.store.repos;
  const query = { ...to, kind: input.kind, unreadOnly: input.unreadOnly, offset, limit };
  const found = await notifications.findFor(query);
  return { ...found, unread: await notifications.countUnread(to) };
}

/** One of the caller's notices with a digest's items; another's answers like a missing one. */
export async function getNotification(input: {
  actor: Actor;
  notificationId: number;
  store: Store;
}): Promise<{ notification: NotificationView; items: NotificationView[] }> {
  const to = addressee(input.actor);
  const { notifications } = input.store.repos;
  const found = await notifications.find(input.notificationId);
  if (!found || !addressedTo(found, to) || found.digestId !== null) throw missing(input.notificationId);
  const items = found.kind === 'digest' ? await notifications.findItems(found.id) : [];
  return { notification: found, items };
}

/** Marks every unread notice of the caller's unit (or the office) read; returns how many. */
export async function markAllNotificationsRead(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
}): Promise<{ marked: number }> {
  const to = addressee(input.actor);
  const by = input.actor.kind === 'account' ? input.actor.accountId : null;
  const now = input.clock();
  const marked = await input.store.transaction((repos) => repos.notifications.markAllRead(to, now, by));
  return { marked };
}

const missing = (id: number) => notFound('notification.not_found', `no notification ${id}`);

const addressedTo = (notice: NotificationRecord, to: Addressee) =>
  notice.audience === to.audience && notice.unitId === to.unitId;

export async function markNotificationRead(input: {
  actor: Actor;
  notificationId: number;
  store: Store;
  clock: Clock;
}): Promise<{ notification: NotificationView }> {
  const to = addressee(input.actor);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const found = await repos.notifications.find(input.notificationId);
    // Another unit's notice answers like a missing one.
    if (!found || !addressedTo(found, to)) throw missing(input.notificationId);
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
