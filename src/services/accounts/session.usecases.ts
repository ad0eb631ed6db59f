// Resolving a session token to the acting account, reading it, and signing out.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import { hashToken } from '../support/secrets.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Store } from '../store.ts';
import { actorFor, getAccountById } from './account-support.ts';
import type { AccountRecord, SessionReadsNamed } from './accounts.types.ts';

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: number;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * The session behind a cookie's token, or null when it is unknown, expired, revoked or disabled.
 * `named`: the task whose filing generation, or the period (and unit) whose filings' standings,
 * the request names, read in the same query.
 */
export async function authenticate(input: {
  token: string;
  named?: SessionReadsNamed;
  store: Store;
  clock: Clock;
  caches: ProcessCaches;
}): Promise<AuthenticatedSession | null> {
  const { named = {} } = input;
  const found = await input.store.repos.sessions.findActive(hashToken(input.token), input.clock(), named);
  if (!found || found.account.disabledAt !== null) return null;
  const snapshot = input.caches.requestSnapshot;
  snapshot.noteReferenceVersion(found.referenceVersion);
  snapshot.noteFilingGeneration(found.account.unitId, found.filingGeneration);
  if (named.taskId) snapshot.noteTaskGeneration(named.taskId, found.taskGeneration);
  const unitId = named.standings?.unitId ?? found.account.unitId;
  if (named.standings && found.standings && unitId !== null) {
    snapshot.noteStandings(unitId, named.standings.periodKey, found.standings);
  }
  return {
    actor: actorFor(found.account),
    sessionId: found.session.id,
    csrfToken: found.session.csrfToken,
    expiresAt: found.session.expiresAt,
  };
}

export async function getCurrentAccount(input: {
  actor: Actor;
  store: Store;
}): Promise<{ account: AccountRecord }> {
  assertCan(input.actor, 'session.read');
  const accountId = input.actor.kind === 'account' ? input.actor.accountId : -1;
  return { account: await getAccountById(input.store.repos, accountId) };
}

export async function logout(input: {
  actor: Actor;
  sessionId: number;
  store: Store;
  clock: Clock;
}): Promise<void> {
  assertCan(input.actor, 'session.logout');
  const now = input.clock();
  await input.store.transaction(async (repos) => {
    await repos.sessions.revoke(input.sessionId, now);
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'session.logout',
        entityType: 'session',
        entityId: input.sessionId,
      }),
    );
  });
}
