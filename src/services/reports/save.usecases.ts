// Saving a filing: a co-unit's input (saveUnitInput) or the lead unit's task report
// (saveTaskReport). Every save is a new revision; a save from a stale revision is refused.
import { conflict, DomainError, invalid } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { carriedOver, mergeContent, validContent } from '../../core/report/report-content.ts';
import { assertEditable } from '../../core/report/report-state.ts';
import type { ReportContent, ReportContentPatch, ReportKind } from '../../core/report/report.types.ts';
import { EMPTY_CONTENT } from '../../core/report/report.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { findUnitsOwing } from './owing-units.ts';
import { checkAttachable } from './attachment-rules.ts';
import { previousContent } from './prefill.ts';
import {
  assertPeriodOpen,
  assertUnitAction,
  auditReport,
  authorOf,
  contentOf,
  getCurrentRevision,
  getPeriod,
  getTaskOfPeriod,
} from './report-support.ts';
import { viewChangedReport } from './changed-view.ts';
import type { ReportView } from './report-views.ts';
import type { PeriodRecord, ReportRecord, ReportSlot, TaskRecord } from './reports.types.ts';

export interface SaveFilingInput {
  actor: Actor;
  taskId: number;
  period: string;
  /** The revision the edit started from; 0 for a filing not saved yet. */
  baseRev: number;
  content: ReportContentPatch;
  store: Store;
  clock: Clock;
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
  const period = await getPeriod(repos, input.period);
  assertPeriodOpen(period);
  const task = await getTaskOfPeriod(repos, input.taskId, period);
  const slot: ReportSlot = { periodId: period.id, taskId: task.id, unitId, kind };
  await assertOwes(repos, { period, task, slot });
  const now = input.clock();
  const saved = await input.store.transaction(async (tx) => {
    const existing = await tx.reports.findReportInSlot(slot, { forUpdate: true });
    const base = await startingContent(tx, { existing, baseRev: input.baseRev, period, slot });
    const content = validContent(mergeContent(base, input.content), {
      indicatorIds: task.indicators.map((indicator) => indicator.id),
    });
    await checkAttachable(tx, { ids: content.attachmentIds, unitId: slot.unitId, reportId: existing?.id });
    return writeSave(tx, { actor: input.actor, existing, slot, content, now });
  });
  return { report: await viewChangedReport(repos, { actor: input.actor, period, report: saved }) };
}

/** The unit must owe this kind of filing for the task in the period. */
async function assertOwes(
  repos: Repositories,
  input: { period: PeriodRecord; task: TaskRecord; slot: ReportSlot },
): Promise<void> {
  const owing = await findUnitsOwing(repos, { period: input.period, taskId: input.task.id });
  const mine = owing.find((unit) => unit.unitId === input.slot.unitId);
  const details = { taskId: input.task.id, seq: input.task.seq, period: input.period.key };
  if (!mine) {
    throw new DomainError('report.not_owed', 'forbidden', 'your unit does not report on this task', details);
  }
  if (mine.role === 'lead' && input.slot.kind === 'unit_input') {
    throw invalid('report.lead_files_task_report', 'the lead unit files the task report', details);
  }
  if (mine.role === 'responsible' && input.slot.kind === 'task_report') {
    throw new DomainError(
      'report.not_lead',
      'forbidden',
      'only the lead unit files the task report',
      details,
    );
  }
}

/** The content a save starts from, after refusing an accepted, locked or stale filing. */
async function startingContent(
  repos: Repositories,
  input: { existing: ReportRecord | null; baseRev: number; period: PeriodRecord; slot: ReportSlot },
): Promise<ReportContent> {
  const { existing } = input;
  if (!existing) {
    if (input.baseRev !== 0) throw staleRevision(null, input.baseRev);
    const previous = await previousContent(repos, input.period, input.slot);
    return previous ? carriedOver(previous) : EMPTY_CONTENT;
  }
  assertEditable(existing.state, existing.id);
  const current = await getCurrentRevision(repos, existing);
  if (input.baseRev !== existing.currentRev) throw staleRevision(existing, input.baseRev, contentOf(current));
  return contentOf(current);
}

/** Someone saved since this edit began: the caller gets the current revision to merge with. */
function staleRevision(existing: ReportRecord | null, baseRev: number, current?: ReportContent) {
  return conflict('report.stale_revision', 'the filing changed since you opened it; reload and merge', {
    reportId: existing?.id ?? null,
    baseRev,
    currentRev: existing?.currentRev ?? 0,
    state: existing?.state ?? null,
    current: current ?? null,
  });
}

/** Appends the save as the next revision (creating the filing on its first save), with its audit event. */
export async function writeSave(
  repos: Repositories,
  input: { actor: Actor; existing: ReportRecord | null; slot: ReportSlot; content: ReportContent; now: Date },
): Promise<ReportRecord> {
  const { now, slot } = input;
  const report = input.existing ?? (await createReport(repos, slot, now));
  const rev = input.existing ? report.currentRev + 1 : 1;
  await repos.reports.appendRevision({
    reportId: report.id,
    rev,
    event: 'save',
    state: report.state,
    ...input.content,
    reason: null,
    late: false,
    authorAccountId: authorOf(input.actor),
    createdAt: now,
  });
  const updated = await repos.reports.updateReport(report.id, { currentRev: rev, updatedAt: now });
  await repos.reports.linkAttachments(input.content.attachmentIds, report.id, rev);
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
