// The directory as of a date, name lookups and group expansion: pure functions over its history.
import type { UnitKind } from '../plan/plan.types.ts';
import { namedCodes } from '../named-codes.ts';
import type { DatedRange, DirectoryHistory, UnitOnDate, UnitSuccession, UnitVersion } from './unit.types.ts';

/** True when the range holds on the date (validFrom inclusive, validTo exclusive). */
export function holdsOn(range: DatedRange, date: string): boolean {
  return (
    (range.validFrom === null || range.validFrom <= date) && (range.validTo === null || range.validTo > date)
  );
}

/** The version valid on the date; null when the unit did not exist then (not yet, or no longer). */
export function versionOn(
  versions: readonly UnitVersion[],
  unitId: number,
  date: string,
): UnitVersion | null {
  return versions.find((v) => v.unitId === unitId && holdsOn(v, date)) ?? null;
}

/** For labels of past records: the version on the date, else the nearest one before, else the first. */
export function nameOn(versions: readonly UnitVersion[], unitId: number, date: string): string {
  const own = versions
    .filter((v) => v.unitId === unitId)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const covering = own.find((v) => holdsOn(v, date));
  const before = own.filter((v) => v.validFrom <= date).at(-1);
  return (covering ?? before ?? own[0])?.name ?? `#${unitId}`;
}

/** Every unit that existed on the date, as it was then, in id order. */
export function directoryOn(history: DirectoryHistory, date: string): UnitOnDate[] {
  return buildDirectory(
    history,
    (range) => holdsOn(range, date),
    (s) => s.effectiveOn <= date,
  );
}

/**
 * The directory as it stands from now on: each unit's open version, live aliases and
 * memberships, whatever day they start. Used to match names so nothing is created twice.
 */
export function latestDirectory(history: DirectoryHistory): UnitOnDate[] {
  return buildDirectory(
    history,
    (range) => range.validTo === null,
    () => true,
  );
}

function buildDirectory(
  history: DirectoryHistory,
  holds: (range: DatedRange) => boolean,
  succeeded: (succession: UnitSuccession) => boolean,
): UnitOnDate[] {
  const memberships = history.memberships.filter(holds);
  const result: UnitOnDate[] = [];
  for (const unit of [...history.units].sort((a, b) => a.id - b.id)) {
    const version = history.versions.find((v) => v.unitId === unit.id && holds(v));
    if (!version) continue;
    const succession = history.successions.find((s) => s.predecessorUnitId === unit.id && succeeded(s));
    result.push({
      id: unit.id,
      code: unit.code,
      name: version.name,
      fullName: version.fullName,
      kind: version.kind,
      aliases: history.aliases
        .filter((a) => a.unitId === unit.id && holds(a))
        .map(({ id, alias }) => ({ id, alias })),
      memberIds: memberships.filter((m) => m.groupUnitId === unit.id).map((m) => m.memberUnitId),
      groupIds: memberships.filter((m) => m.memberUnitId === unit.id).map((m) => m.groupUnitId),
      successorId: succession?.successorUnitId ?? null,
    });
  }
  return result;
}

/** The unit a written name (current name or live alias) stands for on the date. */
export function findByName(units: readonly UnitOnDate[], written: string): UnitOnDate | null {
  const name = written.trim();
  return (
    units.find((u) => u.name === name) ?? units.find((u) => u.aliases.some((a) => a.alias === name)) ?? null
  );
}

/**
 * The units that answer for a unit on a date: itself, or for a group every member (groups
 * within groups expanded too). A group without members answers for nobody.
 */
export function expandGroup(byId: ReadonlyMap<number, UnitOnDate>, unitId: number): number[] {
  const result: number[] = [];
  const visit = (id: number, seen: Set<number>): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const unit = byId.get(id);
    if (unit?.kind !== 'group') {
      if (!result.includes(id)) result.push(id);
      return;
    }
    for (const member of unit.memberIds) visit(member, seen);
  };
  visit(unitId, new Set());
  return result;
}

/** The kinds in the directory's order, with the names pages group and label units by. */
export const { codes: UNIT_KINDS, names: UNIT_KIND_LABELS } = namedCodes<UnitKind>({
  department: '市直部门',
  county: '县市区政府',
  zone: '开发区管委会',
  company: '国有企业',
  central: '驻芜单位',
  organisation: '群团组织',
  taskforce: '工作专班',
  group: '单位组',
  unknown: '待确认',
});

/** Units by id: the caller builds it once per directory, as group expansion runs for every task. */
export function unitsById(units: readonly UnitOnDate[]): Map<number, UnitOnDate> {
  return new Map(units.map((u) => [u.id, u]));
}

export function isUnitKind(value: string): value is UnitKind {
  return UNIT_KINDS.some((kind) => kind === value);
}
