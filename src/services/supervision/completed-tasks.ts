// The one check that takes a task out of the quarterly loop once its completion is verified;
// the reporting loop asks it through services/reports/owing-units.ts.
import { tasksLeftLoop } from '../../core/supervision/completion.ts';
import type { Repositories } from '../store.ts';

export async function findTasksLeftLoop(
  repos: Repositories,
  period: { planId: number; key: string },
): Promise<Set<number>> {
  const completions = await repos.completions.findInPlan(period.planId);
  return tasksLeftLoop(completions, period.key);
}
