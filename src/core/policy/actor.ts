// Who is acting, as the use cases need it: the account and the unit behind an actor, if any.
import { DomainError } from '../errors.ts';
import { assertCan } from './policy.ts';
import type { Action, Actor } from './policy.types.ts';

export function actorUnitId(actor: Actor): number | null {
  return actor.kind === 'account' ? actor.unitId : null;
}

/** The account that acts (a filing's author, a decision's maker); null for the system or no one. */
export function actorAccountId(actor: Actor): number | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

/** The acting unit, after the policy allowed the action for it (only unit accounts have one). */
export function assertUnitAction(actor: Actor, action: Action): number {
  const unitId = actorUnitId(actor);
  assertCan(actor, action, { unitId });
  if (unitId === null) {
    throw new DomainError('auth.forbidden', 'forbidden', "only a unit's accounts do this", { action });
  }
  return unitId;
}
