// Notification rows <-> records, and the condition naming whose notices a query reads.
import { and, eq, isNull } from 'drizzle-orm';
import type {
  Addressee,
  Audience,
  NotificationRecord,
  WebhookStatus,
} from '../../services/notifications/notifications.types.ts';
import { NOTIFICATION_KINDS } from '../../services/notifications/notifications.types.ts';
import { notifications, WEBHOOK_STATUSES } from '../schema/index.ts';
import { oneOf } from './supervision-rows.ts';

const AUDIENCES: readonly Audience[] = ['unit', 'office'];
const STATUSES: readonly WebhookStatus[] = WEBHOOK_STATUSES;

export function toRecord(row: typeof notifications.$inferSelect): NotificationRecord {
  return {
    ...row,
    kind: oneOf(NOTIFICATION_KINDS, row.kind, 'notifications.kind'),
    audience: oneOf(AUDIENCES, row.audience, 'notifications.audience'),
    webhookStatus: oneOf(STATUSES, row.webhookStatus, 'notifications.webhook_status'),
  };
}

export const addressedTo = (query: Addressee) =>
  and(
    eq(notifications.audience, query.audience),
    query.unitId === null ? isNull(notifications.unitId) : eq(notifications.unitId, query.unitId),
  );
