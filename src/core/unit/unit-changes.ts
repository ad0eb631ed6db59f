// The rules of changing the directory: names stay unambiguous, history is closed and opened on
// a date rather than rewritten, a merge hands the work of one unit to another.
import { conflict, invalid, notFound } from '../errors.ts';
import { findByName } from './directory.ts';
import type { GroupMembership, UnitOnDate, UnitVersion } from './unit.types.ts';

/** A name or alias may stand for one unit only (the importer and people look units up by it). */
export function assertNameFree(
  directory: readonly UnitOnDate[],
  written: string,
  ownUnitId: number | null,
): void {
  const holder = findByName(directory, written);
  if (holder && holder.id !== ownUnitId) {
    throw conflict('unit.name_taken', `"${written}" already names ${holder.name}`, {
      name: written,
      unitId: holder.id,
    });
  }
}

/** The unit's open version: the one a change on a date closes. */
export function openVersion(versions: readonly UnitVersion[], unitId: number): UnitVersion {
  const version = versions.find((v) => v.unitId === unitId && v.validTo === null);
  if (!version)
    throw notFound('unit.not_found', `no current unit ${unitId} (it may have been merged)`, { unitId });
  return version;
}

/** A change takes effect on or after the day the state it changes began. */
export function assertNotBefore(effectiveOn: string, since: string, what: string): void {
  if (effectiveOn < since) {
    throw invalid(
      'unit.change_before_start',
      `${what} holds only from ${since}; a change cannot take effect earlier`,
      {
        field: 'effectiveOn',
        effectiveOn,
        since,
      },
    );
  }
}

/** The open memberships to end and the members to add so the group holds exactly `memberIds`. */
export function membershipChanges(
  open: readonly GroupMembership[],
  memberIds: readonly number[],
): { end: GroupMembership[]; add: number[] } {
  const current = new Set(open.map((m) => m.memberUnitId));
  return {
    end: open.filter((m) => !memberIds.includes(m.memberUnitId)),
    add: memberIds.filter((id) => !current.has(id)),
  };
}

export function assertMembersValid(
  groupId: number,
  memberIds: readonly number[],
  existing: ReadonlySet<number>,
): void {
  memberIds.forEach((id, i) => {
    const field = `memberIds.${i}`;
    if (id === groupId)
      throw invalid('unit.member_is_group', 'a group cannot be its own member', { field, unitId: id });
    if (!existing.has(id)) throw notFound('unit.not_found', `no current unit ${id}`, { field, unitId: id });
    if (memberIds.indexOf(id) !== i)
      throw invalid('unit.member_repeated', `unit ${id} is listed twice`, { field, unitId: id });
  });
}
