// "My updates": every task the unit owes a filing for in a period, where it stands and how long
// is left until the due date.
import { invalid } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import { filingProgress, type FilingProgress } from '../../core/report/progress.ts';
import type { ReportKind } from '../../core/report/report.types.ts';
import type { Repositories } from '../store.ts';
import { effectiveDueDates } from './due-dates.ts';
import { findUnitsOwing } from './owing-units.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { QuarterRead } from '../process-caches.ts';
import { unitNameOf, getPeriodOf } from '../plans/plan-lookups.ts';
import { actorUnitId } from '../../core/policy/actor.ts';
import { answerKey } from './shared-answers.ts';
import type { OwingUnit, ReportStanding } from './reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';

export interface WorklistItem {
  task: TaskWithIndicators;
  role: OwingUnit['role'];
  kind: ReportKind;
  viaGroup: OwingUnit['viaGroup'];
  report: ReportStanding | null;
  progress: FilingProgress;
}

export function kindFor(role: OwingUnit['role']): ReportKind {
  return role === 'lead' ? 'task_report' : 'unit_input';
}

export interface Worklist {
  period: PeriodRecord;
  unit: { id: number; name: string };
  items: WorklistItem[];
}

/**
 * The actor's own unit, or for the office any unit it names. When the request read the unit's
 * filing generation with its session, the answer is worked out once per state (shared-answers.ts)
 * and shared: read it, never change it.
 */
export async function findWorklist(
  input: QuarterRead & {
    unitId?: number;
  },
): Promise<Worklist> {
  const unitId = input.unitId ?? actorUnitId(input.actor);
  if (unitId === null) {
    assertCan(input.actor, 'dashboard.read');
    throw invalid('worklist.unit_required', 'name the unit whose worklist to show', { field: 'unitId' });
  }
  assertCan(input.actor, 'report.read', { unitId });
  const { repos } = input.store;
  const { caches } = input;
  const reference = await caches.reference.load(repos);
  const period = await getPeriodOf(reference, input.period);
  const now = input.clock();
  const workOut = () => {
    const known = caches.requestSnapshot.knownStandings(period, unitId);
    return workOutWorklist(repos, { reference, period, unitId, now, known });
  };
  const filingGeneration = caches.requestSnapshot.knownFilingGeneration(unitId);
  if (filingGeneration === null) return workOut();
  const key = answerKey({ referenceVersion: reference.version, filingGeneration, now });
  return caches.sharedAnswers.answer(`worklist|${unitId}|${period.id}`, key, workOut);
}

async function workOutWorklist(
  repos: Repositories,
  input: {
    reference: Reference;
    period: PeriodRecord;
    unitId: number;
    now: Date;
    /** The unit's standings in the period as the request read them with its session. */
    known: ReportStanding[] | null;
  },
): Promise<Worklist> {
  const { reference, period, unitId, now } = input;
  const owing = await findUnitsOwing(repos, { period, unitId, reference });
  const tasks = (await reference.plan(period.planId)).taskById;
  const reports = input.known ?? (await repos.reports.findStandings({ periodId: period.id, unitId }));
  const dueOn = await effectiveDueDates(repos, { period, unitId, reference });
  const byTaskAndKind = new Map(reports.map((r) => [`${r.taskId}:${r.kind}`, r]));
  const items = owing.flatMap((owed): WorklistItem[] => {
    const task = tasks.get(owed.taskId);
    if (!task) return [];
    const kind = kindFor(owed.role);
    const report = byTaskAndKind.get(`${owed.taskId}:${kind}`) ?? null;
    const extendedDueOn = dueOn(owed.taskId);
    const progress = filingProgress({ report, dueOn: period.dueOn, extendedDueOn, now });
    return [{ task, role: owed.role, kind, viaGroup: owed.viaGroup, report, progress }];
  });
  items.sort((a, b) => a.task.seq - b.task.seq);
  const name = owing[0]?.name ?? (await unitNameOf(reference, unitId, period.dueOn));
  return { period, unit: { id: unitId, name }, items };
}
