// Builds the app over a test database and signs accounts in through the HTTP API.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AccountRole, Actor } from '../../../src/core/policy/policy.types.ts';
import { buildApp } from '../../../src/http/app.ts';
import type { HttpConfig } from '../../../src/http/config.ts';
import { createAccount } from '../../../src/services/accounts/accounts.usecases.ts';
import { importNotice } from '../../../src/importer/import-notice.ts';
import { sequenceSecrets, testClock, testHasher } from './deterministic.ts';
import type { TestDatabase } from './test-database.ts';

export const OPERATOR: Actor = { kind: 'system', role: 'admin', label: 'test' };

export async function testApp(testDb: TestDatabase, config: Partial<HttpConfig> = {}) {
  const clock = testClock();
  const secrets = sequenceSecrets();
  const deps = { store: testDb.store, clock, hasher: testHasher, secrets };
  const app = await buildApp({
    ...deps,
    database: testDb.database.kind,
    readNotice: importNotice,
    config: { checkResponses: true, ...config },
  });
  return { app, ...deps };
}

type Deps = Awaited<ReturnType<typeof testApp>>;

/** Creates an account through the use case; returns its login and initial password. */
export async function makeAccount(
  deps: Deps,
  input: { login: string; role?: AccountRole; unitId?: number | null },
): Promise<{ id: number; login: string; password: string }> {
  const created = await createAccount({
    actor: OPERATOR,
    login: input.login,
    displayName: input.login,
    role: input.role ?? 'admin',
    unitId: input.unitId ?? null,
    ...deps,
  });
  return { id: created.account.id, login: created.account.login, password: created.initialPassword };
}

export interface Signed {
  cookie: string;
  csrf: string;
  response: LightMyRequestResponse;
}

export async function signIn(app: FastifyInstance, login: string, password: string): Promise<Signed> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  assert.equal(response.statusCode, 200, response.body);
  const cookie = response.cookies.find((c) => c.name === 'duban_session');
  assert.ok(cookie, 'a session cookie is set');
  const body: unknown = response.json();
  assert.ok(body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string');
  return { cookie: `duban_session=${cookie.value}`, csrf: body.csrfToken, response };
}

/** Signs in and replaces the initial password, leaving a session with full rights. */
export async function signInReady(
  deps: Deps,
  login: string,
  password: string,
  newPassword = 'a-Long-enough-secret',
): Promise<Signed> {
  const signed = await signIn(deps.app, login, password);
  const changed = await deps.app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf },
    payload: { currentPassword: password, newPassword },
  });
  assert.equal(changed.statusCode, 200, changed.body);
  return signed;
}

/** The error body's code, asserting the shape on the way. */
export function errorCode(response: LightMyRequestResponse): string {
  const body: unknown = response.json();
  assert.ok(body && typeof body === 'object' && 'error' in body, `an error body: ${response.body}`);
  const { error } = body;
  assert.ok(error && typeof error === 'object' && 'code' in error && typeof error.code === 'string');
  assert.deepEqual(Object.keys(error).sort(), ['code', 'details', 'message']);
  return error.code;
}
