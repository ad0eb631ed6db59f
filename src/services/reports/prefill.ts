// Last quarter's filing as the start of this quarter's, so a unit never types the same thing twice.
import type { ReportContent, ReportKind } from '../../core/report/report.types.ts';
import type { Repositories } from '../store.ts';
import { getCurrentRevision } from './report-support.ts';
import { contentOf } from '../../core/report/report-content.ts';
import { previousPeriodKey } from '../../core/period/period.ts';
import type { ReportSlot } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';

/**
 * The unit's latest content for the task in the previous quarter: the same kind of filing first,
 * else the other kind (a unit that became the lead starts from its own input).
 */
export async function previousContent(
  repos: Repositories,
  period: PeriodRecord,
  slot: Pick<ReportSlot, 'taskId' | 'unitId' | 'kind'>,
): Promise<ReportContent | null> {
  const key = previousPeriodKey(period.key);
  const previous = key ? await repos.reports.findPeriod(key) : null;
  if (!previous || previous.planId !== period.planId) return null;
  const other: ReportKind = slot.kind === 'unit_input' ? 'task_report' : 'unit_input';
  for (const kind of [slot.kind, other]) {
    const report = await repos.reports.findReportInSlot({ ...slot, kind, periodId: previous.id });
    if (report) return contentOf(await getCurrentRevision(repos, report));
  }
  return null;
}
