// Reading the directory as of a date, so a Q1 view shows Q1's names, aliases and groups.
// The directory is public information (the notice names every unit): reading needs plan.read.
import { notFound } from '../../core/errors.ts';
import { cityDate } from '../../core/period/city-date.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { directoryOn } from '../../core/unit/directory.ts';
import type {
  GroupMembership,
  UnitAlias,
  UnitOnDate,
  UnitSuccession,
  UnitVersion,
} from '../../core/unit/unit.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';

export async function findUnits(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
  asOf?: string;
  kind?: string;
  q?: string;
}): Promise<{ asOf: string; units: UnitOnDate[] }> {
  assertCan(input.actor, 'plan.read');
  const asOf = input.asOf ?? cityDate(input.clock());
  const all = directoryOn(await input.store.repos.units.loadHistory(), asOf);
  const words = input.q?.trim() ?? '';
  const units = all.filter(
    (unit) =>
      (input.kind === undefined || unit.kind === input.kind) &&
      (words === '' ||
        unit.name.includes(words) ||
        unit.aliases.some((a) => a.alias.includes(words)) ||
        (unit.fullName ?? '').includes(words)),
  );
  return { asOf, units };
}

export interface UnitDetail {
  unitId: number;
  code: string | null;
  asOf: string;
  /** The unit as it was on the date; null when it did not exist then. */
  onDate: UnitOnDate | null;
  versions: UnitVersion[];
  aliases: UnitAlias[];
  /** Rows where the unit is the group, and rows where it is a member. */
  members: GroupMembership[];
  groups: GroupMembership[];
  successions: UnitSuccession[];
  /** Names of every unit the detail refers to, as of the date (or their nearest name). */
  names: Map<number, string>;
}

export async function getUnit(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
  unitId: number;
  asOf?: string;
}): Promise<UnitDetail> {
  assertCan(input.actor, 'plan.read');
  const { unitId } = input;
  const asOf = input.asOf ?? cityDate(input.clock());
  const history = await input.store.repos.units.loadHistory();
  const unit = history.units.find((u) => u.id === unitId);
  if (!unit) throw notFound('unit.not_found', `no unit ${unitId}`, { unitId });
  const names = new Map(directoryOn(history, asOf).map((u) => [u.id, u.name]));
  for (const version of history.versions)
    if (!names.has(version.unitId)) names.set(version.unitId, version.name);
  return {
    unitId,
    code: unit.code,
    asOf,
    onDate: directoryOn(history, asOf).find((u) => u.id === unitId) ?? null,
    versions: history.versions.filter((v) => v.unitId === unitId),
    aliases: history.aliases.filter((a) => a.unitId === unitId),
    members: history.memberships.filter((m) => m.groupUnitId === unitId),
    groups: history.memberships.filter((m) => m.memberUnitId === unitId),
    successions: history.successions.filter(
      (s) => s.predecessorUnitId === unitId || s.successorUnitId === unitId,
    ),
    names,
  };
}
