// What filing needs to know about plans and units: periods, tasks with their indicators, section
// titles, and which units owe a filing for a task on a date (group assignments expanded).
import { and, asc, eq, gt, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { IsoDate } from '../../core/period/period.ts';
import type {
  OwingRole,
  OwingUnit,
  ReportsRepository,
  TaskRecord,
} from '../../services/reports/reports.types.ts';
import type { Db } from '../client.ts';
import {
  periods,
  structureNodes,
  taskAssignments,
  taskIndicators,
  tasks,
  unitGroupMembers,
  unitVersions,
} from '../schema/index.ts';
import { toPeriodRecord } from './report-rows.ts';

type ContextQueries = Pick<
  ReportsRepository,
  | 'findPeriod'
  | 'findPeriodById'
  | 'findTask'
  | 'findTasks'
  | 'findStructureTitles'
  | 'findOwingUnits'
  | 'findUnitName'
>;

/** valid_from <= date < valid_to (open-ended when valid_to is null). */
const validOn = (from: AnyPgColumn, to: AnyPgColumn, onDate: IsoDate): SQL | undefined =>
  and(lte(from, onDate), or(isNull(to), gt(to, onDate)));

interface UnitOnDate {
  name: string;
  kind: string;
}

/** Each unit's name and kind on the date, else its latest (a unit named only after that date). */
async function unitsOn(db: Db, unitIds: readonly number[], onDate: IsoDate): Promise<Map<number, UnitOnDate>> {
  const result = new Map<number, UnitOnDate>();
  if (unitIds.length === 0) return result;
  const rows = await db
    .select()
    .from(unitVersions)
    .where(inArray(unitVersions.unitId, [...unitIds]))
    .orderBy(asc(unitVersions.validFrom));
  const covered = new Set<number>();
  for (const row of rows) {
    const covers = row.validFrom <= onDate && (row.validTo === null || row.validTo > onDate);
    // Rows come oldest first, so without a covering version the latest one stays.
    if (covers || !covered.has(row.unitId)) result.set(row.unitId, { name: row.name, kind: row.kind });
    if (covers) covered.add(row.unitId);
  }
  return result;
}

async function groupMembers(db: Db, groupIds: readonly number[], onDate: IsoDate) {
  if (groupIds.length === 0) return [];
  return db
    .select({ groupId: unitGroupMembers.groupUnitId, memberId: unitGroupMembers.memberUnitId })
    .from(unitGroupMembers)
    .where(
      and(
        inArray(unitGroupMembers.groupUnitId, [...groupIds]),
        validOn(unitGroupMembers.validFrom, unitGroupMembers.validTo, onDate),
      ),
    )
    .orderBy(asc(unitGroupMembers.memberUnitId));
}

async function assignmentsOn(db: Db, query: { planId: number; asOf: IsoDate; taskId?: number }) {
  return db
    .select({ taskId: taskAssignments.taskId, unitId: taskAssignments.unitId, role: taskAssignments.role })
    .from(taskAssignments)
    .innerJoin(tasks, eq(tasks.id, taskAssignments.taskId))
    .where(
      and(
        eq(tasks.planId, query.planId),
        query.taskId === undefined ? undefined : eq(tasks.id, query.taskId),
        validOn(taskAssignments.validFrom, taskAssignments.validTo, query.asOf),
      ),
    )
    .orderBy(asc(tasks.seq), asc(taskAssignments.role), asc(taskAssignments.position));
}

async function findOwingUnits(
  db: Db,
  query: { planId: number; asOf: IsoDate; taskId?: number },
): Promise<OwingUnit[]> {
  const assignments = await assignmentsOn(db, query);
  const assigned = await unitsOn(db, [...new Set(assignments.map((a) => a.unitId))], query.asOf);
  const groupIds = [...assigned].filter(([, unit]) => unit.kind === 'group').map(([id]) => id);
  const members = await groupMembers(db, groupIds, query.asOf);
  const memberUnits = await unitsOn(db, [...new Set(members.map((m) => m.memberId))], query.asOf);
  const owing = new Map<string, OwingUnit>();
  const add = (unit: Omit<OwingUnit, 'name'>, name: string) => {
    const key = `${unit.taskId}:${unit.unitId}`;
    const known = owing.get(key);
    // A unit both leading and sharing a task files the task report only.
    if (!known || (known.role === 'responsible' && unit.role === 'lead')) owing.set(key, { ...unit, name });
  };
  for (const assignment of assignments) {
    const role: OwingRole = assignment.role === 'lead' ? 'lead' : 'responsible';
    const unit = assigned.get(assignment.unitId);
    if (unit?.kind !== 'group') {
      add({ ...assignment, role, viaGroup: null }, unit?.name ?? `#${assignment.unitId}`);
      continue;
    }
    const viaGroup = { id: assignment.unitId, name: unit.name };
    for (const member of members.filter((m) => m.groupId === assignment.unitId)) {
      const name = memberUnits.get(member.memberId)?.name ?? `#${member.memberId}`;
      add({ taskId: assignment.taskId, unitId: member.memberId, role, viaGroup }, name);
    }
  }
  return [...owing.values()];
}

async function findTasks(db: Db, where: SQL | undefined): Promise<TaskRecord[]> {
  const rows = await db.select().from(tasks).where(where).orderBy(asc(tasks.seq));
  if (rows.length === 0) return [];
  const indicators = await db
    .select()
    .from(taskIndicators)
    .where(
      inArray(
        taskIndicators.taskId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(taskIndicators.position));
  return rows.map((row) => ({
    id: row.id,
    planId: row.planId,
    seq: row.seq,
    path: row.path,
    text: row.text,
    indicators: indicators
      .filter((indicator) => indicator.taskId === row.id)
      .map(({ id, metric, targetValue, unit, comparator, raw }) => ({
        id,
        metric,
        targetValue,
        unit,
        comparator,
        raw,
      })),
  }));
}

export function reportsContextQueries(db: Db): ContextQueries {
  return {
    async findPeriod(key) {
      const [row] = await db.select().from(periods).where(eq(periods.key, key));
      return row ? toPeriodRecord(row) : null;
    },
    async findPeriodById(id) {
      const [row] = await db.select().from(periods).where(eq(periods.id, id));
      return row ? toPeriodRecord(row) : null;
    },
    async findTask(taskId) {
      const [task] = await findTasks(db, eq(tasks.id, taskId));
      return task ?? null;
    },
    findTasks: (planId) => findTasks(db, eq(tasks.planId, planId)),
    async findStructureTitles(planId) {
      return db
        .select({ path: structureNodes.path, title: structureNodes.title })
        .from(structureNodes)
        .where(eq(structureNodes.planId, planId));
    },
    findOwingUnits: (query) => findOwingUnits(db, query),
    async findUnitName(unitId, asOf) {
      return (await unitsOn(db, [unitId], asOf)).get(unitId)?.name ?? null;
    },
  };
}
