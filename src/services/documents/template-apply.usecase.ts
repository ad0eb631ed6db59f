// A unit files its quarter through the Excel template: the uploaded file is read against the tasks
// the unit owes in THAT period, and every row is applied in one transaction as a save of the unit's
// input (or, for a task it leads, its task report). All or nothing: any problem in the file or in a
// row rejects the whole upload with every problem and its cell. A row equal to the filing's current
// revision is left alone, so uploading the same file twice changes nothing the second time.
import { conflict, invalid } from '../../core/errors.ts';
import type { ApplyError } from '../../core/feedback/feedback-apply.ts';
import type { FeedbackError } from '../../core/feedback/feedback-parse.types.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import { assertPeriodOpen, assertUnitAction, getPeriod } from '../reports/report-support.ts';
import type { PeriodRecord } from '../reports/reports.types.ts';
import { writeSave } from '../reports/save.usecases.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import type { FeedbackTemplateParser } from './documents.types.ts';
import type { RowPlan } from './template-apply.rows.ts';
import { planRows } from './template-apply.rows.ts';
import { unitTemplateTasks } from './template-tasks.ts';

export interface ApplyTemplateResult {
  /** Rows saved as a new revision. */
  applied: number;
  /** Rows equal to the filing's current revision (or blank for a task not filed yet). */
  unchanged: number;
  /** Always empty on success: a file with errors is rejected as a whole. */
  errors: [];
}

export async function applyFeedbackTemplate(input: {
  actor: Actor;
  bytes: Uint8Array;
  period: string;
  store: Store;
  clock: Clock;
  parse: FeedbackTemplateParser;
}): Promise<ApplyTemplateResult> {
  const unitId = assertUnitAction(input.actor, 'report.edit');
  const period = await getPeriod(input.store.repos, input.period);
  assertPeriodOpen(period);
  const template = await unitTemplateTasks(input.store.repos, period, unitId);
  const expected = { period: period.key, unitId, tasks: template.tasks.map((task) => task.expected) };
  const parsed = await input.parse({ bytes: input.bytes, expected });
  if (parsed.errors.length > 0) throw rejected(parsed.errors);
  const now = input.clock();
  return input.store.transaction(async (tx) => {
    const plans = await planRows(tx, { period, unitId, template, rows: parsed.rows });
    const errors = plans.flatMap((plan) => (plan.outcome === 'error' ? plan.errors : []));
    if (errors.length > 0) throw rejected(errors);
    const changes = plans.filter((plan) => plan.outcome === 'save');
    for (const change of changes) await applyRow(tx, { actor: input.actor, change, now });
    if (changes.length > 0) await auditApply(tx, { actor: input.actor, period, unitId, changes, now });
    return { applied: changes.length, unchanged: plans.length - changes.length, errors: [] };
  });
}

/** Saves one row, refusing it if someone saved the filing since the rows were read. */
async function applyRow(
  repos: Repositories,
  input: { actor: Actor; change: Extract<RowPlan, { outcome: 'save' }>; now: Date },
): Promise<void> {
  const { change } = input;
  const existing = await repos.reports.findReportInSlot(change.slot, { forUpdate: true });
  if ((existing?.currentRev ?? 0) !== (change.existing?.currentRev ?? 0)) {
    throw conflict(
      'report.stale_revision',
      'a filing changed while the template was applied; upload it again',
      {
        taskId: change.slot.taskId,
        reportId: existing?.id ?? null,
      },
    );
  }
  await writeSave(repos, {
    actor: input.actor,
    existing,
    slot: change.slot,
    content: change.content,
    now: input.now,
  });
}

async function auditApply(
  repos: Repositories,
  input: { actor: Actor; period: PeriodRecord; unitId: number; changes: RowPlan[]; now: Date },
): Promise<void> {
  const taskIds = input.changes.map((change) => change.slot.taskId);
  await repos.audit.append(
    auditEvent({
      actor: input.actor,
      at: input.now,
      action: 'report.template_apply',
      entityType: 'unit',
      entityId: input.unitId,
      after: { period: input.period.key, applied: taskIds.length, taskIds },
    }),
  );
}

function rejected(errors: readonly (FeedbackError | ApplyError)[]) {
  return invalid('template.rejected', `the template has ${errors.length} problem(s); nothing was applied`, {
    errors: errors.map(({ sheet, cell, code, message }) => ({ sheet, cell, code, message })),
  });
}
