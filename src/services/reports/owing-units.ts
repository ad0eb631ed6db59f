// Which units owe a filing for a task in a period. Everything in reporting asks through this one
// function; the answer comes from the plans service (groups expanded to their members).
import type { IsoDate } from '../../core/period/period.ts';
import { tasksLeftLoop } from '../../core/supervision/completion.ts';
import { findUnitsOwingInPlan } from '../plans/units-owing.ts';
import { readReference, type Reference } from '../reference/reference-cache.ts';
import type { Repositories } from '../store.ts';
import type { OwingUnit } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';

/**
 * Assignments as of the period's due date: a lead that moved mid-year reports from the new unit.
 * A task whose completion the office verified before the quarter began is owed no more.
 * `reference`: the app's cached reference data, as the caller loaded it with the same repositories;
 * without it, the reference is read for this answer alone.
 */
export async function findUnitsOwing(
  repos: Repositories,
  query: { period: PeriodRecord; taskId?: number; unitId?: number; asOf?: IsoDate; reference?: Reference },
): Promise<OwingUnit[]> {
  const { period, taskId, unitId } = query;
  const reference = query.reference ?? (await readReference(repos));
  const asOf = query.asOf ?? period.dueOn;
  const { units } = await findUnitsOwingInPlan({
    repos,
    planId: period.planId,
    asOf,
    taskId,
    unitId,
    reference,
  });
  const { completions } = await reference.plan(period.planId);
  const left = tasksLeftLoop(completions, period.key);
  return left.size === 0 ? units : units.filter((unit) => !left.has(unit.taskId));
}

export function leadUnitIdsOf(owing: readonly OwingUnit[], taskId: number): number[] {
  return owing.filter((unit) => unit.taskId === taskId && unit.role === 'lead').map((unit) => unit.unitId);
}
