// Posting recorded notices to the units' group chats. A notice is claimed (marked sending) before
// it is posted, so two servers or a restart never post it twice; a failure is recorded and tried
// again on a later pass, waiting longer each time, until it is given up. A digest that reached the
// chat before goes out again only as a follow-up listing what was added since (digest-follow-up.ts).
import type { OutboundMessage, WebhookPlatform } from '../../core/supervision/webhook-payload.ts';
import { noticeMarkdown } from '../../core/supervision/webhook-payload.ts';
import type { Store } from '../store.ts';
import type { DeliveryPatch, NotificationRecord } from './notifications.types.ts';
import { NOTIFICATION_KIND_LABELS } from './notifications.types.ts';
import { followUpMessage, isFollowUp } from './digest-follow-up.ts';

export interface WebhookTarget {
  platform: WebhookPlatform;
  url: string;
  secret: string | null;
}

export type DeliveryOutcome =
  { ok: true; httpStatus: number } | { ok: false; httpStatus: number | null; error: string };

/** Sends one message to one robot; the server passes an HTTP sender, tests may pass their own. */
export type Deliver = (target: WebhookTarget, message: OutboundMessage, at: Date) => Promise<DeliveryOutcome>;

export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 3_600_000;
const BATCH = 50;

/** 1 min after the first failure, then 2, 4, … up to an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export function messageOf(notification: NotificationRecord): OutboundMessage {
  return noticeMarkdown({
    kindLabel: NOTIFICATION_KIND_LABELS[notification.kind],
    title: notification.title,
    lines: notification.lines,
  });
}

export async function deliverDue(input: {
  store: Store;
  now: Date;
  deliver: Deliver;
}): Promise<{ delivered: number; failed: number }> {
  const claimed = await input.store.transaction((repos) =>
    repos.notifications.claimDeliveries(input.now, BATCH),
  );
  const result = { delivered: 0, failed: 0 };
  for (const notification of claimed) {
    const ok = await deliverOne(input, notification);
    result[ok ? 'delivered' : 'failed'] += 1;
  }
  return result;
}

async function deliverOne(
  input: { store: Store; now: Date; deliver: Deliver },
  notification: NotificationRecord,
): Promise<boolean> {
  const { now } = input;
  const hook =
    notification.unitId === null
      ? null
      : await input.store.repos.notifications.findWebhook(notification.unitId);
  const message = isFollowUp(notification)
    ? await followUpMessage(input.store.repos, notification, now)
    : messageOf(notification);
  const outcome: DeliveryOutcome = hook
    ? await input.deliver(hook, message, now).catch((error: unknown) => ({
        ok: false as const,
        httpStatus: null,
        error: error instanceof Error ? error.message : String(error),
      }))
    : { ok: false, httpStatus: null, error: 'the unit has no group chat set any more' };
  const attempts = notification.webhookAttempts;
  const patch: DeliveryPatch = outcome.ok
    ? { webhookStatus: 'delivered', deliveredAt: now, nextAttemptAt: null, lastError: null }
    : {
        webhookStatus: hook && attempts < MAX_ATTEMPTS ? 'failed' : 'abandoned',
        // A follow-up that failed still counts from the send before it.
        deliveredAt: notification.deliveredAt,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        lastError: outcome.error,
      };
  await input.store.transaction((repos) =>
    repos.notifications.recordAttempt(
      {
        notificationId: notification.id,
        attempt: attempts,
        at: now,
        platform: hook?.platform ?? 'dingtalk',
        status: outcome.ok ? 'delivered' : 'failed',
        httpStatus: outcome.httpStatus,
        error: outcome.ok ? null : outcome.error,
      },
      patch,
    ),
  );
  return outcome.ok;
}
