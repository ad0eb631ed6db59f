// Reading extension requests and completion claims: the office and leaders see all, a unit its own.
import type { Actor } from '../../core/policy/policy.types.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import type { Store } from '../store.ts';
import { readScope } from '../../core/policy/read-scope.ts';
import type { CompletionRecord, ExtensionRecord } from './supervision.types.ts';

export async function findExtensions(input: {
  actor: Actor;
  period: string;
  unitId?: number;
  taskId?: number;
  store: Store;
}): Promise<{ extensions: ExtensionRecord[] }> {
  const unitId = readScope(input.actor, input.unitId);
  const period = await getPeriod(input.store.repos, input.period);
  const extensions = await input.store.repos.extensions.findMany({
    periodIds: [period.id],
    ...(unitId === null ? {} : { unitId }),
    ...(input.taskId === undefined ? {} : { taskId: input.taskId }),
  });
  return { extensions };
}

export async function findCompletions(input: {
  actor: Actor;
  year: number;
  unitId?: number;
  store: Store;
}): Promise<{ completions: CompletionRecord[] }> {
  const unitId = readScope(input.actor, input.unitId);
  const plan = await getPlanByYear(input.store.repos, input.year);
  const all = await input.store.repos.completions.findInPlan(plan.id);
  return { completions: unitId === null ? all : all.filter((claim) => claim.unitId === unitId) };
}
