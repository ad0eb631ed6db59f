// Saving a filing: a co-unit's input (saveUnitInput) or the lead unit's task report
// (saveTaskReport). Every save that changes the content is a new revision; one that changes
// nothing writes nothing; a save from a stale revision is refused (core's decideSave decides).
// A save answers with the filing's steps and the revision it now stands at, not every save before
// it, which autosave multiplies: the whole history comes with the filing when it is read.
import { DomainError, invalid } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { decideSave, type SaveWrite, type StoredFiling } from '../../core/report/save-decision.ts';
import type { ReportContentPatch, ReportKind } from '../../core/report/report.types.ts';
import { staleRevision } from '../../core/report/stale-revision.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { findUnitsOwing } from './owing-units.ts';
import { checkAttachable } from './attachment-rules.ts';
import { previousContent } from './prefill.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { ProcessCaches } from '../process-caches.ts';
import { auditReport } from './report-support.ts';
import { assertPeriodOpen, getTaskOf, getPeriodOf } from '../plans/plan-lookups.ts';
import { assertUnitAction } from '../../core/policy/actor.ts';
import { saveOverCurrent } from './save-over-current.ts';
import { saveRevision, saveRules, storedFiling } from './save-revision.ts';
import { viewChangedReport } from './changed-view.ts';
import type { ReportView } from './report-views.ts';
import type { OwingUnit, ReportRecord, ReportSlot, RevisionRecord } from './reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';

type LockedSlot = { report: ReportRecord; current: RevisionRecord | null };

export interface SaveFilingInput {
  actor: Actor;
  taskId: number;
  period: string;
  /** The revision the edit started from; 0 for a filing not saved yet. */
  baseRev: number;
  content: ReportContentPatch;
  store: Store;
  clock: Clock;
  caches: ProcessCaches;
}

/** A co-responsible unit's quarterly input (反馈) for a task; the first save is prefilled. */
export function saveUnitInput(input: SaveFilingInput): Promise<{ report: ReportView }> {
  return saveFiling('unit_input', input);
}

/** The lead unit's task report (进展情况报告); same fields, drawing on the co-units' inputs. */
export function saveTaskReport(input: SaveFilingInput): Promise<{ report: ReportView }> {
  return saveFiling('task_report', input);
}

async function saveFiling(kind: ReportKind, input: SaveFilingInput): Promise<{ report: ReportView }> {
  const unitId = assertUnitAction(input.actor, 'report.edit');
  const { repos } = input.store;
  const reference = await input.caches.reference.load(repos);
  const period = await getPeriodOf(reference, input.period);
  assertPeriodOpen(period);
  const task = await getTaskOf(reference, input.taskId, period);
  const slot: ReportSlot = { periodId: period.id, taskId: task.id, unitId, kind };
  const owed = await assertOwes(repos, { period, task, slot, reference });
  const now = input.clock();
  const fast = await saveOverCurrent(
    repos,
    {
      actor: input.actor,
      slot,
      task,
      baseRev: input.baseRev,
      patch: input.content,
      now,
    },
    input.caches,
  );
  const saved =
    fast?.report ??
    (await input.store.transaction(async (tx) => {
      const locked = await tx.reports.lockSlotWithRevision(slot);
      const decision = decideSave({
        filing: locked ? lockedFiling(locked) : null,
        previous: locked ? null : await previousContent(tx, period, slot),
        role: input.actor.role,
        baseRev: input.baseRev,
        patch: input.content,
        rules: saveRules(task),
        now,
      });
      if (decision.refusal) throw decision.refusal;
      const { write } = decision;
      const existing = locked?.report ?? null;
      if (existing && write.noop) return existing;
      await checkAttachable(tx, {
        ids: write.content.attachmentIds,
        unitId: slot.unitId,
        reportId: existing?.id,
      });
      return writeSave(tx, { actor: input.actor, existing, slot, write });
    }));
  // Saved under a lock: what this process remembered of the filing is no longer its state.
  if (!fast) input.caches.slotMemory.forget(slot);
  const view = { actor: input.actor, period, report: saved, unitName: owed.name, revisions: fast?.steps };
  return { report: stepsAndCurrent(await viewChangedReport(repos, view)) };
}

/** The view's revisions cut to the filing's steps and its current revision. */
function stepsAndCurrent(view: ReportView): ReportView {
  const { currentRev } = view.report;
  const revisions = view.revisions.filter(
    (revision) => revision.event !== 'save' || revision.rev === currentRev,
  );
  return { ...view, revisions };
}

/** The unit must owe this kind of filing for the task in the period. */
async function assertOwes(
  repos: Repositories,
  input: { period: PeriodRecord; task: TaskWithIndicators; slot: ReportSlot; reference: Reference },
): Promise<OwingUnit> {
  const { period, task, slot, reference } = input;
  const owing = await findUnitsOwing(repos, { period, taskId: task.id, reference });
  const mine = owing.find((unit) => unit.unitId === slot.unitId);
  const details = { taskId: task.id, seq: task.seq, period: period.key };
  if (!mine) {
    throw new DomainError('report.not_owed', 'forbidden', 'your unit does not report on this task', details);
  }
  if (mine.role === 'lead' && slot.kind === 'unit_input') {
    throw invalid('report.lead_files_task_report', 'the lead unit files the task report', details);
  }
  if (mine.role === 'responsible' && slot.kind === 'task_report') {
    throw new DomainError(
      'report.not_lead',
      'forbidden',
      'only the lead unit files the task report',
      details,
    );
  }
  return mine;
}

/** The locked filing for the decision; a filing without its current revision is broken, not refused. */
function lockedFiling({ report, current }: LockedSlot): StoredFiling {
  if (!current) throw new Error(`report ${report.id} has no revision ${report.currentRev}`);
  return storedFiling(report, current);
}

/** Appends the save as the next revision (creating the filing on its first save), with its audit event. */
export async function writeSave(
  repos: Repositories,
  input: { actor: Actor; existing: ReportRecord | null; slot: ReportSlot; write: SaveWrite },
): Promise<ReportRecord> {
  const { slot, write } = input;
  const { rev, content, at: now } = write;
  const report = input.existing ?? (await createReport(repos, slot, now));
  await repos.reports.appendRevision(saveRevision({ actor: input.actor, report, rev, content, now }));
  const updated = await repos.reports.updateReport(report.id, { currentRev: rev, updatedAt: now });
  await repos.reports.linkAttachments(content.attachmentIds, report.id, rev);
  const before = input.existing;
  await auditReport(repos, { actor: input.actor, at: now, action: 'report.save', before, after: updated });
  return updated;
}

async function createReport(repos: Repositories, slot: ReportSlot, now: Date): Promise<ReportRecord> {
  const created = await repos.reports.insertReport({
    ...slot,
    state: 'draft',
    currentRev: 1,
    createdAt: now,
    updatedAt: now,
  });
  if (created) return created;
  // Another first save won the race; this one started from nothing and is stale.
  const winner = await repos.reports.findReportInSlot(slot);
  throw staleRevision(winner, 0);
}
