// Which units owe a filing for a task in a period. Everything in reporting asks through this one
// function, so the plans service's own answer (findUnitsOwingTask) can replace the query behind it.
import type { IsoDate } from '../../core/period/period.ts';
import type { Repositories } from '../store.ts';
import type { OwingUnit, PeriodRecord } from './reports.types.ts';

/** Assignments as of the period's due date: a lead that moved mid-year reports from the new unit. */
export async function findUnitsOwing(
  repos: Repositories,
  query: { period: PeriodRecord; taskId?: number; asOf?: IsoDate },
): Promise<OwingUnit[]> {
  const { period, taskId } = query;
  return repos.reports.findOwingUnits({ planId: period.planId, asOf: query.asOf ?? period.dueOn, taskId });
}

export function leadUnitIdsOf(owing: readonly OwingUnit[], taskId: number): number[] {
  return owing.filter((unit) => unit.taskId === taskId && unit.role === 'lead').map((unit) => unit.unitId);
}
