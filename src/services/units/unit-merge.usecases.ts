// Merging unit A into unit B from a date (撤并): A ceases, B takes over A's assignments and group
// memberships from that date, and A's names resolve to B. A's past reports stay with A.
import { conflict, invalid } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { holdsOn, latestDirectory } from '../../core/unit/directory.ts';
import { assertNotBefore, openVersion } from '../../core/unit/unit-changes.ts';
import type { DirectoryHistory, UnitSuccession, UnitVersion } from '../../core/unit/unit.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { actorAccountId, audit, effectiveDate } from './units.support.ts';

interface Merge {
  from: number;
  into: number;
  effectiveOn: string;
  now: Date;
  actor: Actor;
}

export async function mergeUnit(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
  unitId: number;
  intoUnitId: number;
  effectiveOn?: string;
  note?: string | null;
}): Promise<{ succession: UnitSuccession; movedAssignments: number }> {
  assertCan(input.actor, 'unit.manage');
  if (input.unitId === input.intoUnitId) {
    throw invalid('unit.merge_into_itself', 'a unit cannot be merged into itself', { field: 'intoUnitId' });
  }
  const merge = {
    from: input.unitId,
    into: input.intoUnitId,
    effectiveOn: effectiveDate(input.effectiveOn, input.clock),
    now: input.clock(),
    actor: input.actor,
  };
  return input.store.transaction(async (repos) => {
    const history = await repos.units.loadHistory();
    const version = checkMerge(history, merge);
    await repos.units.endVersion(version.id, merge.effectiveOn);
    await moveNames(repos, history, merge, version.name);
    await moveMemberships(repos, history, merge);
    const movedAssignments = await moveAssignments(repos, merge);
    const succession = await repos.units.insertSuccession({
      predecessorUnitId: merge.from,
      successorUnitId: merge.into,
      effectiveOn: merge.effectiveOn,
      kind: 'merge',
      note: input.note ?? null,
    });
    const note = input.note ?? null;
    await audit(repos, input.actor, merge.now, {
      action: 'unit.merge',
      entityId: merge.from,
      before: { name: version.name },
      after: { intoUnitId: merge.into, effectiveOn: merge.effectiveOn, movedAssignments, note },
    });
    return { succession, movedAssignments };
  });
}

/** Both units stand now; the merge comes after A began and once B exists. Returns A's open version. */
function checkMerge(history: DirectoryHistory, merge: Merge): UnitVersion {
  const version = openVersion(history.versions, merge.from);
  openVersion(history.versions, merge.into);
  assertNotBefore(merge.effectiveOn, version.validFrom, `unit ${version.name}`);
  const successorStarts = history.versions
    .filter((v) => v.unitId === merge.into)
    .reduce((first, v) => (v.validFrom < first ? v.validFrom : first), '9999-12-31');
  if (successorStarts > merge.effectiveOn) {
    throw conflict('unit.successor_not_ready', 'the receiving unit does not exist yet on that date', {
      field: 'effectiveOn',
    });
  }
  return version;
}

/** A's name and live aliases become B's aliases from the date, so later notices naming A find B. */
async function moveNames(repos: Repositories, history: DirectoryHistory, merge: Merge, name: string) {
  const own = history.aliases.filter((a) => a.unitId === merge.from && a.validTo === null);
  for (const alias of own) await repos.units.endAlias(alias.id, merge.effectiveOn);
  const target = latestDirectory(history).find((u) => u.id === merge.into);
  const known = new Set([target?.name, ...(target?.aliases.map((a) => a.alias) ?? [])]);
  const moved = [...new Set([name, ...own.map((a) => a.alias)])].filter((alias) => !known.has(alias));
  await repos.units.insertAliases(
    moved.map((alias) => ({ unitId: merge.into, alias, validFrom: merge.effectiveOn, validTo: null })),
  );
}

async function moveMemberships(repos: Repositories, history: DirectoryHistory, merge: Merge) {
  const open = history.memberships.filter((m) => m.memberUnitId === merge.from && m.validTo === null);
  const intoGroups = new Set(
    history.memberships
      .filter((m) => m.memberUnitId === merge.into && m.validTo === null)
      .map((m) => m.groupUnitId),
  );
  for (const membership of open) await repos.units.endMembership(membership.id, merge.effectiveOn);
  await repos.units.insertMemberships(
    open
      .filter((m) => !intoGroups.has(m.groupUnitId) && m.groupUnitId !== merge.into)
      .map((m) => ({
        groupUnitId: m.groupUnitId,
        memberUnitId: merge.into,
        validFrom: merge.effectiveOn,
        validTo: null,
      })),
  );
}

/** Each of A's rows that holds on or after the date ends there; B gets the rest of it (unless B holds that role already). */
async function moveAssignments(repos: Repositories, merge: Merge): Promise<number> {
  const rows = await repos.tasks.findAssignmentsOfUnitFrom(merge.from, merge.effectiveOn);
  const theirs = await repos.tasks.findAssignments([...new Set(rows.map((r) => r.taskId))]);
  let moved = 0;
  for (const row of rows) {
    const from = row.validFrom > merge.effectiveOn ? row.validFrom : merge.effectiveOn;
    await repos.tasks.endAssignment(row.id, from);
    const held = theirs.some(
      (r) =>
        r.taskId === row.taskId &&
        r.unitId === merge.into &&
        r.role === row.role &&
        (holdsOn(r, from) || r.validTo === null),
    );
    if (held) continue;
    await repos.tasks.insertAssignments([
      {
        taskId: row.taskId,
        unitId: merge.into,
        role: row.role,
        position: row.position,
        validFrom: from,
        validTo: row.validTo,
        source: 'manual',
        reason: `merge of unit ${merge.from}`,
        createdAt: merge.now,
        createdBy: actorAccountId(merge.actor),
      },
    ]);
    moved += 1;
  }
  return moved;
}
