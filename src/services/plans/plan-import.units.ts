// The import's units in the directory: known ones are reused, the others are created (a unit
// nobody knows as kind unknown), with their aliases and, for a new group, its members.
import type { SettledUnit } from '../../core/plan/import-unit-matches.ts';
import type { ImportUnitMatch } from '../../core/plan/import-units.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import { renameInTransaction } from '../units/units.usecases.ts';
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

/**
 * A confirmed match keeps the notice's name on the directory's unit: as its name from the plan's
 * start (the old one stays an alias), or as an alias from then on. Never a second unit.
 */
export async function keepMatchedNames(
  repos: Repositories,
  input: { actor: Actor; now: Date; units: readonly SettledUnit[]; startsOn: string },
): Promise<{ name: string; unitId: number; keep: string }[]> {
  const kept: { name: string; unitId: number; keep: string }[] = [];
  for (const { record, decision } of input.units) {
    if (!decision || decision.unitId === null) continue;
    const { unitId, keep } = decision;
    if (keep === 'rename') {
      const note = `按${input.startsOn.slice(0, 4)}年度任务通知的名称`;
      await renameInTransaction(repos, input.actor, input.now, {
        unitId,
        name: record.name,
        effectiveOn: input.startsOn,
        note,
      });
    } else {
      await repos.units.insertAliases([
        { unitId, alias: record.name, validFrom: input.startsOn, validTo: null },
      ]);
      await repos.audit.append(
        auditEvent({
          actor: input.actor,
          at: input.now,
          action: 'unit.add_alias',
          entityType: 'unit',
          entityId: unitId,
          after: { alias: record.name, validFrom: input.startsOn },
        }),
      );
    }
    kept.push({ name: record.name, unitId, keep });
  }
  return kept;
}
