// Notifications, their webhook deliveries, supervision orders and the units' webhook settings.
import type { IsoDate } from '../../core/period/period.ts';
import type { WebhookPlatform } from '../../core/supervision/webhook-payload.ts';

export const NOTIFICATION_KINDS = [
  'reminder',
  'urge',
  'supervision_order',
  'card',
  'hotline',
  'extension',
  'completion',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Audience = 'unit' | 'office';

/** none: no group chat set when recorded; sending: claimed by a delivery that has not reported back. */
export type WebhookStatus = 'none' | 'pending' | 'sending' | 'delivered' | 'failed' | 'abandoned';

export interface NotificationRecord {
  id: number;
  /** Names the act, so the same notice is never recorded twice. */
  key: string;
  kind: NotificationKind;
  level: number | null;
  audience: Audience;
  unitId: number | null;
  taskId: number | null;
  periodId: number | null;
  title: string;
  lines: string[];
  createdAt: Date;
  readAt: Date | null;
  readBy: number | null;
  webhookStatus: WebhookStatus;
  webhookAttempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  lastError: string | null;
}

export type NewNotification = Pick<
  NotificationRecord,
  'key' | 'kind' | 'level' | 'audience' | 'unitId' | 'taskId' | 'periodId' | 'title' | 'lines' | 'createdAt'
> & { webhookStatus: 'none' | 'pending' };

export interface DeliveryAttempt {
  notificationId: number;
  attempt: number;
  at: Date;
  platform: WebhookPlatform;
  status: 'delivered' | 'failed';
  httpStatus: number | null;
  error: string | null;
}

export interface SupervisionOrderRecord {
  id: number;
  notificationId: number;
  taskId: number;
  unitId: number;
  periodId: number;
  level: number;
  dueFrom: IsoDate;
  message: string;
  issuedAt: Date;
}

export interface WebhookSettings {
  unitId: number;
  platform: WebhookPlatform;
  url: string;
  secret: string | null;
  updatedAt: Date;
  updatedBy: number | null;
}

export interface NotificationsRepository {
  /** Inserts what is new; a key recorded before is skipped. Returns the inserted rows only. */
  insertMany(rows: readonly NewNotification[]): Promise<NotificationRecord[]>;
  insertOrder(order: Omit<SupervisionOrderRecord, 'id'>): Promise<void>;
  findOrders(query: { periodId?: number; unitId?: number }): Promise<SupervisionOrderRecord[]>;
  find(id: number): Promise<NotificationRecord | null>;
  findFor(query: { audience: Audience; unitId: number | null; limit: number }): Promise<NotificationRecord[]>;
  countUnread(query: { audience: Audience; unitId: number | null }): Promise<number>;
  markRead(id: number, at: Date, by: number | null): Promise<NotificationRecord>;
  findKeys(periodId: number): Promise<Set<string>>;
  /** Marks due webhook deliveries as sending (one attempt more) and returns them. */
  claimDeliveries(now: Date, limit: number): Promise<NotificationRecord[]>;
  recordAttempt(attempt: DeliveryAttempt, patch: DeliveryPatch): Promise<void>;
  findAttempts(notificationId: number): Promise<DeliveryAttempt[]>;
  findWebhook(unitId: number): Promise<WebhookSettings | null>;
  findWebhooks(unitIds: readonly number[]): Promise<WebhookSettings[]>;
  saveWebhook(settings: WebhookSettings): Promise<WebhookSettings>;
  deleteWebhook(unitId: number): Promise<void>;
}

export type DeliveryPatch = Pick<
  NotificationRecord,
  'webhookStatus' | 'nextAttemptAt' | 'deliveredAt' | 'lastError'
>;
