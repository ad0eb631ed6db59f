// A period's filings as the office holds them, task by task: who owes what, where each filing
// stands, the version that reached the office, how often it came back, and its light. The summary
// and the bulletin are built from this one reading, so the two documents cannot disagree.
import type { Filing, PeriodTask } from '../../core/documents/documents.types.ts';
import { parsePeriod } from '../../core/period/period.ts';
import type { LightResult } from '../../core/supervision/lights.ts';
import { filingProgress } from '../../core/report/progress.ts';
import { FILED_EVENTS } from '../../core/report/visibility.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { OwingUnit, PeriodRecord, ReportRecord, RevisionRecord } from '../reports/reports.types.ts';
import { kindFor } from '../reports/worklist.usecase.ts';
import { lightsOfPeriod } from '../supervision/lights.usecase.ts';
import type { Repositories } from '../store.ts';
import type { PlanTask } from './plan-document.ts';
import { planTasksOn } from './plan-document.ts';

export interface PeriodFilings {
  plan: PlanRecord;
  tasks: PeriodTask[];
}

/** The assignments a period's documents name: those of its due date, kept within the plan's year. */
export function documentDate(period: PeriodRecord): string {
  const lastDay = `${parsePeriod(period.key).year}-12-31`;
  return period.dueOn < lastDay ? period.dueOn : lastDay;
}

export async function loadPeriodFilings(
  repos: Repositories,
  period: PeriodRecord,
  now: Date,
): Promise<PeriodFilings> {
  const plan = await getPlanByYear(repos, parsePeriod(period.key).year);
  const [tasks, owing, reports, lights] = await Promise.all([
    planTasksOn(repos, plan.id, documentDate(period)),
    findUnitsOwing(repos, { period }),
    repos.reports.findReports({ periodId: period.id }),
    lightsOfPeriod(repos, period, now),
  ]);
  const revisions = await repos.reports.findRevisions(reports.map((report) => report.id));
  const context: FilingContext = {
    period,
    now,
    reports: new Map(reports.map((report) => [slotKey(report.taskId, report.unitId, report.kind), report])),
    revisions: groupBy(revisions, (revision) => revision.reportId),
    lights: new Map(lights.map((light) => [`${light.task.id}:${light.unit.unitId}`, light.result])),
  };
  const owed = groupBy(owing, (unit) => unit.taskId);
  return {
    plan,
    tasks: tasks.map((task) => periodTask(task, owed.get(task.taskId) ?? [], context)),
  };
}

interface FilingContext {
  period: PeriodRecord;
  now: Date;
  reports: Map<string, ReportRecord>;
  revisions: Map<number, RevisionRecord[]>;
  lights: Map<string, Pick<LightResult, 'light' | 'reasons'>>;
}

function periodTask(task: PlanTask, owing: readonly OwingUnit[], context: FilingContext): PeriodTask {
  const ordered = [...owing.filter((u) => u.role === 'lead'), ...owing.filter((u) => u.role !== 'lead')];
  return {
    taskId: task.taskId,
    seq: task.seq,
    path: task.path,
    text: task.text,
    leadUnits: task.leadUnits,
    filings: ordered.map((unit) => filingOf(unit, context)),
  };
}

/** The office sees the latest version that left the unit; a draft shows its state, not its text. */
function filingOf(unit: OwingUnit, context: FilingContext): Filing {
  const report = context.reports.get(slotKey(unit.taskId, unit.unitId, kindFor(unit.role))) ?? null;
  const revisions = report ? (context.revisions.get(report.id) ?? []) : [];
  const filed = revisions.filter((revision) => FILED_EVENTS.includes(revision.event)).at(-1);
  const progress = filingProgress({ report, dueOn: context.period.dueOn, now: context.now });
  const light = context.lights.get(`${unit.taskId}:${unit.unitId}`) ?? null;
  return {
    unitId: unit.unitId,
    unitName: unit.name,
    role: unit.role === 'lead' ? 'lead' : 'co',
    stage: progress.code,
    late: report?.late ?? false,
    returnCount: revisions.filter((revision) => revision.event === 'return').length,
    submittedAt: report?.signedOffAt?.toISOString() ?? null,
    selfStatus: filed?.selfStatus ?? null,
    percentComplete: filed?.percentComplete ?? null,
    progress: filed?.progress ?? '',
    problems: filed?.problems ?? '',
    nextSteps: filed?.nextSteps ?? '',
    light: light?.light ?? null,
    lightReasons: light?.reasons ?? [],
  };
}

const slotKey = (taskId: number, unitId: number, kind: string): string => `${taskId}:${unitId}:${kind}`;

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
