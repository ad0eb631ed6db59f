// Minimal plans and units written straight to the tables (the importer's job, done by hand here).
import type { Db } from '../../../src/db/client.ts';
import {
  plans,
  taskAssignments,
  tasks,
  unitGroupMembers,
  units,
  unitVersions,
} from '../../../src/db/schema/index.ts';
import { T0 } from './deterministic.ts';

export interface SeedUnit {
  name: string;
  kind?: string;
  code?: string;
  /** Names of member units, for a group. */
  members?: string[];
}

export interface SeedTask {
  seq: number;
  lead: string[];
  responsible?: string[];
}

export async function seedUnits(db: Db, seedUnits: SeedUnit[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const unit of seedUnits) {
    const [row] = await db
      .insert(units)
      .values({ code: unit.code ?? null, createdAt: T0 })
      .returning();
    if (!row) throw new Error('no unit row');
    await db.insert(unitVersions).values({
      unitId: row.id,
      name: unit.name,
      kind: unit.kind ?? 'department',
      validFrom: '2024-01-01',
      reason: 'created',
    });
    ids.set(unit.name, row.id);
  }
  for (const unit of seedUnits) {
    for (const member of unit.members ?? []) {
      await db.insert(unitGroupMembers).values({
        groupUnitId: idOf(ids, unit.name),
        memberUnitId: idOf(ids, member),
        validFrom: '2024-01-01',
      });
    }
  }
  return ids;
}

export async function seedPlan(db: Db, input: { year: number; units: SeedUnit[]; tasks: SeedTask[] }) {
  const unitIds = await seedUnits(db, input.units);
  const [plan] = await db
    .insert(plans)
    .values({ year: input.year, title: `${input.year} plan`, importedAt: T0 })
    .returning();
  if (!plan) throw new Error('no plan row');
  for (const task of input.tasks) {
    const [row] = await db
      .insert(tasks)
      .values({
        planId: plan.id,
        seq: task.seq,
        path: ['一'],
        text: `task ${task.seq}`,
        assignmentCertainty: 'certain',
      })
      .returning();
    if (!row) throw new Error('no task row');
    const assign = (names: string[], role: 'lead' | 'responsible') =>
      names.map((name, position) => ({
        taskId: row.id,
        unitId: idOf(unitIds, name),
        role,
        position,
        validFrom: '2024-04-09',
        source: 'import',
        createdAt: T0,
      }));
    await db
      .insert(taskAssignments)
      .values([...assign(task.lead, 'lead'), ...assign(task.responsible ?? [], 'responsible')]);
  }
  return { planId: plan.id, unitIds };
}

function idOf(ids: Map<string, number>, name: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`seed names an unknown unit '${name}'`);
  return id;
}
