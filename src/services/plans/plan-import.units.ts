// The import's units in the directory: known ones are reused, the others are created (a unit
// nobody knows as kind unknown), with their aliases and, for a new group, its members.
import type { ImportUnitMatch } from '../../core/plan/import-units.ts';
import type { UnitKind } from '../../core/plan/plan.types.ts';
import type { UnitOnDate } from '../../core/unit/unit.types.ts';
import type { Repositories } from '../store.ts';

export interface CreatedUnit {
  id: number;
  name: string;
  kind: UnitKind;
}

export async function ensureImportUnits(
  repos: Repositories,
  matches: readonly ImportUnitMatch[],
  directory: readonly UnitOnDate[],
  startsOn: string,
  now: Date,
): Promise<{ idByName: Map<string, number>; created: CreatedUnit[] }> {
  const idByName = new Map<string, number>();
  for (const unit of directory) {
    for (const written of [unit.name, ...unit.aliases.map((a) => a.alias)]) {
      if (!idByName.has(written)) idByName.set(written, unit.id);
    }
  }
  const created: CreatedUnit[] = [];
  for (const { record, unitId } of matches) {
    if (unitId !== null) {
      idByName.set(record.name, unitId);
      continue;
    }
    const id = await repos.units.insertUnit({ code: null, createdAt: now });
    await repos.units.insertVersion({
      unitId: id,
      name: record.name,
      fullName: null,
      kind: record.kind,
      validFrom: startsOn,
      validTo: null,
      reason: 'created',
      note: 'imported with a plan',
    });
    await repos.units.insertAliases(
      record.aliases.map((alias) => ({ unitId: id, alias, validFrom: null, validTo: null })),
    );
    idByName.set(record.name, id);
    created.push({ id, name: record.name, kind: record.kind });
  }
  await addMembersOfNewGroups(repos, matches, created, idByName, startsOn);
  return { idByName, created };
}

/** A group the directory already keeps is the office's to edit; only new groups get the notice's members. */
async function addMembersOfNewGroups(
  repos: Repositories,
  matches: readonly ImportUnitMatch[],
  created: readonly CreatedUnit[],
  idByName: ReadonlyMap<string, number>,
  startsOn: string,
): Promise<void> {
  const createdIds = new Set(created.map((unit) => unit.id));
  const rows = matches.flatMap(({ record }) => {
    const groupUnitId = idByName.get(record.name);
    if (groupUnitId === undefined || !createdIds.has(groupUnitId)) return [];
    return record.members.flatMap((member) => {
      const memberUnitId = idByName.get(member);
      return memberUnitId === undefined || memberUnitId === groupUnitId
        ? []
        : [{ groupUnitId, memberUnitId, validFrom: startsOn, validTo: null }];
    });
  });
  await repos.units.insertMemberships(rows);
}
