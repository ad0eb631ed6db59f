// What the city publishes for a quarter: each accepted task report under the notice's own task
// number, with its lead unit and the accepted text. Nothing else leaves the office.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { isPublished } from '../../core/report/visibility.ts';
import type { Store } from '../store.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import type { RevisionRecord } from './reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';

export interface PublishedEntry {
  task: TaskWithIndicators;
  leadUnitName: string;
  /** The accepted revision. */
  accepted: RevisionRecord;
}

export async function findPublished(input: {
  actor: Actor;
  period: string;
  store: Store;
}): Promise<{ period: PeriodRecord; entries: PublishedEntry[] }> {
  assertCan(input.actor, 'report.read', { published: true });
  const { repos } = input.store;
  const period = await getPeriod(repos, input.period);
  const reports = (await repos.reports.findReports({ periodId: period.id })).filter(isPublished);
  const tasks = new Map((await repos.reports.findTasks(period.planId)).map((task) => [task.id, task]));
  const revisions = await repos.reports.findRevisions(reports.map((report) => report.id));
  const entries: PublishedEntry[] = [];
  for (const report of reports) {
    const task = tasks.get(report.taskId);
    const accepted = revisions.filter((r) => r.reportId === report.id && r.event === 'accept').at(-1);
    if (!task || !accepted) continue;
    const leadUnitName =
      (await repos.reports.findUnitName(report.unitId, period.dueOn)) ?? `#${report.unitId}`;
    entries.push({ task, leadUnitName, accepted });
  }
  entries.sort((a, b) => a.task.seq - b.task.seq || a.leadUnitName.localeCompare(b.leadUnitName, 'zh'));
  return { period, entries };
}
