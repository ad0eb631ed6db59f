// The notices a filing's steps send its unit: returned by the office (with the reasons), sent back
// to the clerk by the unit's approver, accepted. Submitting and signing off notify nobody: the
// unit made them itself.
import { periodLabel } from '../../core/supervision/labels.ts';
import type { ReportRecord } from '../reports/reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';
import type { UnitEventKind } from './notify-unit.ts';
import { notifyUnit } from './notify-unit.ts';
import { taskLine } from './notify.ts';

const WORDING: Partial<Record<string, { kind: UnitEventKind; title: string; reasons: string }>> = {
  return: { kind: 'returned', title: '填报被退回', reasons: '退回理由' },
  send_back: { kind: 'sent_back', title: '审核人退回修改', reasons: '修改意见' },
  accept: { kind: 'accepted', title: '填报已采纳', reasons: '意见' },
};

/** Notifies the filing's unit of the step just made (`report` is the filing after it). */
export async function notifyReportStep(
  repos: Repositories,
  input: { event: string; report: ReportRecord; period: PeriodRecord; note?: string | null; now: Date },
): Promise<void> {
  const wording = WORDING[input.event];
  if (!wording) return;
  const { report, period } = input;
  const task = await repos.reports.findTask(report.taskId);
  const note = input.note?.trim();
  await notifyUnit(
    repos,
    {
      kind: wording.kind,
      key: `${wording.kind}:report:${report.id}:rev:${report.currentRev}`,
      unitId: report.unitId,
      taskId: report.taskId,
      periodId: period.id,
      title: `${wording.title}:${periodLabel(period.key)}第${task?.seq ?? report.taskId}项`,
      lines: [...(task ? [taskLine(task)] : []), ...(note ? [`${wording.reasons}:${note}`] : [])],
    },
    input.now,
  );
}
