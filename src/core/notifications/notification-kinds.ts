// What a notice is about, how each kind is named to people, and how many notices a page holds:
// shared by the notification centre, the API contract and the web.
import { namedCodes } from '../named-codes.ts';

/** The kinds, and how each is named to people (the group-chat message's tag, the centre's filter). */
export const { codes: NOTIFICATION_KINDS, names: NOTIFICATION_KIND_LABELS } = namedCodes({
  digest: '待办汇总',
  returned: '退回',
  sent_back: '退回修改',
  accepted: '采纳',
  reminder: '提醒',
  urge: '催办',
  supervision_order: '督办单',
  card: '亮牌',
  hotline: '监督电话',
  extension: '延期申请',
  completion: '办结',
});
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** At most this many notices a page. */
export const MAX_NOTICE_PAGE = 50;
