// The common save, another revision of a filing whose attachments stay as they were, without a
// transaction: it starts from the filing as this process last saved it (slot-memory.ts) or as an
// unlocked read finds it, and is written in one statement that holds only if the filing's row has
// not changed since. The statement answers with the history, so the reply needs no other read.
import { DomainError } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { mergeContent, validContent, contentOf } from '../../core/report/report-content.ts';
import { assertEditable } from '../../core/report/report-state.ts';
import type { ReportContentPatch } from '../../core/report/report.types.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Repositories } from '../store.ts';
import { reportAuditEvent } from './report-support.ts';
import type { ReportRecord, ReportSlot, RevisionRecord } from './reports.types.ts';
import type { TaskWithIndicators } from '../plans/plans.types.ts';
import { saveRevision, staleRevision } from './save-revision.ts';
import type { RememberedSlot } from './slot-memory.ts';

export interface SaveOverCurrentInput {
  actor: Actor;
  slot: ReportSlot;
  task: TaskWithIndicators;
  baseRev: number;
  patch: ReportContentPatch;
  now: Date;
}

/** Where the filings this app saved last are kept, and the request's snapshot a save makes stale. */
export type SaveCaches = Pick<ProcessCaches, 'slotMemory' | 'requestSnapshot'>;

export interface SavedOverCurrent {
  report: ReportRecord;
  /** The filing's whole history, the new revision last. */
  revisions: RevisionRecord[];
}

/**
 * Null hands the save to the locked path (a first save, changed attachments, or a race lost),
 * which decides it afresh. A refusal (stale, accepted, bad content) is thrown as the locked path
 * would, but only when decided on what the database holds now, never on what this process
 * remembered: a remembered filing that refuses, or that moved, is read again first.
 */
export async function saveOverCurrent(
  repos: Repositories,
  input: SaveOverCurrentInput,
  caches: SaveCaches,
): Promise<SavedOverCurrent | null> {
  const remembered = caches.slotMemory.recall(input.slot);
  if (remembered) {
    const saved = await writeOver(repos, input, remembered, caches).catch((error: unknown) => {
      if (error instanceof DomainError) return null;
      throw error;
    });
    if (saved) return saved;
    caches.slotMemory.forget(input.slot);
  }
  const found = await repos.reports.findSlotWithRevision(input.slot);
  if (!found?.current) return null;
  return writeOver(repos, input, { ...found, current: found.current }, caches);
}

async function writeOver(
  repos: Repositories,
  input: SaveOverCurrentInput,
  start: RememberedSlot,
  caches: SaveCaches,
): Promise<SavedOverCurrent | null> {
  const { report: existing, current } = start;
  assertEditable(existing.state, existing.id);
  if (input.baseRev !== existing.currentRev) throw staleRevision(existing, input.baseRev, contentOf(current));
  const content = validContent(mergeContent(contentOf(current), input.patch), {
    indicatorIds: input.task.indicators.map((indicator) => indicator.id),
  });
  if (!sameIds(content.attachmentIds, current.attachmentIds)) return null;
  const rev = existing.currentRev + 1;
  const updated: ReportRecord = { ...existing, currentRev: rev, updatedAt: input.now };
  const written = await repos.reports.appendSaveIfCurrent({
    expected: { id: existing.id, rowVersion: start.rowVersion },
    revision: saveRevision({ actor: input.actor, report: existing, rev, content, now: input.now }),
    audit: reportAuditEvent({
      actor: input.actor,
      at: input.now,
      action: 'report.save',
      before: existing,
      after: updated,
    }),
  });
  // Written outside a transaction: what the request read with its session may have moved.
  caches.requestSnapshot.forget();
  const latest = written?.revisions.at(-1);
  if (!written || latest?.rev !== rev) return null;
  caches.slotMemory.remember(input.slot, {
    report: updated,
    current: latest,
    rowVersion: written.rowVersion,
  });
  return { report: updated, revisions: written.revisions };
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
