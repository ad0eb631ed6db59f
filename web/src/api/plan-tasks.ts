// A plan's tasks as the notice lists them, and each task's standing in a period for the plan view.
import { api } from './client.ts';
import type { PlanTask, TaskDetail } from '../../../src/contracts/plan.schema.ts';
import type { Matrix, Standing } from '../../../src/contracts/reading.schema.ts';
import type { Unit } from '../../../src/contracts/unit.schema.ts';

export type {
  PlanTask,
  TaskDetail as PlanTaskDetail,
  UnitRef as PlanUnitRef,
} from '../../../src/contracts/plan.schema.ts';

/**
 * unit: a unit's id or name; tasks given to a group it belongs to count as its own. Each task comes
 * with its quarter plans (进度安排), which the list shows for the chosen quarter.
 */
export async function fetchPlanTasks(year: number, filter: { unit?: string } = {}): Promise<PlanTask[]> {
  const query = filter.unit ? `?unit=${encodeURIComponent(filter.unit)}` : '';
  const { tasks } = await api<{ tasks: PlanTask[] }>('GET', `/api/plans/${year}/tasks${query}`);
  return tasks;
}

export const fetchPlanTask = (year: number, seq: number): Promise<TaskDetail> =>
  api<TaskDetail>('GET', `/api/plans/${year}/tasks/${seq}`);

export type TaskStanding = Pick<Standing, 'state' | 'stateLabel' | 'late'>;

/**
 * For the office and leaders: each task's standing is its lead unit's task report (the filing the
 * office reviews and the city publishes).
 */
export async function fetchLeadStandings(periodKey: string): Promise<Map<number, TaskStanding>> {
  const matrix = await api<Matrix>('GET', `/api/matrix?period=${encodeURIComponent(periodKey)}`);
  const standings = new Map<number, TaskStanding>();
  for (const row of matrix.rows) {
    const lead = row.cells.find((cell) => cell.role === 'lead');
    if (lead) standings.set(row.task.id, { state: lead.state, stateLabel: lead.stateLabel, late: lead.late });
  }
  return standings;
}

export type DirectoryUnit = Pick<Unit, 'id' | 'name' | 'kind'>;

/** The unit directory's names (public), for the plan's unit filter. */
export async function fetchUnitNames(): Promise<DirectoryUnit[]> {
  const { units } = await api<{ units: Unit[] }>('GET', '/api/units');
  return units.map(({ id, name, kind }) => ({ id, name, kind }));
}
