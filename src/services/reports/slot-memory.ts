// The filings this process saved last, as it left them: the row's version, the filing and its
// current revision. The next save of the same filing starts from here instead of reading it again;
// the write itself checks the row's version, so a filing that moved since (in this process or any
// other) is never written over, and the save reads it afresh.
import type { ReportRecord, ReportSlot, RevisionRecord } from './reports.types.ts';

export interface RememberedSlot {
  report: ReportRecord;
  current: RevisionRecord;
  rowVersion: string;
}

/** Enough for every filing being edited at once across a city; each holds one revision's content. */
const KEPT = 2048;
const slots = new Map<string, RememberedSlot>();

const keyOf = (slot: ReportSlot) => `${slot.periodId}:${slot.taskId}:${slot.unitId}:${slot.kind}`;

export function rememberedSlot(slot: ReportSlot): RememberedSlot | null {
  return slots.get(keyOf(slot)) ?? null;
}

export function rememberSlot(slot: ReportSlot, remembered: RememberedSlot): void {
  const key = keyOf(slot);
  // Most recently saved last, so the longest idle goes first when the map is full.
  slots.delete(key);
  slots.set(key, remembered);
  for (const oldest of slots.keys()) {
    if (slots.size <= KEPT) break;
    slots.delete(oldest);
  }
}

export function forgetSlot(slot: ReportSlot): void {
  slots.delete(keyOf(slot));
}
