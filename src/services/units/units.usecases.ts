// Creating a unit, renaming it from a date (the old name stays as an alias) and giving it a code.
import { conflict, invalid } from '../../core/errors.ts';
import type { UnitKind } from '../../core/plan/plan.types.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { directoryOn, latestDirectory } from '../../core/unit/directory.ts';
import { assertNameFree, assertNotBefore, openVersion } from '../../core/unit/unit-changes.ts';
import type { DirectoryHistory, UnitOnDate } from '../../core/unit/unit.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { audit, effectiveDate } from './units.support.ts';

interface UnitDeps {
  actor: Actor;
  store: Store;
  clock: Clock;
}

/** Codes travel in logins and file names: lower-case letters, digits, dashes, underscores. */
const CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,40}$/;

export async function createUnit(
  input: UnitDeps & {
    name: string;
    kind: UnitKind;
    fullName?: string | null;
    code?: string | null;
    aliases?: string[];
    validFrom?: string;
  },
): Promise<{ unit: UnitOnDate }> {
  assertCan(input.actor, 'unit.manage');
  const name = input.name.trim();
  const validFrom = effectiveDate(input.validFrom, input.clock);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const directory = latestDirectory(await repos.units.loadHistory());
    for (const written of [name, ...(input.aliases ?? [])]) assertNameFree(directory, written, null);
    const code = await checkedCode(repos, input.code ?? null, null);
    const unitId = await repos.units.insertUnit({ code, createdAt: now });
    await repos.units.insertVersion({
      unitId,
      name,
      fullName: input.fullName ?? null,
      kind: input.kind,
      validFrom,
      validTo: null,
      reason: 'created',
      note: null,
    });
    const aliases = [...new Set(input.aliases ?? [])].filter((alias) => alias !== name);
    await repos.units.insertAliases(
      aliases.map((alias) => ({ unitId, alias, validFrom: null, validTo: null })),
    );
    const unit = await unitOn(repos, unitId, validFrom);
    await audit(repos, input.actor, now, { action: 'unit.create', entityId: unitId, after: unit });
    return { unit };
  });
}

/** A new version from the date; the old name becomes an alias from then on, so old documents still resolve. */
export async function renameUnit(
  input: UnitDeps & {
    unitId: number;
    name: string;
    fullName?: string | null;
    effectiveOn?: string;
    note?: string | null;
  },
): Promise<{ unit: UnitOnDate }> {
  assertCan(input.actor, 'unit.manage');
  const name = input.name.trim();
  const effectiveOn = effectiveDate(input.effectiveOn, input.clock);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    await renameInTransaction(repos, input.actor, now, { ...input, name, effectiveOn });
    const unit = await unitOn(repos, input.unitId, effectiveOn);
    return { unit };
  });
}

/** The rename's writes and audit inside the caller's transaction (the plan import renames too). */
export async function renameInTransaction(
  repos: Repositories,
  actor: Actor,
  now: Date,
  change: {
    unitId: number;
    name: string;
    effectiveOn: string;
    fullName?: string | null;
    note?: string | null;
  },
): Promise<void> {
  const { unitId, name, effectiveOn } = change;
  const history = await repos.units.loadHistory();
  const current = openVersion(history.versions, unitId);
  if (current.name === name)
    throw invalid('unit.same_name', `the unit is already called ${name}`, { field: 'name' });
  assertNotBefore(effectiveOn, current.validFrom, `the name ${current.name}`);
  assertNameFree(latestDirectory(history), name, unitId);
  await repos.units.endVersion(current.id, effectiveOn);
  await repos.units.insertVersion({
    unitId,
    name,
    fullName: change.fullName === undefined ? current.fullName : change.fullName,
    kind: current.kind,
    validFrom: effectiveOn,
    validTo: null,
    reason: 'renamed',
    note: change.note ?? null,
  });
  await swapNameAndAlias(repos, history, { unitId, oldName: current.name, newName: name, effectiveOn });
  await audit(repos, actor, now, {
    action: 'unit.rename',
    entityId: unitId,
    before: { name: current.name, validFrom: current.validFrom },
    after: { name, validFrom: effectiveOn, note: change.note ?? null },
  });
}

/** The new name stops being an alias; the old name becomes one from the date (unless it already is). */
async function swapNameAndAlias(
  repos: Repositories,
  history: DirectoryHistory,
  change: { unitId: number; oldName: string; newName: string; effectiveOn: string },
): Promise<void> {
  const own = history.aliases.filter((a) => a.unitId === change.unitId && a.validTo === null);
  for (const alias of own.filter((a) => a.alias === change.newName)) {
    await repos.units.endAlias(alias.id, change.effectiveOn);
  }
  if (!own.some((a) => a.alias === change.oldName)) {
    await repos.units.insertAliases([
      { unitId: change.unitId, alias: change.oldName, validFrom: change.effectiveOn, validTo: null },
    ]);
  }
}

export async function setUnitCode(
  input: UnitDeps & { unitId: number; code: string | null },
): Promise<{ unit: UnitOnDate }> {
  assertCan(input.actor, 'unit.manage');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const history = await repos.units.loadHistory();
    const before = history.units.find((u) => u.id === input.unitId);
    openVersion(history.versions, input.unitId);
    const code = await checkedCode(repos, input.code, input.unitId);
    await repos.units.setCode(input.unitId, code);
    const unit = await unitOn(repos, input.unitId, null);
    await audit(repos, input.actor, now, {
      action: 'unit.set_code',
      entityId: input.unitId,
      before: { code: before?.code ?? null },
      after: { code },
    });
    return { unit };
  });
}

async function checkedCode(
  repos: Repositories,
  code: string | null,
  unitId: number | null,
): Promise<string | null> {
  if (code === null) return null;
  const normal = code.trim().toLowerCase();
  if (!CODE_PATTERN.test(normal)) {
    throw invalid('unit.invalid_code', 'a code is 1-41 lower-case letters, digits, dashes or underscores', {
      field: 'code',
    });
  }
  const holder = await repos.units.findByCode(normal);
  if (holder !== null && holder !== unitId)
    throw conflict('unit.code_taken', `the code ${normal} is taken`, { field: 'code' });
  return normal;
}

/** The unit on a date (or as it stands from now on when the date is null). */
export async function unitOn(repos: Repositories, unitId: number, date: string | null): Promise<UnitOnDate> {
  const history = await repos.units.loadHistory();
  const view = date === null ? latestDirectory(history) : directoryOn(history, date);
  const unit = view.find((u) => u.id === unitId) ?? latestDirectory(history).find((u) => u.id === unitId);
  if (!unit) throw new Error(`unit ${unitId} vanished inside its own transaction`);
  return unit;
}
