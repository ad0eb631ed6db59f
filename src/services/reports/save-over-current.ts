// The common save, another revision of a filing whose attachments stay as they were, without a
// transaction: it starts from the filing as this process last saved it (slot-memory.ts) or as an
// unlocked read finds it, and is written in one statement that holds only if the filing's row has
// not changed since. The statement answers with the filing's steps and the new revision, so the
// reply needs no other read.
// What the save writes, or why it is refused, is core's decideSave, as on the locked path.
import { DomainError } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { decideSave } from '../../core/report/save-decision.ts';
import type { ReportContentPatch } from '../../core/report/report.types.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Repositories } from '../store.ts';
import { reportAuditEvent } from './report-support.ts';
import type { ReportRecord, ReportSlot, RevisionRecord } from './reports.types.ts';
import type { TaskWithIndicators } from '../plans/plans.types.ts';
import { saveRevision, saveRules, storedFiling } from './save-revision.ts';
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
  /**
   * The filing's steps (its revisions that are not saves), the new revision last; absent when the
   * save changed nothing.
   */
  steps?: RevisionRecord[];
}

/**
 * Null hands the save to the locked path (a first save, changed attachments, or a race lost),
 * which decides it afresh. A refusal (stale, accepted, bad content) is thrown as the locked path
 * would, and a save that changes nothing answers the filing as it is, but either only when decided
 * on what the database holds now, never on what this process remembered: a remembered filing that
 * refuses, that the save would leave as it is, or that moved, is read again first.
 */
export async function saveOverCurrent(
  repos: Repositories,
  input: SaveOverCurrentInput,
  caches: SaveCaches,
): Promise<SavedOverCurrent | null> {
  const remembered = caches.slotMemory.recall(input.slot);
  if (remembered) {
    const saved = await writeOver(repos, input, { start: remembered, known: 'remembered' }, caches).catch(
      (error: unknown) => {
        if (error instanceof DomainError) return null;
        throw error;
      },
    );
    if (saved) return saved;
    caches.slotMemory.forget(input.slot);
  }
  const found = await repos.reports.findSlotWithRevision(input.slot);
  if (!found?.current) return null;
  const start = { ...found, current: found.current };
  return writeOver(repos, input, { start, known: 'read' }, caches);
}

async function writeOver(
  repos: Repositories,
  input: SaveOverCurrentInput,
  from: { start: RememberedSlot; known: 'remembered' | 'read' },
  caches: SaveCaches,
): Promise<SavedOverCurrent | null> {
  const { start } = from;
  const { report: existing, current } = start;
  const decision = decideSave({
    filing: storedFiling(existing, current),
    previous: null,
    role: input.actor.role,
    baseRev: input.baseRev,
    patch: input.patch,
    rules: saveRules(input.task),
    now: input.now,
  });
  if (decision.refusal) throw decision.refusal;
  const { write } = decision;
  if (write.attachmentsChanged) return null;
  if (write.noop) {
    if (from.known === 'remembered') return null;
    caches.slotMemory.remember(input.slot, start);
    return { report: existing };
  }
  const updated: ReportRecord = { ...existing, currentRev: write.rev, updatedAt: write.at };
  const written = await repos.reports.appendSaveIfCurrent({
    expected: { id: existing.id, rowVersion: start.rowVersion },
    revision: saveRevision({
      actor: input.actor,
      report: existing,
      rev: write.rev,
      content: write.content,
      now: write.at,
    }),
    audit: reportAuditEvent({
      actor: input.actor,
      at: write.at,
      action: 'report.save',
      before: existing,
      after: updated,
    }),
  });
  // Written outside a transaction: what the request read with its session may have moved.
  caches.requestSnapshot.forget();
  const latest = written?.steps.at(-1);
  if (!written || latest?.rev !== write.rev) return null;
  caches.slotMemory.remember(input.slot, {
    report: updated,
    current: latest,
    rowVersion: written.rowVersion,
  });
  return { report: updated, steps: written.steps };
}
