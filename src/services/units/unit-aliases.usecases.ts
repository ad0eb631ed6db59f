// Adding another written form of a unit, and ending one (kept in history, no longer matched).
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import { assertNameFree, assertNotBefore, openVersion } from '../../core/unit/unit-changes.ts';
import type { UnitAlias } from '../../core/unit/unit.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import { audit, effectiveDate } from './units.support.ts';

interface AliasDeps {
  actor: Actor;
  store: Store;
  clock: Clock;
  unitId: number;
}

export async function addUnitAlias(
  input: AliasDeps & { alias: string; validFrom?: string },
): Promise<{ alias: UnitAlias }> {
  assertCan(input.actor, 'unit.manage');
  const written = input.alias.trim();
  const validFrom = input.validFrom === undefined ? null : effectiveDate(input.validFrom, input.clock);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const history = await repos.units.loadHistory();
    const version = openVersion(history.versions, input.unitId);
    const directory = latestDirectory(history);
    assertNameFree(directory, written, input.unitId);
    const own = directory.find((u) => u.id === input.unitId);
    if (version.name === written || own?.aliases.some((a) => a.alias === written)) {
      throw conflict('unit.alias_exists', `the unit is already known as ${written}`, { field: 'alias' });
    }
    const [alias] = await repos.units.insertAliases([
      { unitId: input.unitId, alias: written, validFrom, validTo: null },
    ]);
    if (!alias) throw new Error('no alias row written');
    await audit(repos, input.actor, now, { action: 'unit.add_alias', entityId: input.unitId, after: alias });
    return { alias };
  });
}

export async function endUnitAlias(
  input: AliasDeps & { aliasId: number; effectiveOn?: string },
): Promise<{ alias: UnitAlias }> {
  assertCan(input.actor, 'unit.manage');
  const effectiveOn = effectiveDate(input.effectiveOn, input.clock);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const history = await repos.units.loadHistory();
    const before = history.aliases.find((a) => a.id === input.aliasId && a.unitId === input.unitId);
    if (!before)
      throw notFound('unit.alias_not_found', `unit ${input.unitId} has no alias ${input.aliasId}`, {
        aliasId: input.aliasId,
      });
    if (before.validTo !== null) {
      throw invalid('unit.alias_ended', `the alias ${before.alias} already ended on ${before.validTo}`, {
        aliasId: before.id,
      });
    }
    if (before.validFrom !== null)
      assertNotBefore(effectiveOn, before.validFrom, `the alias ${before.alias}`);
    await repos.units.endAlias(before.id, effectiveOn);
    const alias = { ...before, validTo: effectiveOn };
    await audit(repos, input.actor, now, {
      action: 'unit.end_alias',
      entityId: input.unitId,
      before,
      after: alias,
    });
    return { alias };
  });
}
