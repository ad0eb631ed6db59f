// Tasks, their indicators and their unit assignments over time.
import { and, asc, eq, exists, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TaskFilter, TasksRepository } from '../../services/plans/plans.types.ts';
import type { Db } from '../client.ts';
import { taskAssignments, taskIndicators, tasks } from '../schema/index.ts';
import { toAssignmentRecord, toIndicatorRecord, toTaskRecord } from './plans.rows.ts';

/** Rows per INSERT statement: well under PostgreSQL's limit of 65,535 parameters. */
const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) result.push(rows.slice(i, i + CHUNK));
  return result;
}

const holdsOn = (date: string) =>
  and(
    lte(taskAssignments.validFrom, date),
    or(isNull(taskAssignments.validTo), gt(taskAssignments.validTo, date)),
  );

/** LIKE's wildcards in the user's words are meant literally. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function taskConditions(db: Db, planId: number, filter: TaskFilter): SQL[] {
  const conditions: SQL[] = [eq(tasks.planId, planId)];
  if (filter.unitIds !== undefined) {
    const unitIds = filter.unitIds.length > 0 ? [...filter.unitIds] : [-1];
    const assigned = db
      .select({ one: sql`1` })
      .from(taskAssignments)
      .where(
        and(
          eq(taskAssignments.taskId, tasks.id),
          inArray(taskAssignments.unitId, unitIds),
          holdsOn(filter.asOf),
        ),
      );
    conditions.push(exists(assigned));
  }
  (filter.pathPrefix ?? []).forEach((number, i) => {
    conditions.push(sql`${tasks.path}[${sql.raw(String(i + 1))}] = ${number}`);
  });
  if (filter.text) conditions.push(ilike(tasks.text, likePattern(filter.text)));
  return conditions;
}

export function tasksRepository(db: Db): TasksRepository {
  return {
    async insertMany(rows) {
      const inserted = [];
      for (const chunk of chunks(rows)) inserted.push(...(await db.insert(tasks).values(chunk).returning()));
      return inserted.map(toTaskRecord);
    },
    async insertIndicators(rows) {
      for (const chunk of chunks(rows)) await db.insert(taskIndicators).values(chunk);
    },
    async insertAssignments(rows) {
      const inserted = [];
      for (const chunk of chunks(rows)) {
        inserted.push(...(await db.insert(taskAssignments).values(chunk).returning()));
      }
      return inserted.map(toAssignmentRecord);
    },
    async findByPlan(planId, filter) {
      const rows = await db
        .select()
        .from(tasks)
        .where(and(...taskConditions(db, planId, filter)))
        .orderBy(asc(tasks.seq));
      return rows.map(toTaskRecord);
    },
    async findBySeq(planId, seq) {
      const [row] = await db
        .select()
        .from(tasks)
        .where(and(eq(tasks.planId, planId), eq(tasks.seq, seq)));
      return row ? toTaskRecord(row) : null;
    },
    async findById(taskId) {
      const [row] = await db.select().from(tasks).where(eq(tasks.id, taskId));
      return row ? toTaskRecord(row) : null;
    },
    async findByIds(taskIds) {
      if (taskIds.length === 0) return [];
      const rows = await db
        .select()
        .from(tasks)
        .where(inArray(tasks.id, [...taskIds]))
        .orderBy(asc(tasks.seq));
      return rows.map(toTaskRecord);
    },
    async findIndicators(taskIds) {
      if (taskIds.length === 0) return [];
      const rows = await db
        .select()
        .from(taskIndicators)
        .where(inArray(taskIndicators.taskId, [...taskIds]))
        .orderBy(asc(taskIndicators.taskId), asc(taskIndicators.position));
      return rows.map(toIndicatorRecord);
    },
    async findAssignments(taskIds) {
      if (taskIds.length === 0) return [];
      const rows = await db
        .select()
        .from(taskAssignments)
        .where(inArray(taskAssignments.taskId, [...taskIds]))
        .orderBy(
          asc(taskAssignments.taskId),
          asc(taskAssignments.validFrom),
          asc(taskAssignments.role),
          asc(taskAssignments.position),
          asc(taskAssignments.id),
        );
      return rows.map(toAssignmentRecord);
    },
    async findAssignmentsOfUnitFrom(unitId, date) {
      const rows = await db
        .select()
        .from(taskAssignments)
        .where(
          and(
            eq(taskAssignments.unitId, unitId),
            or(isNull(taskAssignments.validTo), gt(taskAssignments.validTo, date)),
          ),
        )
        .orderBy(asc(taskAssignments.id));
      return rows.map(toAssignmentRecord);
    },
    async endAssignment(assignmentId, validTo) {
      const [row] = await db
        .update(taskAssignments)
        .set({ validTo })
        .where(eq(taskAssignments.id, assignmentId))
        .returning();
      if (!row) throw new Error(`no assignment ${assignmentId} to end`);
      return toAssignmentRecord(row);
    },
  };
}
