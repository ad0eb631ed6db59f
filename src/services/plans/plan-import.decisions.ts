// One decision on an import preview at a time: checked against the decisions before it, stored
// with the preview in one transaction. Choosing the columns reads the stored notice again.
import { conflict, invalid } from '../../core/errors.ts';
import { checkColumnRoles } from '../../core/plan/import-columns.ts';
import type { ImportDecision, RecordedDecision } from '../../core/plan/import-decision.types.ts';
import { applyDecision } from '../../core/plan/import-settle.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { importContext } from './plan-import.context.ts';
import { describePreview, getLivePreview, type PlanImportPreview } from './plan-import.usecases.ts';
import type { NoticeReader, PreviewRecord } from './plans.types.ts';

/** Far more than any notice needs; a bound on what one preview row may hold. */
export const MAX_DECISIONS = 2000;

export async function decidePlanImport(input: {
  actor: Actor;
  previewId: number;
  decision: ImportDecision;
  readNotice: NoticeReader;
  store: Store;
  clock: Clock;
}): Promise<{ preview: PlanImportPreview }> {
  assertCan(input.actor, 'plan.manage');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const preview = await getLivePreview(repos, input.previewId, now, true);
    if (preview.decisions.length >= MAX_DECISIONS)
      throw conflict('plan_import.too_many_decisions', `a preview holds at most ${MAX_DECISIONS} decisions`);
    const recorded: RecordedDecision = {
      decision: input.decision,
      at: now.toISOString(),
      by: input.actor.kind === 'account' ? input.actor.accountId : null,
    };
    if (input.decision.kind === 'columns') {
      await rereadWithColumns(repos, preview, input.decision.roles, recorded, input.readNotice);
    } else {
      const { settleContext, settlement } = await importContext(repos, preview);
      applyDecision(settlement, input.decision, preview.decisions.length, settleContext);
      await repos.plans.updatePreview(preview.id, { decisions: [...preview.decisions, recorded] });
    }
    const updated = await getLivePreview(repos, preview.id, now);
    return { preview: await describePreview(repos, updated) };
  });
}

/**
 * The tasks may change with the columns, so decisions about tasks start over; unit matches and
 * carried tasks stay.
 */
async function rereadWithColumns(
  repos: Repositories,
  preview: PreviewRecord,
  roles: Extract<ImportDecision, { kind: 'columns' }>['roles'],
  recorded: RecordedDecision,
  readNotice: NoticeReader,
): Promise<void> {
  if (!preview.result.columns || preview.result.columns.length === 0)
    throw invalid(
      'import_decision.not_a_table',
      'the notice was not read as a table: there are no columns to choose',
    );
  if (preview.source === null)
    throw conflict('plan_import.source_missing', 'this preview does not keep the notice: upload it again');
  checkColumnRoles(roles, preview.result.columns.length);
  const result = await readNotice({
    bytes: preview.source,
    ...(preview.fileName ? { fileName: preview.fileName } : {}),
    columnRoles: roles,
  });
  const kept = preview.decisions.filter(
    (d) => d.decision.kind === 'unit_match' || d.decision.kind === 'carry',
  );
  await repos.plans.updatePreview(preview.id, { result, columnRoles: roles, decisions: [...kept, recorded] });
}
