// One task in one period: every unit that owes a filing, the filings the actor may see with their
// history, who has not filed yet, and the lead's view of its co-units' inputs.
import { DomainError } from '../../core/errors.ts';
import { assertCan, can } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { filingProgress, type FilingProgress } from '../../core/report/progress.ts';
import { quoteInputs } from '../../core/report/quote.ts';
import type { ReportContent, ReportKind } from '../../core/report/report.types.ts';
import type { Repositories, Store } from '../store.ts';
import { findUnitsOwing } from './owing-units.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { ProcessCaches, QuarterRead } from '../process-caches.ts';
import { getTaskOf, getPeriodOf } from '../plans/plan-lookups.ts';
import { actorUnitId } from '../../core/policy/actor.ts';
import {
  contextFrom,
  viewContextFor,
  viewReports,
  viewsFrom,
  visibilityOf,
  type ReportView,
  type ViewContext,
} from './report-views.ts';
import { answerKey } from './shared-answers.ts';
import { keptView, loadTaskPeriodState, type TaskPeriodState } from './task-period-state.ts';
import type { OwingUnit, ReportRecord } from './reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from './worklist.usecases.ts';

export interface UnitStanding {
  unit: OwingUnit;
  kind: ReportKind;
  /** null when the actor may not follow this unit's filing. */
  progress: FilingProgress | null;
}

export interface TaskPeriodView {
  task: TaskWithIndicators;
  period: PeriodRecord;
  /** The actor's unit's part in the task, if any. */
  myRole: OwingUnit['role'] | null;
  units: UnitStanding[];
  taskReports: ReportView[];
  unitInputs: ReportView[];
  /** Units whose filing has not reached the office; shown to the office and the lead unit. */
  missing: OwingUnit[] | null;
  /** Last quarter's content for the actor's unit while it has not saved this quarter's. */
  prefill: ReportContent | null;
}

interface Loaded {
  period: PeriodRecord;
  task: TaskWithIndicators;
  owing: OwingUnit[];
  reports: ReportRecord[];
  context: ViewContext;
  myUnit: OwingUnit | null;
}

async function loadTaskPeriod(
  repos: Repositories,
  reference: Reference,
  query: { actor: Actor; taskId: number; period: string },
): Promise<Loaded> {
  const { actor, taskId, period: key } = query;
  const period = await getPeriodOf(reference, key);
  const task = await getTaskOf(reference, taskId, period);
  const owing = await findUnitsOwing(repos, { period, taskId, reference });
  const reports = await repos.reports.findReports({ periodId: period.id, taskId });
  const context = await viewContextFor(repos, { actor, period, owing, reports });
  const unitId = actorUnitId(actor);
  return { period, task, owing, reports, context, myUnit: owing.find((u) => u.unitId === unitId) ?? null };
}

const reportOf = (loaded: Loaded, unit: OwingUnit) =>
  loaded.reports.find((r) => r.unitId === unit.unitId && r.kind === kindFor(unit.role)) ?? null;

/** Units owing a filing that has not reached the office yet (never signed off). */
function missingUnits(loaded: Loaded, except: number | null): OwingUnit[] {
  return loaded.owing.filter((unit) => unit.unitId !== except && !reportOf(loaded, unit)?.signedOffAt);
}

/**
 * The task's quarter as the actor may see it. When the request read the task's filing generation
 * with its session, everything read for it is shared per state of the task's filings
 * (task-period-state.ts) and each reader's view is cut from that; read it, never change it.
 */
export async function getTaskPeriod(input: QuarterRead & { taskId: number }): Promise<TaskPeriodView> {
  // The task itself is public; each filing is then cut to what the actor may see.
  assertCan(input.actor, 'plan.read');
  const { repos } = input.store;
  const { caches } = input;
  const reference = await caches.reference.load(repos);
  const period = await getPeriodOf(reference, input.period);
  const task = await getTaskOf(reference, input.taskId, period);
  const now = input.clock();
  const workOut = () => loadTaskPeriodState(repos, { reference, period, task });
  const generation = caches.requestSnapshot.knownTaskGeneration(task.id);
  const state =
    generation === null
      ? await workOut()
      : await caches.taskPeriods.answer(
          `task|${task.id}|${period.id}`,
          answerKey({ referenceVersion: reference.version, filingGeneration: generation, now }),
          workOut,
        );
  return viewFor(repos, state, input.actor, now);
}

