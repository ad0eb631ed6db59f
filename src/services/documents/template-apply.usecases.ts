// A unit files its quarter through the Excel template: the uploaded file is read against the tasks
// the unit owes in THAT period, and every row is applied in one transaction as a save of the unit's
// input (or, for a task it leads, its task report). All or nothing: any problem in the file or in a
// row rejects the whole upload with every problem and its cell. A row equal to the filing's current
// revision is left alone, so uploading the same file twice changes nothing the second time.
import { invalid } from '../../core/errors.ts';
import type { ApplyError } from '../../core/feedback/feedback-apply.ts';
import type { FeedbackError } from '../../core/feedback/feedback-parse.types.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { assertPeriodOpen, getPeriodOf } from '../plans/plan-lookups.ts';
import { assertUnitAction } from '../../core/policy/actor.ts';
import type { Clock } from '../support/clock.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Store } from '../store.ts';
import type { FeedbackTemplateParser } from './documents.types.ts';
import { planRows } from './template-apply.rows.ts';
import type { RowSave } from './template-apply.write.ts';
import { writeTemplateSaves } from './template-apply.write.ts';
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
  caches: ProcessCaches;
  clock: Clock;
  parse: FeedbackTemplateParser;
}): Promise<ApplyTemplateResult> {
  const unitId = assertUnitAction(input.actor, 'report.edit');
  const reference = await input.caches.reference.load(input.store.repos);
  const period = await getPeriodOf(reference, input.period);
  assertPeriodOpen(period);
  const template = await unitTemplateTasks(input.store.repos, period, unitId, reference);
  const expected = { period: period.key, unitId, tasks: template.tasks.map((task) => task.expected) };
  const parsed = await input.parse({ bytes: input.bytes, expected });
  const bomb = parsed.errors.find((problem) => problem.code === 'upload.too_large_inflated');
  if (bomb) throw invalid(bomb.code, bomb.message);
  if (parsed.errors.length > 0) throw rejected(parsed.errors);
  const now = input.clock();
  return input.store.transaction(async (tx) => {
    // The unit's filings are read once and locked, so nobody saves them between the check and the write.
    const filings = await tx.documents.findUnitFilings({ periodId: period.id, unitId });
    const plans = planRows({ period, unitId, template, filings, rows: parsed.rows });
    const errors = plans.flatMap((plan) => (plan.outcome === 'error' ? plan.errors : []));
    if (errors.length > 0) throw rejected(errors);
    const changes = plans.filter((plan): plan is RowSave => plan.outcome === 'save');
    await writeTemplateSaves(tx, { actor: input.actor, period, unitId, changes, now });
    return { applied: changes.length, unchanged: plans.length - changes.length, errors: [] };
  });
}

function rejected(errors: readonly (FeedbackError | ApplyError)[]) {
  return invalid('template.rejected', `the template has ${errors.length} problem(s); nothing was applied`, {
    errors: errors.map(({ sheet, cell, code, message }) => ({ sheet, cell, code, message })),
  });
}
