// Units and plans as account management needs them; names follow the directory's history.
import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DirectoryRepository, UnitSummary } from '../../services/directory/directory.types.ts';
import type { Db } from '../client.ts';
import { plans, taskAssignments, tasks, unitGroupMembers, units, unitVersions } from '../schema/index.ts';

type VersionRow = Pick<
  typeof unitVersions.$inferSelect,
  'unitId' | 'name' | 'kind' | 'validFrom' | 'validTo'
>;

/** The version valid on the date, else the latest one (a unit named only after that date). */
function versionOn(versions: VersionRow[], onDate: string): VersionRow | undefined {
  const covering = versions.find((v) => v.validFrom <= onDate && (v.validTo === null || v.validTo > onDate));
  return covering ?? versions.at(-1);
}

async function versionsOn(db: Db, unitIds: number[], onDate: string): Promise<Map<number, VersionRow>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(unitVersions)
    .where(inArray(unitVersions.unitId, unitIds))
    .orderBy(asc(unitVersions.unitId), asc(unitVersions.validFrom));
  const result = new Map<number, VersionRow>();
  for (const unitId of unitIds) {
    const version = versionOn(
      rows.filter((row) => row.unitId === unitId),
      onDate,
    );
    if (version) result.set(unitId, version);
  }
  return result;
}

async function summaries(db: Db, unitIds: number[], onDate: string): Promise<UnitSummary[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.select().from(units).where(inArray(units.id, unitIds)).orderBy(asc(units.id));
  const versions = await versionsOn(db, unitIds, onDate);
  return rows.map((unit) => ({
    id: unit.id,
    code: unit.code,
    name: versions.get(unit.id)?.name ?? `#${unit.id}`,
  }));
}

const notEndedBy = (validTo: AnyPgColumn, onDate: string) => or(isNull(validTo), gt(validTo, onDate));

async function assignedUnitIds(db: Db, planId: number, onDate: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ unitId: taskAssignments.unitId })
    .from(taskAssignments)
    .innerJoin(tasks, eq(tasks.id, taskAssignments.taskId))
    .where(and(eq(tasks.planId, planId), notEndedBy(taskAssignments.validTo, onDate)));
  return rows.map((row) => row.unitId);
}

async function expandGroups(db: Db, unitIds: number[], onDate: string): Promise<number[]> {
  const versions = await versionsOn(db, unitIds, onDate);
  const groups = unitIds.filter((id) => versions.get(id)?.kind === 'group');
  const result = new Set(unitIds.filter((id) => !groups.includes(id)));
  if (groups.length > 0) {
    const members = await db
      .select({ unitId: unitGroupMembers.memberUnitId })
      .from(unitGroupMembers)
      .where(
        and(inArray(unitGroupMembers.groupUnitId, groups), notEndedBy(unitGroupMembers.validTo, onDate)),
      );
    for (const member of members) result.add(member.unitId);
  }
  return [...result].sort((a, b) => a - b);
}

export function directoryRepository(db: Db): DirectoryRepository {
  return {
    async findUnitById(unitId) {
      const [unit] = await summaries(db, [unitId], '9999-12-31');
      return unit ?? null;
    },
    async findPlanIdByYear(year) {
      const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.year, year));
      return row?.id ?? null;
    },
    async findReportingUnits(planId, onDate) {
      const assigned = await assignedUnitIds(db, planId, onDate);
      return summaries(db, await expandGroups(db, assigned, onDate), onDate);
    },
  };
}
