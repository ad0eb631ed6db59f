// Notifications, their webhook deliveries, supervision orders and the units' webhook settings.
import type { NotificationKind } from '../../core/notifications/notification-kinds.ts';
import type { IsoDate } from '../../core/period/period.ts';
import type { WebhookPlatform } from '../../core/supervision/webhook-payload.ts';

export {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../../core/notifications/notification-kinds.ts';
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
  /** The digest this item belongs to; null for a notice listed on its own. */
  digestId: number | null;
  /** The effective due date an escalation item is about. */
  dueOn: IsoDate | null;
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
> & { webhookStatus: 'none' | 'pending'; digestId?: number | null; dueOn?: IsoDate | null };

/** A notice as listed: with the key of its period (for the link to the filing) and its items' count. */
export interface NotificationView extends NotificationRecord {
  periodKey: string | null;
  itemCount: number;
}

/** Whose notices: a unit's, or the office's. */
export interface Addressee {
  audience: Audience;
  unitId: number | null;
}

export interface NotificationQuery extends Addressee {
  kind?: NotificationKind;
  unreadOnly?: boolean;
  offset: number;
  limit: number;
}

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
  find(id: number): Promise<NotificationView | null>;
  /** The notices listed on their own (digests and events, never a digest's items), newest first. */
  findFor(query: NotificationQuery): Promise<{ notifications: NotificationView[]; total: number }>;
  /** A digest's items in the order they were recorded. */
  findItems(digestId: number): Promise<NotificationView[]>;
  countUnread(query: Addressee): Promise<number>;
  /** Marks the notice and, for a digest, its items read. */
  markRead(id: number, at: Date, by: number | null): Promise<NotificationView>;
  /** Marks every unread notice of the addressee read; returns how many listed notices it marked. */
  markAllRead(query: Addressee, at: Date, by: number | null): Promise<number>;
  /** The digest recorded under the key, or a new one; its counts and lines are the caller's. */
  upsertDigest(row: NewNotification): Promise<NotificationRecord>;
  /**
   * Rewrites a digest's title and lines after items were added and marks it unread; a status given
   * queues it anew (its attempts counted afresh), for a follow-up not before nextAttemptAt.
   */
  refreshDigest(
    id: number,
    patch: {
      title: string;
      lines: string[];
      webhookStatus?: 'none' | 'pending';
      nextAttemptAt?: Date | null;
    },
  ): Promise<void>;
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
