// The one way a use case tells a unit of an event it must react to (its filing returned or
// accepted, a card issued, an extension decided, a completion verified, a hotline message routed):
// one notice to the unit, linked to its task, queued for the unit's group chat when it has one.
import type { Repositories } from '../store.ts';
import type { NotificationKind } from './notifications.types.ts';
import { recordNotices } from './notify.ts';

export type UnitEventKind = Extract<
  NotificationKind,
  'returned' | 'sent_back' | 'accepted' | 'card' | 'extension' | 'completion' | 'hotline'
>;

export interface UnitEvent {
  kind: UnitEventKind;
  /** Names the act (e.g. `returned:report:12:rev:3`): recording the same event twice is harmless. */
  key: string;
  unitId: number;
  /** The task the notice links to. */
  taskId: number;
  /** The quarter, when the event is about a filing (the link then opens the filing). */
  periodId: number | null;
  title: string;
  lines: string[];
}

/** Records the event's notice for its unit; false when it was recorded before. */
export async function notifyUnit(repos: Repositories, event: UnitEvent, now: Date): Promise<boolean> {
  const recorded = await recordNotices(repos, [{ ...event, audience: 'unit' }], now);
  return recorded.length > 0;
}
