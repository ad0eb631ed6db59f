// A period's filings as the office holds them, task by task: who owes what, where each filing
// stands, the version that reached the office, how often it came back, and its light. The summary
// and the bulletin are built from this one reading, so the two documents cannot disagree.
import type { Filing, PeriodTask } from '../../core/documents/documents.types.ts';
import { parsePeriod } from '../../core/period/period.ts';
import { periodMilestone } from '../../core/plan/task-milestones.ts';
import type { LightResult } from '../../core/supervision/lights.ts';
import { filingProgress } from '../../core/report/progress.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import type { PeriodRecord, PlanRecord } from '../plans/plans.types.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { OwingUnit } from '../reports/reports.types.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
import { computeLights } from '../supervision/lights-compute.ts';
import { loadSupervisionContext } from '../supervision/supervision-context.ts';
import type { Repositories } from '../store.ts';
import type { PeriodFiling } from './documents.types.ts';
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
  // One query at a time: PGlite answers one at a time anyway, and a transaction has one connection.
  const plan = await getPlanByYear(repos, parsePeriod(period.key).year);
  const tasks = await planTasksOn(repos, plan.id, documentDate(period));
  const owing = await findUnitsOwing(repos, { period });
  const filings = await repos.documents.findPeriodFilings(period.id);
  // The lights from the filings just read, by the supervision rules (computeLights), not a second read.
  const context = await loadSupervisionContext(repos, plan);
  const lights = computeLights({ context, period, owing, facts: filings, now });
  const filingContext: FilingContext = {
    period,
    now,
    filings: new Map(filings.map((filing) => [slotKey(filing.taskId, filing.unitId, filing.kind), filing])),
    lights: new Map(lights.map((light) => [`${light.task.id}:${light.unit.unitId}`, light.result])),
  };
  const owed = groupBy(owing, (unit) => unit.taskId);
  return {
    plan,
    tasks: tasks.map((task) => periodTask(task, owed.get(task.taskId) ?? [], filingContext)),
  };
}

interface FilingContext {
  period: PeriodRecord;
  now: Date;
  filings: Map<string, PeriodFiling>;
  lights: Map<string, Pick<LightResult, 'light' | 'reasons'>>;
}

function periodTask(task: PlanTask, owing: readonly OwingUnit[], context: FilingContext): PeriodTask {
  const ordered = [...owing.filter((u) => u.role === 'lead'), ...owing.filter((u) => u.role !== 'lead')];
  const quarterPlan = periodMilestone(task.milestones ?? [], context.period.key);
  return {
    taskId: task.taskId,
    seq: task.seq,
    path: task.path,
    text: task.text,
    leadUnits: task.leadUnits,
    ...(quarterPlan === null ? {} : { quarterPlan }),
    filings: ordered.map((unit) => filingOf(unit, context)),
  };
}

/** The office sees the latest version that left the unit; a draft shows its state, not its text. */
function filingOf(unit: OwingUnit, context: FilingContext): Filing {
  const filing = context.filings.get(slotKey(unit.taskId, unit.unitId, kindFor(unit.role))) ?? null;
  const progress = filingProgress({ report: filing, dueOn: context.period.dueOn, now: context.now });
  const light = context.lights.get(`${unit.taskId}:${unit.unitId}`) ?? null;
  return {
    unitId: unit.unitId,
    unitName: unit.name,
    role: unit.role === 'lead' ? 'lead' : 'co',
    stage: progress.code,
    late: filing?.late ?? false,
    returnCount: filing?.returnRevisionIds.length ?? 0,
    submittedAt: filing?.signedOffAt?.toISOString() ?? null,
    selfStatus: filing?.selfStatus ?? null,
    percentComplete: filing?.percentComplete ?? null,
    progress: filing?.progress ?? '',
    problems: filing?.problems ?? '',
    nextSteps: filing?.nextSteps ?? '',
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
