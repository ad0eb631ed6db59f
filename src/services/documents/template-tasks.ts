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
import { previousPeriodKey } from '../../core/period/period.ts';
import { readReference, type Reference } from '../reference/reference-cache.ts';
import type { OwingUnit, ReportRecord } from '../reports/reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
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
  known?: Reference,
): Promise<UnitTemplate> {
  const reference = known ?? (await readReference(repos));
  const owing = await findUnitsOwing(repos, { period, unitId, reference });
  if (owing.length === 0) {
    throw notFound('template.nothing_owed', `the unit owes no filings in ${period.key}`, {
      unitId,
      period: period.key,
    });
  }
  // The plan's tasks with their indicators (in the notice's order) come from the cached reference.
  const { taskById } = await reference.plan(period.planId);
  const tasks = owing.flatMap((owed): UnitTemplateTask[] => {
    const task = taskById.get(owed.taskId);
    return task ? [{ owed, kind: kindFor(owed.role), expected: expectedTask(task) }] : [];
  });
  tasks.sort((a, b) => a.expected.seq - b.expected.seq);
  return { unit: { unitId, name: owing[0]?.name ?? `#${unitId}` }, tasks };
}

export function expectedTask(task: TaskWithIndicators): ExpectedTask {
  return {
    taskId: task.id,
    seq: task.seq,
    text: task.text,
    indicators: task.indicators.map((indicator) => ({
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
