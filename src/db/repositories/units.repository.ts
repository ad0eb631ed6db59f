// The unit directory's history: units, versions, aliases, group memberships and successions.
import { asc, eq } from 'drizzle-orm';
import { isUnitKind } from '../../core/unit/directory.ts';
import type { UnitVersion } from '../../core/unit/unit.types.ts';
import type { UnitsRepository } from '../../services/units/units.types.ts';
import type { Db } from '../client.ts';
import { unitAliases, unitGroupMembers, units, unitSuccessions, unitVersions } from '../schema/index.ts';

function toVersion(row: typeof unitVersions.$inferSelect): UnitVersion {
  if (!isUnitKind(row.kind)) throw new Error(`unexpected unit kind '${row.kind}' in unit_versions`);
  return { ...row, kind: row.kind };
}

export function unitsRepository(db: Db): UnitsRepository {
  return {
    async loadHistory() {
      // One query at a time: inside a transaction every query goes through one connection.
      const unitRows = await db.select({ id: units.id, code: units.code }).from(units).orderBy(asc(units.id));
      const versions = await db
        .select()
        .from(unitVersions)
        .orderBy(asc(unitVersions.unitId), asc(unitVersions.validFrom));
      const aliases = await db.select().from(unitAliases).orderBy(asc(unitAliases.id));
      const memberships = await db.select().from(unitGroupMembers).orderBy(asc(unitGroupMembers.id));
      const successions = await db.select().from(unitSuccessions).orderBy(asc(unitSuccessions.id));
      return { units: unitRows, versions: versions.map(toVersion), aliases, memberships, successions };
    },
    async insertUnit(unit) {
      const [row] = await db.insert(units).values(unit).returning({ id: units.id });
      if (!row) throw new Error('insert into units returned no row');
      return row.id;
    },
    async setCode(unitId, code) {
      await db.update(units).set({ code }).where(eq(units.id, unitId));
    },
    async findByCode(code) {
      const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
      return row?.id ?? null;
    },
    async insertVersion(version) {
      const [row] = await db.insert(unitVersions).values(version).returning();
      if (!row) throw new Error('insert into unit_versions returned no row');
      return toVersion(row);
    },
    async endVersion(versionId, validTo) {
      await db.update(unitVersions).set({ validTo }).where(eq(unitVersions.id, versionId));
    },
    async insertAliases(rows) {
      return rows.length === 0 ? [] : db.insert(unitAliases).values(rows).returning();
    },
    async endAlias(aliasId, validTo) {
      await db.update(unitAliases).set({ validTo }).where(eq(unitAliases.id, aliasId));
    },
    async insertMemberships(rows) {
      return rows.length === 0 ? [] : db.insert(unitGroupMembers).values(rows).returning();
    },
    async endMembership(membershipId, validTo) {
      await db.update(unitGroupMembers).set({ validTo }).where(eq(unitGroupMembers.id, membershipId));
    },
    async insertSuccession(succession) {
      const [row] = await db.insert(unitSuccessions).values(succession).returning();
      if (!row) throw new Error('insert into unit_successions returned no row');
      return row;
    },
  };
}
