// Whose supervision records a read covers: the office and leaders any unit (or all), a unit's
// accounts their own unit only.
import { assertCan } from './policy.ts';
import type { Actor } from './policy.types.ts';
import { actorUnitId } from './actor.ts';

/** The unit the read is limited to, or null for all units; refuses another unit's records. */
export function readScope(actor: Actor, unitId: number | undefined): number | null {
  const scope = unitId ?? actorUnitId(actor) ?? undefined;
  assertCan(actor, 'supervision.read', scope === undefined ? {} : { unitId: scope });
  return scope ?? null;
}

/**
 * Loads a record for an act on it without revealing whether it exists: a caller who is not signed
 * in hears so first, and a record the caller may not read answers exactly like a missing one.
 */
export async function loadReadable<T>(input: {
  actor: Actor;
  load: () => Promise<T | null>;
  readable: (record: T) => Promise<boolean> | boolean;
  missing: () => Error;
}): Promise<T> {
  if (input.actor.kind === 'anonymous') assertCan(input.actor, 'supervision.read');
  const record = await input.load();
  if (record === null || !(await input.readable(record))) throw input.missing();
  return record;
}
