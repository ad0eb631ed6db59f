// A plan's periods and tasks by key or id, for every service that acts on one (filing, supervision,
// documents, notices): found or a not-found error. Plans own periods and tasks, so this module
// imports nothing from the services that call it.
import { conflict, notFound } from '../../core/errors.ts';
import { formatPeriod, parsePeriod, type IsoDate } from '../../core/period/period.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { Repositories } from '../store.ts';
import type { PeriodRecord, TaskWithIndicators } from './plans.types.ts';

export async function getPeriod(repos: Repositories, key: string): Promise<PeriodRecord> {
  const parsed = parsePeriod(key);
  const period = await repos.reports.findPeriod(formatPeriod(parsed));
  if (!period) throw notFound('period.not_found', `no reporting period ${key}`, { period: key });
  return period;
}

/** The same, from the cached reference data. */
export async function getPeriodOf(reference: Reference, key: string): Promise<PeriodRecord> {
  const period = await reference.period(formatPeriod(parsePeriod(key)));
  if (!period) throw notFound('period.not_found', `no reporting period ${key}`, { period: key });
  return period;
}

/** The unit's name on the date, else its latest (a unit named only after that date). */
export async function unitNameOf(reference: Reference, unitId: number, onDate: IsoDate): Promise<string> {
  const { versions } = await reference.history();
  const own = versions.filter((version) => version.unitId === unitId);
  const covering = own.find((v) => v.validFrom <= onDate && (v.validTo === null || v.validTo > onDate));
  return (covering ?? own.at(-1))?.name ?? `#${unitId}`;
}

export async function getTaskOf(
  reference: Reference,
  taskId: number,
  period: PeriodRecord,
): Promise<TaskWithIndicators> {
  const task = (await reference.plan(period.planId)).taskById.get(taskId);
  if (!task) throw notFound('task.not_found', `no task ${taskId} in the plan of ${period.key}`, { taskId });
  return task;
}

export async function getTaskOfPeriod(
  repos: Repositories,
  taskId: number,
  period: PeriodRecord,
): Promise<TaskWithIndicators> {
  const task = await repos.reports.findTask(taskId);
  if (!task || task.planId !== period.planId) {
    throw notFound('task.not_found', `no task ${taskId} in the plan of ${period.key}`, { taskId });
  }
  return task;
}

/** A closed quarter is frozen: its numbers feed the assessment. */
export function assertPeriodOpen(period: PeriodRecord): void {
  if (period.state === 'closed') {
    throw conflict('period.closed', `${period.key} is closed; its filings can no longer change`, {
      period: period.key,
    });
  }
}
