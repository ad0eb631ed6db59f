// What a unit's feedback template holds for a period: the tasks the unit owes (lead: the task
// report; co-responsible: its input), in 序号 order as the template lists them, and the content to
// prefill, cut to what the downloading account may see.
import type { FeedbackTemplateTask, PreviousFeedback } from '../../core/documents/documents.types.ts';
import { notFound } from '../../core/errors.ts';
import type { ExpectedTask } from '../../core/feedback/feedback-parse.types.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { ReportKind } from '../../core/report/report.types.ts';
import { reportVisibility, revisionVisible } from '../../core/report/visibility.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import { previousPeriodKey } from '../reports/report-support.ts';
import type { IndicatorRecord, TaskRecord } from '../plans/plans.types.ts';
import type { OwingUnit, PeriodRecord, ReportRecord } from '../reports/reports.types.ts';
import { kindFor } from '../reports/worklist.usecase.ts';
import type { Repositories } from '../store.ts';

export interface UnitTemplateTask {
  owed: OwingUnit;
  kind: ReportKind;
  /** The task as the template shows it and the reader checks it. */
  expected: ExpectedTask;
}

export interface UnitTemplate {
  unit: { unitId: number; name: string };
  tasks: UnitTemplateTask[];
}

export async function unitTemplateTasks(
  repos: Repositories,
  period: PeriodRecord,
  unitId: number,
): Promise<UnitTemplate> {
  const owing = await findUnitsOwing(repos, { period, unitId });
  if (owing.length === 0) {
    throw notFound('template.nothing_owed', `the unit owes no filings in ${period.key}`, {
      unitId,
      period: period.key,
    });
  }
  // Only the unit's own tasks are read: a template is one unit's share of the plan.
  const taskIds = owing.map((owed) => owed.taskId);
  const records = new Map((await repos.tasks.findByIds(taskIds)).map((task) => [task.id, task]));
  const indicators = await repos.tasks.findIndicators(taskIds);
  const tasks = owing.flatMap((owed): UnitTemplateTask[] => {
    const task = records.get(owed.taskId);
    if (!task) return [];
    const own = indicators.filter((indicator) => indicator.taskId === task.id);
    return [{ owed, kind: kindFor(owed.role), expected: expectedTask(task, own) }];
  });
  tasks.sort((a, b) => a.expected.seq - b.expected.seq);
  return { unit: { unitId, name: owing[0]?.name ?? `#${unitId}` }, tasks };
}

export function expectedTask(task: TaskRecord, indicators: readonly IndicatorRecord[]): ExpectedTask {
  return {
    taskId: task.id,
    seq: task.seq,
    text: task.text,
    indicators: [...indicators]
      .sort((a, b) => a.position - b.position)
      .map((indicator) => ({
        indicatorId: indicator.id,
        raw: indicator.raw,
        unit: indicator.unit,
        value: indicator.targetValue,
      })),
  };
}

/** The template's rows: this quarter's filing as the account may see it, else last quarter's. */
export async function templateRows(
  repos: Repositories,
  input: { actor: Actor; period: PeriodRecord; template: UnitTemplate },
): Promise<FeedbackTemplateTask[]> {
  const { actor, period, template } = input;
  const unitId = template.unit.unitId;
  const current = await repos.reports.findReports({ periodId: period.id, unitId });
  const key = previousPeriodKey(period.key);
  const previousPeriod = key ? await repos.reports.findPeriod(key) : null;
  const previous =
    previousPeriod && previousPeriod.planId === period.planId
      ? await repos.reports.findReports({ periodId: previousPeriod.id, unitId })
      : [];
  const seen = await visibleContents(repos, actor, [...current, ...previous]);
  return template.tasks.map(({ owed, kind, expected }) => {
    const mine = (reports: readonly ReportRecord[], wanted: ReportKind) =>
      reports.find((report) => report.taskId === expected.taskId && report.kind === wanted);
    const other: ReportKind = kind === 'unit_input' ? 'task_report' : 'unit_input';
    const source = [mine(current, kind), mine(previous, kind), mine(previous, other)]
      .map((report) => (report ? seen.get(report.id) : undefined))
      .find((content) => content !== undefined);
    return { ...expected, role: owed.role === 'lead' ? 'lead' : 'co', previous: source ?? null };
  });
}

/** Each report's latest content the actor may see; reports it may not see are left out. */
async function visibleContents(
  repos: Repositories,
  actor: Actor,
  reports: readonly ReportRecord[],
): Promise<Map<number, PreviousFeedback>> {
  const revisions = await repos.reports.findRevisions(reports.map((report) => report.id));
  const result = new Map<number, PreviousFeedback>();
  for (const report of reports) {
    const visibility = reportVisibility(actor, {
      unitId: report.unitId,
      kind: report.kind,
      state: report.state,
      filed: report.signedOffAt !== null,
      leadUnitIds: [],
    });
    const latest = revisions
      .filter((revision) => revision.reportId === report.id && revisionVisible(visibility, revision.event))
      .sort((a, b) => a.rev - b.rev)
      .at(-1);
    if (!latest) continue;
    const { progress, selfStatus, percentComplete, problems, nextSteps, indicatorActuals } = latest;
    result.set(report.id, { progress, selfStatus, percentComplete, problems, nextSteps, indicatorActuals });
  }
  return result;
}
