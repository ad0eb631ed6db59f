// A digest's follow-up in a unit's group chat. The day's digest was posted whole; a robot's message
// cannot be changed, so what the unit got after that is posted as its own shorter message listing
// only the items added since the last send (digest-record.ts queues it, at most once per interval).
import { cityDate } from '../../core/period/city-date.ts';
import { digestLines, digestTitle, MAX_DIGEST_LINES } from '../../core/supervision/notice-digest.ts';
import { noticeMarkdown, type OutboundMessage } from '../../core/supervision/webhook-payload.ts';
import type { Repositories } from '../store.ts';
import { digestItem } from './digest-record.ts';
import { NOTIFICATION_KIND_LABELS, type NotificationRecord } from './notifications.types.ts';

/** A digest that already reached the chat once: what goes out now is a follow-up. */
export const isFollowUp = (notification: NotificationRecord): boolean =>
  notification.kind === 'digest' && notification.deliveredAt !== null;

export async function followUpMessage(
  repos: Repositories,
  digest: NotificationRecord,
  now: Date,
): Promise<OutboundMessage> {
  const since = digest.deliveredAt?.getTime() ?? 0;
  const items = await repos.notifications.findItems(digest.id);
  const fresh = items.filter((item) => item.createdAt.getTime() > since).map(digestItem);
  return noticeMarkdown({
    kindLabel: NOTIFICATION_KIND_LABELS.digest,
    title: `补充提醒:${digestTitle(fresh, cityDate(now))}`,
    lines: digestLines(fresh, MAX_DIGEST_LINES),
  });
}
