// One filing by id, cut to what the actor may see; another unit's draft answers like a missing id.
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Store } from '../store.ts';
import { findUnitsOwing } from './owing-units.ts';
import { reportNotFound } from './report-support.ts';
import { viewContextFor, viewReports, type ReportView } from './report-views.ts';

export async function getReport(input: {
  actor: Actor;
  reportId: number;
  store: Store;
}): Promise<{ report: ReportView }> {
  const { repos } = input.store;
  const report = await repos.reports.findReport(input.reportId);
  const period = report ? await repos.reports.findPeriodById(report.periodId) : null;
  if (!report || !period) throw reportNotFound(input.reportId);
  const owing = await findUnitsOwing(repos, { period, taskId: report.taskId });
  const context = await viewContextFor(repos, { actor: input.actor, period, owing, reports: [report] });
  const [view] = await viewReports(repos, context, [report]);
  if (!view) throw reportNotFound(input.reportId);
  return { report: view };
}
