// Setting a group's members from a date: departures end their membership, arrivals start one.
import { invalid } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import {
  assertMembersValid,
  assertNotBefore,
  membershipChanges,
  openVersion,
} from '../../core/unit/unit-changes.ts';
import type { UnitOnDate } from '../../core/unit/unit.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import { unitOn } from './units.usecases.ts';
import { audit, effectiveDate } from './units.support.ts';

export async function setGroupMembers(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
  unitId: number;
  memberIds: number[];
  effectiveOn?: string;
}): Promise<{ unit: UnitOnDate }> {
  assertCan(input.actor, 'unit.manage');
  const effectiveOn = effectiveDate(input.effectiveOn, input.clock);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const history = await repos.units.loadHistory();
    const version = openVersion(history.versions, input.unitId);
    if (version.kind !== 'group') {
      throw invalid('unit.not_a_group', `${version.name} is not a group`, { unitId: input.unitId });
    }
    assertMembersValid(input.unitId, input.memberIds, new Set(latestDirectory(history).map((u) => u.id)));
    const open = history.memberships.filter((m) => m.groupUnitId === input.unitId && m.validTo === null);
    const { end, add } = membershipChanges(open, input.memberIds);
    for (const membership of end) {
      assertNotBefore(effectiveOn, membership.validFrom, `membership of unit ${membership.memberUnitId}`);
      await repos.units.endMembership(membership.id, effectiveOn);
    }
    await repos.units.insertMemberships(
      add.map((memberUnitId) => ({
        groupUnitId: input.unitId,
        memberUnitId,
        validFrom: effectiveOn,
        validTo: null,
      })),
    );
    await audit(repos, input.actor, now, {
      action: 'unit.set_members',
      entityId: input.unitId,
      before: { memberIds: open.map((m) => m.memberUnitId) },
      after: { memberIds: input.memberIds, effectiveOn, removed: end.map((m) => m.memberUnitId), added: add },
    });
    return { unit: await unitOn(repos, input.unitId, effectiveOn) };
  });
}
