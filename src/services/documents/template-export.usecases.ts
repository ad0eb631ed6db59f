// A unit's feedback template (反馈表) for a period: its clerk downloads it, fills it in offline and
// uploads it back (template-apply). A unit gets its own; the office any unit's, to send it on.
import { invalid } from '../../core/errors.ts';
import { parsePeriod } from '../../core/period/period.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import { actorUnitId } from '../../core/policy/actor.ts';
import type { Store } from '../store.ts';
import type { DocumentFile, DocumentWriters } from './documents.types.ts';
import { documentFile } from './documents.types.ts';
import { templateRows, unitTemplateTasks } from './template-tasks.ts';

export async function exportFeedbackTemplate(input: {
  actor: Actor;
  period: string;
  /** The unit whose template it is; a unit's accounts may leave it out (their own). */
  unitId?: number;
  store: Store;
  writers: DocumentWriters;
}): Promise<DocumentFile> {
  const unitId = input.unitId ?? actorUnitId(input.actor);
  if (unitId === null) {
    assertCan(input.actor, 'dashboard.read');
    throw invalid('template.unit_required', 'name the unit whose template to download', { field: 'unitId' });
  }
  assertCan(input.actor, 'report.read', { unitId });
  const { repos } = input.store;
  const period = await getPeriod(repos, input.period);
  const template = await unitTemplateTasks(repos, period, unitId);
  const tasks = await templateRows(repos, { actor: input.actor, period, template });
  const bytes = await input.writers.feedbackTemplateXlsx({
    planYear: parsePeriod(period.key).year,
    period: period.key,
    unit: template.unit,
    dueOn: period.dueOn,
    tasks,
  });
  return documentFile(
    `${periodLabel(period.key)}重点工作任务进展情况反馈表(${template.unit.name})`,
    'xlsx',
    bytes,
  );
}
