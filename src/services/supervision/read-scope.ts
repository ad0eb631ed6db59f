// Whose supervision records a read covers: the office and leaders any unit (or all), a unit's
// accounts their own unit only.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { actorUnitId } from '../reports/report-support.ts';

/** The unit the read is limited to, or null for all units; refuses another unit's records. */
export function readScope(actor: Actor, unitId: number | undefined): number | null {
  const scope = unitId ?? actorUnitId(actor) ?? undefined;
  assertCan(actor, 'supervision.read', scope === undefined ? {} : { unitId: scope });
  return scope ?? null;
}

export function accountIdOf(actor: Actor): number | null {
  return actor.kind === 'account' ? actor.accountId : null;
}
