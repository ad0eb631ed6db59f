// Directory views -> the API's unit shapes, with member, group and successor names resolved.
import type { z } from 'zod';
import type { UnitKind } from '../../core/plan/plan.types.ts';
import type { GroupMembership, UnitOnDate } from '../../core/unit/unit.types.ts';
import type { UnitDetail } from '../../services/units/units.queries.ts';
import type { UnitDetailSchema, UnitSchema } from '../../contracts/unit.schema.ts';

type Names = ReadonlyMap<number, string>;

const ref = (names: Names, id: number) => ({ id, name: names.get(id) ?? `#${id}` });

export function presentUnit(unit: UnitOnDate, names: Names): z.output<typeof UnitSchema> {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    kind: unit.kind satisfies UnitKind,
    aliases: unit.aliases,
    members: unit.memberIds.map((id) => ref(names, id)),
    groups: unit.groupIds.map((id) => ref(names, id)),
    successor: unit.successorId === null ? null : ref(names, unit.successorId),
  };
}

export function presentUnits(units: readonly UnitOnDate[]): z.output<typeof UnitSchema>[] {
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return units.map((unit) => presentUnit(unit, names));
}

export function presentUnitDetail(detail: UnitDetail): z.output<typeof UnitDetailSchema> {
  const { names } = detail;
  const membership = (other: (m: GroupMembership) => number) => (m: GroupMembership) => ({
    id: m.id,
    unit: ref(names, other(m)),
    validFrom: m.validFrom,
    validTo: m.validTo,
  });
  return {
    id: detail.unitId,
    code: detail.code,
    asOf: detail.asOf,
    unit: detail.onDate === null ? null : presentUnit(detail.onDate, names),
    versions: detail.versions.map(({ id, name, fullName, kind, validFrom, validTo, reason, note }) => ({
      id,
      name,
      fullName,
      kind,
      validFrom,
      validTo,
      reason,
      note,
    })),
    aliases: detail.aliases.map(({ id, alias, validFrom, validTo }) => ({ id, alias, validFrom, validTo })),
    members: detail.members.map(membership((m) => m.memberUnitId)),
    groups: detail.groups.map(membership((m) => m.groupUnitId)),
    successions: detail.successions.map((s) => ({
      id: s.id,
      predecessor: ref(names, s.predecessorUnitId),
      successor: ref(names, s.successorUnitId),
      effectiveOn: s.effectiveOn,
      kind: s.kind,
      note: s.note,
    })),
  };
}
