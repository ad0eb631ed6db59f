// On every request: resolve the session cookie, check the CSRF header on state-changing requests,
// and hold accounts that must change their password to the few routes that let them.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import { authenticate } from '../../services/accounts/session.usecases.ts';
import type { OpenedSession } from '../../services/accounts/login.usecases.ts';
import type { SessionReadsNamed } from '../../services/accounts/accounts.types.ts';
import { newRequestSnapshot, type RequestSnapshots } from '../../services/reference/request-snapshot.ts';
import type { RouteDeps } from '../deps.ts';
import { SIGNED_IN_HINT_COOKIE } from '../../contracts/session-hint.ts';
import '../request-context.ts';

export const SESSION_COOKIE = 'duban_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerSession(app: FastifyInstance, deps: RouteDeps, docsPrefix: string): void {
  app.decorateRequest('auth', null);
  registerSnapshot(app, deps.caches.requestSnapshot);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await authenticate({ token, named: namedReads(request), ...deps }) : null;
    checkCsrf(request);
    // Pages and their scripts load freely: the held-back account must reach the password form.
    if (request.url.startsWith('/api/') && !request.url.startsWith(docsPrefix)) checkPasswordChanged(request);
  });
}

/**
 * What the request names that its session's query reads too (routing has run before the first
 * hook): the task of a `/api/tasks/:taskId/...` route, whose filing generation it reads, and on a
 * route that reads standings with the session (the worklist) the period and unit its query names.
 * What it reads is only a head start: the route validates and authorises as for any request.
 */
function namedReads(request: FastifyRequest): SessionReadsNamed {
  const params = request.params as { taskId?: unknown } | undefined;
  const taskId = idOf(params?.taskId);
  if (request.routeOptions.config.readsStandings !== true) return { taskId };
  const query = request.query as { period?: unknown; unitId?: unknown } | undefined;
  const periodKey = query?.period;
  if (typeof periodKey !== 'string' || !/^\d{4}-Q[1-4]$/.test(periodKey)) return { taskId };
  const unitId = query?.unitId === undefined ? null : idOf(query.unitId);
  return unitId === 0 ? { taskId } : { taskId, standings: { periodKey, unitId } };
}

function idOf(raw: unknown): number {
  return typeof raw === 'string' && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : 0;
}

/**
 * Each request runs in its own snapshot (services/reference/request-snapshot.ts). A request with a
 * body reaches its handler from the body stream's events, outside the context the first hook set,
 * so the snapshot is entered again before validation.
 */
function registerSnapshot(app: FastifyInstance, snapshots: RequestSnapshots): void {
  app.decorateRequest('snapshot', null);
  app.addHook('onRequest', (request, _reply, done) => {
    const snapshot = newRequestSnapshot();
    request.snapshot = snapshot;
    snapshots.run(snapshot, done);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.snapshot) snapshots.run(request.snapshot, done);
    else done();
  });
}

function checkCsrf(request: FastifyRequest): void {
  // Without a session there is nothing to forge; sign-in itself is JSON-only, which browsers
  // cannot send cross-site without a preflight.
  if (SAFE_METHODS.has(request.method) || !request.auth || request.routeOptions.config.csrf === false) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken)) {
    throw new DomainError(
      'auth.csrf_mismatch',
      'forbidden',
      `send the session's CSRF token in ${CSRF_HEADER}`,
    );
  }
}

function checkPasswordChanged(request: FastifyRequest): void {
  const actor = request.auth?.actor;
  if (
    actor?.kind === 'account' &&
    actor.mustChangePassword &&
    request.routeOptions.config.beforePasswordChange !== true
  ) {
    throw new DomainError('account.must_change_password', 'forbidden', 'change your initial password first');
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function setSessionCookie(reply: FastifyReply, session: OpenedSession, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
  // Readable by the app, which then knows whether asking who is signed in can answer anything.
  reply.setCookie(SIGNED_IN_HINT_COOKIE, '1', {
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  reply.clearCookie(SIGNED_IN_HINT_COOKIE, { sameSite: 'lax', secure, path: '/' });
}
