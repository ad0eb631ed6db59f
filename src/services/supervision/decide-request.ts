// The office deciding a unit's request (an extension of a due date, a completion claim): the office
// only, in one transaction, with the request's row locked so two decisions cannot cross; the reason
// as written, trimmed.
import type { DomainError } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';

export interface OfficeDecisionInput {
  actor: Actor;
  reason?: string;
  store: Store;
  clock: Clock;
}

export interface LockedRequest<R> {
  repos: Repositories;
  /** The request as it stood when its row was locked. */
  before: R;
  now: Date;
  /** The office's reason, trimmed; '' when none was given. */
  reason: string;
}

/** `lock` reads the request's row for update; `missing` is thrown when there is none. */
export async function decideLockedRequest<R, T>(
  input: OfficeDecisionInput,
  request: { lock: (repos: Repositories) => Promise<R | null>; missing: () => DomainError },
  decide: (request: LockedRequest<R>) => Promise<T>,
): Promise<T> {
  assertCan(input.actor, 'supervision.decide');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const before = await request.lock(repos);
    if (before === null) throw request.missing();
    return decide({ repos, before, now, reason: input.reason?.trim() ?? '' });
  });
}
