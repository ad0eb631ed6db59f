// What filing needs to know about plans and units: periods, tasks with their indicators, section
// titles, and a unit's name on a date.
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../core/period/period.ts';
import type { ReportsRepository } from '../../services/reports/reports.types.ts';
import type { TaskWithIndicators } from '../../services/plans/plans.types.ts';
import type { Db } from '../client.ts';
import { periods, structureNodes, taskIndicators, tasks, unitVersions } from '../schema/index.ts';
import { toComparator, toMilestones, toPeriodRecord } from './plans.rows.ts';

type ContextQueries = Pick<
  ReportsRepository,
  'findPeriod' | 'findPeriodById' | 'findTask' | 'findTasks' | 'findStructureTitles' | 'findUnitName'
>;

/** The unit's name on the date, else its latest (a unit named only after that date). */
async function nameOn(db: Db, unitId: number, onDate: IsoDate): Promise<string | null> {
  const versions = await db
    .select()
    .from(unitVersions)
    .where(eq(unitVersions.unitId, unitId))
    .orderBy(asc(unitVersions.validFrom));
  const covering = versions.find((v) => v.validFrom <= onDate && (v.validTo === null || v.validTo > onDate));
  return (covering ?? versions.at(-1))?.name ?? null;
}

async function findTasks(db: Db, where: SQL | undefined): Promise<TaskWithIndicators[]> {
  const rows = await db.select().from(tasks).where(where).orderBy(asc(tasks.seq));
  if (rows.length === 0) return [];
  // The same condition as a subquery: a plan's 220 task ids as bound parameters cost more than the rows.
  const indicators = await db
    .select()
    .from(taskIndicators)
    .where(inArray(taskIndicators.taskId, db.select({ id: tasks.id }).from(tasks).where(where)))
    .orderBy(asc(taskIndicators.position));
  const byTask = new Map<number, TaskWithIndicators['indicators']>();
  for (const { taskId, id, metric, targetValue, unit, comparator, raw } of indicators) {
    const list = byTask.get(taskId) ?? [];
    list.push({ id, metric, targetValue, unit, comparator: toComparator(comparator), raw });
    byTask.set(taskId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    planId: row.planId,
    seq: row.seq,
    path: row.path,
    text: row.text,
    milestones: toMilestones(row.milestones),
    indicators: byTask.get(row.id) ?? [],
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
    findUnitName: (unitId, asOf) => nameOn(db, unitId, asOf),
  };
}
