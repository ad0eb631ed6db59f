// The filings this app saved last, as it left them: the row's version, the filing and its current
// revision. The next save of the same filing starts from here instead of reading it again; the
// write itself checks the row's version, so a filing that moved since (through this app or any
// other) is never written over, and the save reads it afresh.
import type { ReportRecord, ReportSlot, RevisionRecord } from './reports.types.ts';

export interface RememberedSlot {
  report: ReportRecord;
  current: RevisionRecord;
  rowVersion: string;
}

export interface SlotMemory {
  recall(slot: ReportSlot): RememberedSlot | null;
  remember(slot: ReportSlot, remembered: RememberedSlot): void;
  forget(slot: ReportSlot): void;
}

/** Enough for every filing being edited at once across a city; each holds one revision's content. */
export const SLOTS_KEPT = 2048;

const keyOf = (slot: ReportSlot) => `${slot.periodId}:${slot.taskId}:${slot.unitId}:${slot.kind}`;

export function createSlotMemory(): SlotMemory {
  const slots = new Map<string, RememberedSlot>();
  return {
    recall: (slot) => slots.get(keyOf(slot)) ?? null,
    remember(slot, remembered) {
      const key = keyOf(slot);
      // Most recently saved last, so the longest idle goes first when the map is full.
      slots.delete(key);
      slots.set(key, remembered);
      for (const oldest of slots.keys()) {
        if (slots.size <= SLOTS_KEPT) break;
        slots.delete(oldest);
      }
    },
    forget: (slot) => void slots.delete(keyOf(slot)),
  };
}
