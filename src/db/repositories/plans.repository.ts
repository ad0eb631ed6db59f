// Plans, their structure, periods and import issues <-> the plan records of the services.
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { StructureNode } from '../../core/plan/plan.types.ts';
import type { PlansRepository } from '../../services/plans/plans.types.ts';
import type { Db } from '../client.ts';
import { importIssues, periods, plans, structureNodes, taskIndicators, tasks } from '../schema/index.ts';
import { toPeriodRecord, toPlanRecord, toStructureNodeRecord } from './plans.rows.ts';
import { previewsRepository } from './plans-previews.repository.ts';

export function plansRepository(db: Db): PlansRepository {
  return {
    ...previewsRepository(db),
    async findByYear(year) {
      const [row] = await db.select().from(plans).where(eq(plans.year, year));
      return row ? toPlanRecord(row) : null;
    },
    async findAll() {
      const rows = await db
        .select({ plan: plans, taskCount: count(tasks.id) })
        .from(plans)
        .leftJoin(tasks, eq(tasks.planId, plans.id))
        .groupBy(plans.id)
        .orderBy(asc(plans.year));
      return rows.map((row) => ({ ...toPlanRecord(row.plan), taskCount: row.taskCount }));
    },
    async insert(plan) {
      const [row] = await db.insert(plans).values(plan).returning();
      if (!row) throw new Error('insert into plans returned no row');
      return toPlanRecord(row);
    },
    insertStructure: (planId, structure) => insertStructure(db, planId, structure),
    async findStructure(planId) {
      const rows = await db
        .select()
        .from(structureNodes)
        .where(eq(structureNodes.planId, planId))
        .orderBy(asc(structureNodes.id));
      return rows.map(toStructureNodeRecord);
    },
    async insertPeriods(rows) {
      if (rows.length > 0) await db.insert(periods).values(rows);
    },
    async findPeriods(planId) {
      const rows = await db
        .select()
        .from(periods)
        .where(eq(periods.planId, planId))
        .orderBy(asc(periods.key));
      return rows.map(toPeriodRecord);
    },
    async updatePeriodDates(periodId, dates) {
      const [row] = await db.update(periods).set(dates).where(eq(periods.id, periodId)).returning();
      if (!row) throw new Error(`no period ${periodId} to update`);
      return toPeriodRecord(row);
    },
    async updateDeadline(planId, deadline) {
      const [row] = await db.update(plans).set({ deadline }).where(eq(plans.id, planId)).returning();
      if (!row) throw new Error(`no plan ${planId} to update`);
      return toPlanRecord(row);
    },
    async insertIssues(rows) {
      if (rows.length > 0) await db.insert(importIssues).values(rows);
    },
    counts: (planId) => planCounts(db, planId),
  };
}

/** Level by level, so each node can name its parent's id. */
async function insertStructure(db: Db, planId: number, structure: readonly StructureNode[]) {
  const ids = new Map<string, number>();
  let level = structure.map((node, position) => ({ node, position, parentId: null as number | null }));
  while (level.length > 0) {
    const rows = await db
      .insert(structureNodes)
      .values(
        level.map(({ node, position, parentId }) => ({
          planId,
          parentId,
          kind: node.kind,
          number: node.number,
          title: node.title,
          path: node.path,
          position,
        })),
      )
      .returning({ id: structureNodes.id, path: structureNodes.path });
    rows.forEach((row) => ids.set(row.path.join('/'), row.id));
    level = level.flatMap(({ node }) =>
      node.children.map((child, position) => ({
        node: child,
        position,
        parentId: ids.get(node.path.join('/')) ?? null,
      })),
    );
  }
  return ids;
}

async function planCounts(db: Db, planId: number) {
  const [taskRow] = await db
    .select({
      tasks: count(),
      inferred: sql<number>`count(*) filter (where ${tasks.assignmentCertainty} = 'inferred')`.mapWith(
        Number,
      ),
      confirmed: sql<number>`count(*) filter (where ${tasks.assignmentConfirmedAt} is not null)`.mapWith(
        Number,
      ),
    })
    .from(tasks)
    .where(eq(tasks.planId, planId));
  const [indicatorRow] = await db
    .select({ indicators: count() })
    .from(taskIndicators)
    .innerJoin(tasks, eq(tasks.id, taskIndicators.taskId))
    .where(eq(tasks.planId, planId));
  const [issueRow] = await db
    .select({ openIssues: count() })
    .from(importIssues)
    .where(and(eq(importIssues.planId, planId), isNull(importIssues.resolvedAt)));
  return {
    tasks: taskRow?.tasks ?? 0,
    inferred: taskRow?.inferred ?? 0,
    confirmed: taskRow?.confirmed ?? 0,
    indicators: indicatorRow?.indicators ?? 0,
    openIssues: issueRow?.openIssues ?? 0,
  };
}
