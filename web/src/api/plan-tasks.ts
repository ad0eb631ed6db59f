// A plan's tasks as the notice lists them, and each task's standing in a period for the plan view.
import { api } from './client.ts';
import type { Indicator, ProgressCode, Standing } from './reports.types.ts';

export interface PlanUnitRef {
  id: number;
  name: string;
  kind: string;
}

export interface PlanTask {
  id: number;
  seq: number;
  path: string[];
  text: string;
  leadUnits: PlanUnitRef[];
  responsibleUnits: PlanUnitRef[];
  indicatorCount: number;
}

export interface PlanTaskDetail {
  task: PlanTask;
  /** The previous year's task this one carries on. */
  carriedFrom: { year: number; seq: number } | null;
  indicators: (Indicator & { position: number; stretch: boolean })[];
}

/** unit: a unit's id or name; tasks given to a group it belongs to count as its own. */
export async function fetchPlanTasks(year: number, filter: { unit?: string } = {}): Promise<PlanTask[]> {
  const query = filter.unit ? `?unit=${encodeURIComponent(filter.unit)}` : '';
  const { tasks } = await api<{ tasks: PlanTask[] }>('GET', `/api/plans/${year}/tasks${query}`);
  return tasks;
}

export const fetchPlanTask = (year: number, seq: number): Promise<PlanTaskDetail> =>
  api<PlanTaskDetail>('GET', `/api/plans/${year}/tasks/${seq}`);

export interface TaskStanding {
  state: ProgressCode;
  stateLabel: string;
  late: boolean;
}

interface MatrixAnswer {
  rows: { task: { id: number }; cells: (Standing & { role: 'lead' | 'responsible' })[] }[];
}

/**
 * For the office and leaders: each task's standing is its lead unit's task report (the filing the
 * office reviews and the city publishes).
 */
export async function fetchLeadStandings(periodKey: string): Promise<Map<number, TaskStanding>> {
  const matrix = await api<MatrixAnswer>('GET', `/api/matrix?period=${encodeURIComponent(periodKey)}`);
  const standings = new Map<number, TaskStanding>();
  for (const row of matrix.rows) {
    const lead = row.cells.find((cell) => cell.role === 'lead');
    if (lead) standings.set(row.task.id, { state: lead.state, stateLabel: lead.stateLabel, late: lead.late });
  }
  return standings;
}

export interface DirectoryUnit {
  id: number;
  name: string;
  kind: string;
}

/** The unit directory's names (public), for the plan's unit filter. */
export async function fetchUnitNames(): Promise<DirectoryUnit[]> {
  const { units } = await api<{ units: DirectoryUnit[] }>('GET', '/api/units');
  return units.map(({ id, name, kind }) => ({ id, name, kind }));
}
