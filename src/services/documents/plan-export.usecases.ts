// The plan as an Excel sheet or a Word document in the notice's layout, with the units assigned
// today (within the plan's year). Plans are public, so anyone who may read the plan may export it.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { getPlanByYear, planAsOf } from '../plans/plans.queries.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { DocumentFile, DocumentWriters } from './documents.types.ts';
import { documentFile } from './documents.types.ts';
import { loadStructure, planFacts, planTasksOn } from './plan-document.ts';

export async function exportPlan(input: {
  actor: Actor;
  year: number;
  format: 'xlsx' | 'docx';
  /** The day whose units the document names; today by default. */
  asOf?: string;
  store: Store;
  clock: Clock;
  writers: DocumentWriters;
}): Promise<DocumentFile> {
  assertCan(input.actor, 'plan.read');
  const { repos } = input.store;
  const plan = await getPlanByYear(repos, input.year);
  const asOf = planAsOf(plan.year, input.asOf, input.clock);
  const document = {
    plan: planFacts(plan),
    structure: await loadStructure(repos, plan.id),
    tasks: await planTasksOn(repos, plan.id, asOf),
  };
  const bytes =
    input.format === 'xlsx' ? await input.writers.planXlsx(document) : await input.writers.planDocx(document);
  return documentFile(`${plan.year}年重点工作任务`, input.format, bytes);
}