/** One reader's cut of the shared state; readers who would get the same cut share one. */
function viewFor(
  repos: Repositories,
  state: TaskPeriodState,
  actor: Actor,
  now: Date,
): Promise<TaskPeriodView> {
  const context = contextFrom(actor, state);
  const unitId = actorUnitId(actor);
  const myUnit = state.owing.find((unit) => unit.unitId === unitId) ?? null;
  const follows = can(actor, 'dashboard.read') || myUnit?.role === 'lead';
  const seen = state.reports.map((report) => visibilityOf(context, report));
  // Everything below depends on the reader only through these: its unit's part, whether it
  // follows every unit, and what it may see of each filing.
  const readerKey = `${myUnit?.unitId ?? '-'}|${follows ? 'follows' : 'own'}|${seen.join(',')}`;
  return keptView(state, readerKey, async () => {
    const views = viewsFrom(context, state.reports, state.revisions, state.attachments);
    const reportOf = (unit: OwingUnit) =>
      state.reports.find((r) => r.unitId === unit.unitId && r.kind === kindFor(unit.role)) ?? null;
    const units = state.owing.map((unit): UnitStanding => {
      const own = unit.unitId === myUnit?.unitId;
      const report = reportOf(unit);
      const shown = report && visibilityOf(context, report) !== 'none' ? report : null;
      const progress =
        follows || own ? filingProgress({ report: shown, dueOn: state.period.dueOn, now }) : null;
      return { unit, kind: kindFor(unit.role), progress };
    });
    const missing = state.owing.filter(
      (unit) => unit.unitId !== myUnit?.unitId && !reportOf(unit)?.signedOffAt,
    );
    return {
      task: state.task,
      period: state.period,
      myRole: myUnit?.role ?? null,
      units,
      taskReports: views.filter((view) => view.report.kind === 'task_report'),
      unitInputs: views.filter((view) => view.report.kind === 'unit_input'),
      missing: follows ? missing : null,
      prefill: myUnit && !reportOf(myUnit) ? await state.prefill(repos, myUnit) : null,
    };
  });
}

/** The lead unit's view: every co-unit's filed input, who is missing, and a text quoting them. */
export async function getTaskInputsForLead(input: {
  actor: Actor;
  taskId: number;
  period: string;
  store: Store;
  caches: ProcessCaches;
}): Promise<{
  task: TaskWithIndicators;
  period: PeriodRecord;
  inputs: ReportView[];
  missing: OwingUnit[];
  suggestedProgress: string;
}> {
  assertCan(input.actor, 'report.edit', { unitId: actorUnitId(input.actor) });
  const { repos } = input.store;
  const loaded = await loadTaskPeriod(repos, await input.caches.reference.load(repos), input);
  if (loaded.myUnit?.role !== 'lead') {
    throw new DomainError(
      'report.not_lead',
      'forbidden',
      'only the task’s lead unit sees its co-units’ inputs',
      {
        taskId: input.taskId,
      },
    );
  }
  const coInputs = loaded.reports.filter((report) => report.kind === 'unit_input');
  const inputs = await viewReports(repos, loaded.context, coInputs);
  const quoted = inputs.map((view) => ({ unitName: view.unitName, progress: view.content?.progress ?? '' }));
  const missing = missingUnits(loaded, loaded.myUnit.unitId).filter((unit) => unit.role === 'responsible');
  return {
    task: loaded.task,
    period: loaded.period,
    inputs,
    missing,
    suggestedProgress: quoteInputs(quoted),
  };
}
