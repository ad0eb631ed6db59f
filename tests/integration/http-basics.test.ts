import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../../src/http/app.ts';
import type { Store } from '../../src/services/store.ts';
import { sequenceSecrets, testClock, testHasher } from './support/deterministic.ts';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

describe('the HTTP skeleton', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb, { bodyLimitBytes: 4096 });
    const account = await makeAccount(deps, { login: 'http.admin' });
    admin = await signInReady(deps, account.login, account.password);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const createAccountRequest = (payload: object, headers: Record<string, string>) =>
    deps.app.inject({ method: 'POST', url: '/api/accounts', payload, headers });

  test('health answers ok and names the database in use', async () => {
    const response = await deps.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok', database: usingPostgres ? 'postgres' : 'pglite' });
  });

  test('a state-changing request without the CSRF header is refused with 403', async () => {
    const response = await createAccountRequest(
      { login: 'no.csrf', displayName: 'x', role: 'leader' },
      { cookie: admin.cookie },
    );
    assert.equal(response.statusCode, 403);
    assert.equal(errorCode(response), 'auth.csrf_mismatch');
  });

  test("a CSRF header that is not the session's token is refused with 403", async () => {
    const response = await createAccountRequest(
      { login: 'bad.csrf', displayName: 'x', role: 'leader' },
      { cookie: admin.cookie, 'x-csrf-token': 'token-9999' },
    );
    assert.equal(response.statusCode, 403);
    assert.equal(errorCode(response), 'auth.csrf_mismatch');
  });

  test('a body that breaks the schema answers 400 with the path of every bad field', async () => {
    const response = await createAccountRequest(
      { login: 'x', displayName: 42, role: 'mayor', extra: true },
      { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    );
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'request.invalid');
    const { details } = response.json<{ error: { details: { issues: { path: string }[] } } }>().error;
    const paths = details.issues.map((issue) => issue.path).sort();
    assert.deepEqual(paths, ['body.displayName', 'body.extra', 'body.login', 'body.role']);
  });

  test('a path parameter that is not an id answers 400 naming params.accountId', async () => {
    const response = await deps.app.inject({
      method: 'GET',
      url: '/api/accounts/abc',
      headers: { cookie: admin.cookie },
    });
    assert.equal(response.statusCode, 400);
    const { details } = response.json<{ error: { details: { issues: { path: string }[] } } }>().error;
    assert.deepEqual(
      details.issues.map((issue) => issue.path),
      ['params.accountId'],
    );
  });

  test('a body over the limit answers 413 in the error shape', async () => {
    const response = await createAccountRequest(
      { login: 'big.body', displayName: 'x'.repeat(5000), role: 'leader' },
      { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    );
    assert.equal(response.statusCode, 413);
    assert.equal(errorCode(response), 'request.too_large');
  });

  test('malformed JSON answers 400 request.invalid_json', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login":',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'request.invalid_json');
  });

  test('an unknown route answers 404 in the error shape', async () => {
    const response = await deps.app.inject({ method: 'GET', url: '/api/nowhere' });
    assert.equal(response.statusCode, 404);
    assert.equal(errorCode(response), 'route.not_found');
  });

  test('the OpenAPI document lists the routes and resolves its schema references', async () => {
    const response = await deps.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json<{
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>();
    for (const path of [
      '/api/health',
      '/api/auth/login',
      '/api/auth/me',
      '/api/auth/password',
      '/api/accounts',
    ]) {
      assert.ok(path in document.paths, `${path} is documented`);
    }
    assert.ok('ErrorBody' in document.components.schemas);
    assert.ok('Account' in document.components.schemas);
  });

  test('the API docs page is served', async () => {
    const response = await deps.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
  });

  test('every answer forbids framing and carries a Content-Security-Policy: API, errors, the docs page', async () => {
    for (const url of ['/api/health', '/api/no-such-route', '/api/docs/', '/api/docs/static/index.html']) {
      const response = await deps.app.inject({ method: 'GET', url });
      const policy = String(response.headers['content-security-policy'] ?? '');
      assert.match(policy, /frame-ancestors 'none'/, url);
      assert.match(policy, /default-src 'self'/, url);
      assert.match(policy, /script-src 'self'(;|$)/, `${url}: no inline or eval scripts`);
      assert.match(
        policy,
        /style-src 'self' 'unsafe-inline'/,
        `${url}: antd and Swagger UI set inline styles`,
      );
      assert.equal(response.headers['x-frame-options'], 'DENY', url);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
    }
  });

  test('health answers 503 while the database cannot be reached, and says nothing of the failure', async () => {
    const failing: Store = {
      ...testDb.store,
      ping: () => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432 password=hunter2')),
    };
    const app = await buildApp({
      store: failing,
      clock: testClock(),
      hasher: testHasher,
      secrets: sequenceSecrets(),
      database: 'postgres',
      config: { checkResponses: true },
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json(), { status: 'database_unavailable', database: 'postgres' });
      assert.equal(response.headers['retry-after'], '2');
      assert.doesNotMatch(response.body, /ECONNREFUSED|10\.1\.2\.3|hunter2|stack/);
    } finally {
      await app.close();
    }
  });
});
