// What the directory use cases share: the effective date of a change, the history, audit entries.
import { cityDate } from '../../core/period/city-date.ts';
import { addDays } from '../../core/period/period.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent, type AuditSubject } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories } from '../store.ts';

/** A change takes effect on the day given, else today in the city; the date must be real. */
export function effectiveDate(requested: string | undefined, clock: Clock): string {
  if (requested === undefined) return cityDate(clock());
  addDays(requested, 0); // refuses anything but a real calendar date
  return requested;
}

export function actorAccountId(actor: Actor): number | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

export async function audit(
  repos: Repositories,
  actor: Actor,
  at: Date,
  subject: Omit<AuditSubject, 'entityType'> & { entityType?: string },
): Promise<void> {
  await repos.audit.append(auditEvent({ actor, at, entityType: 'unit', ...subject }));
}
