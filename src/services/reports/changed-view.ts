// The filing as the actor sees it right after changing it (its unit: all; the office: what was filed).
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Repositories } from '../store.ts';
import { viewReports, type ReportView } from './report-views.ts';
import type { ReportRecord, RevisionRecord } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';

export async function viewChangedReport(
  repos: Repositories,
  input: {
    actor: Actor;
    period: PeriodRecord;
    report: ReportRecord;
    unitName?: string;
    /** The filing's history when the write already answered with it. */
    revisions?: readonly RevisionRecord[];
  },
): Promise<ReportView> {
  const name =
    input.unitName ?? (await repos.reports.findUnitName(input.report.unitId, input.period.dueOn)) ?? '';
  const [view] = await viewReports(
    repos,
    { actor: input.actor, periodKey: input.period.key, leadUnitIds: () => [], unitName: () => name },
    [input.report],
    input.revisions,
  );
  if (!view) throw new Error(`report ${input.report.id} is not visible to the actor who changed it`);
  return view;
}
