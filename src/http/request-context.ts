// What a request carries once the session hook has run, and the route flags the hook reads.
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS } from '../core/policy/policy.ts';
import type { Actor } from '../core/policy/policy.types.ts';
import type { AuthenticatedSession } from '../services/accounts/session.usecases.ts';
import type { RequestSnapshot } from '../services/reference/request-snapshot.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, or null for an anonymous request. */
    auth: AuthenticatedSession | null;
    /** What the request learnt of the reference version (set by the first hook). */
    snapshot: RequestSnapshot | null;
  }
  interface FastifyContextConfig {
    /** false exempts a state-changing route from the CSRF header check (only sign-in). */
    csrf?: boolean;
    /** true lets an account that must change its password use the route. */
    beforePasswordChange?: boolean;
    /**
     * true: the session's query also reads where the unit the query names (`unitId`, else the
     * account's) stands in the period it names (`period`), the worklist's one query (plugins/session.ts).
     */
    readsStandings?: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  return request.auth?.actor ?? ANONYMOUS;
}

/** Who asks about what: the actor with the route's path parameters, as the use cases take them. */
export function askOf<Params extends object>(
  request: FastifyRequest & { params: Params },
): { actor: Actor } & Params {
  return { actor: actorOf(request), ...request.params };
}

export function sessionIdOf(request: FastifyRequest): number | null {
  return request.auth?.sessionId ?? null;
}
