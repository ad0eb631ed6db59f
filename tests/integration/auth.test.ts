import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { login } from '../../src/services/accounts/login.usecases.ts';
import { testHasher } from './support/deterministic.ts';
import { errorCode, makeAccount, signIn, signInReady, testApp } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('signing in', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const post = (body: object, ip = '10.0.0.1') =>
    deps.app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: ip });

  test('the right password opens a session and returns the account and a CSRF token', async () => {
    const account = await makeAccount(deps, { login: 'ok.admin' });
    const { response } = await signIn(deps.app, 'OK.Admin', account.password);
    const body = response.json<{
      account: { login: string; mustChangePassword: boolean };
      csrfToken: string;
    }>();
    assert.equal(body.account.login, 'ok.admin');
    assert.equal(body.account.mustChangePassword, true);
    assert.ok(body.csrfToken.length > 0);
    assert.ok(!response.body.includes('passwordHash'));
  });

  test('the session cookie is HttpOnly, SameSite=Lax, path / and not Secure without https', async () => {
    const account = await makeAccount(deps, { login: 'cookie.admin' });
    const { response } = await signIn(deps.app, account.login, account.password);
    const cookie = response.cookies.find((c) => c.name === 'duban_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined);
  });

  test('beside the session cookie a hint the app reads (no secret, same lifetime); signing out clears both', async () => {
    const account = await makeAccount(deps, { login: 'hint.admin' });
    const signed = await signInReady(deps, account.login, account.password);
    const session = signed.response.cookies.find((c) => c.name === 'duban_session');
    const hint = signed.response.cookies.find((c) => c.name === 'duban_signed_in');
    assert.ok(session && hint, 'both cookies are set');
    assert.equal(hint.value, '1');
    assert.equal(hint.httpOnly, undefined);
    assert.equal(hint.sameSite, 'Lax');
    assert.equal(hint.path, '/');
    assert.equal(hint.expires?.getTime(), session.expires?.getTime());
    // The hint alone authenticates nothing.
    const hintOnly = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'duban_signed_in=1' },
    });
    assert.equal(hintOnly.statusCode, 401);
    const out = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf },
    });
    const cleared = out.cookies.filter(
      (c) => c.value === '' && c.expires && c.expires.getTime() <= Date.now(),
    );
    assert.deepEqual(cleared.map((c) => c.name).sort(), ['duban_session', 'duban_signed_in']);
  });

  test('a wrong password answers 401 auth.invalid_credentials', async () => {
    const account = await makeAccount(deps, { login: 'wrong.pw' });
    const response = await post({ login: account.login, password: 'not-the-password' });
    assert.equal(response.statusCode, 401);
    assert.equal(errorCode(response), 'auth.invalid_credentials');
  });

  test('an unknown login answers exactly like a wrong password', async () => {
    const response = await post({ login: 'nobody.here', password: 'whatever-it-is' });
    assert.equal(response.statusCode, 401);
    assert.equal(errorCode(response), 'auth.invalid_credentials');
  });

  test('an unknown login runs the password hasher exactly like a wrong password does', async () => {
    const account = await makeAccount(deps, { login: 'timing.check' });
    let verifications = 0;
    const counting = {
      hash: (password: string) => testHasher.hash(password),
      verify: (passwordHash: string, password: string) => {
        verifications += 1;
        return testHasher.verify(passwordHash, password);
      },
    };
    const attempt = (loginName: string) =>
      assert.rejects(
        login({
          login: loginName,
          password: 'not-the-password',
          ip: null,
          userAgent: null,
          store: testDb.store,
          clock: deps.clock,
          hasher: counting,
          secrets: deps.secrets,
        }),
        { code: 'auth.invalid_credentials' },
      );
    await attempt(account.login);
    assert.equal(verifications, 1, 'a wrong password is verified once');
    await attempt('nobody.at.all');
    assert.equal(verifications, 2, 'an unknown login is verified against the dummy hash');
  });

  test('five wrong passwords slow the account for 10 s (429, Retry-After), then the right password gets in', async () => {
    const account = await makeAccount(deps, { login: 'locked.one' });
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await post({ login: account.login, password: `bad-${attempt}` }, '10.0.1.1');
      assert.equal(wrong.statusCode, 401);
      assert.equal(wrong.headers['retry-after'], undefined);
    }
    const fifth = await post({ login: account.login, password: 'bad-5' }, '10.0.1.1');
    assert.equal(fifth.statusCode, 401);
    assert.equal(fifth.headers['retry-after'], '10', 'the fifth failure says how long the next one waits');
    const right = await post({ login: account.login, password: account.password }, '10.0.1.2');
    assert.equal(right.statusCode, 429);
    assert.equal(errorCode(right), 'auth.throttled');
    assert.equal(right.headers['retry-after'], '10');
    deps.clock.advance(10_000);
    assert.equal(
      (await post({ login: account.login, password: account.password }, '10.0.1.2')).statusCode,
      200,
    );
  });

  test('a successful sign-in resets the failure count', async () => {
    const account = await makeAccount(deps, { login: 'reset.count' });
    for (let attempt = 1; attempt <= 4; attempt++)
      await post({ login: account.login, password: 'bad' }, '10.0.2.1');
    await signIn(deps.app, account.login, account.password);
    for (let attempt = 1; attempt <= 4; attempt++) {
      assert.equal((await post({ login: account.login, password: 'bad' }, '10.0.2.1')).statusCode, 401);
    }
  });

  test('an address failing on many logins is slowed with 429, but not for a colleague signing in there', async () => {
    const ip = '10.0.3.1';
    const colleague = await makeAccount(deps, { login: 'same.office' });
    const signedBefore = await post({ login: colleague.login, password: colleague.password }, ip);
    assert.equal(signedBefore.statusCode, 200);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await post({ login: `guess-${attempt}`, password: 'guess' }, ip);
      assert.equal(response.statusCode, 401);
    }
    const slowed = await post({ login: 'guess-11', password: 'guess' }, ip);
    assert.equal(slowed.statusCode, 429);
    assert.equal(errorCode(slowed), 'auth.address_throttled');
    assert.equal(slowed.headers['retry-after'], '10');
    assert.equal((await post({ login: colleague.login, password: colleague.password }, ip)).statusCode, 200);
  });

  test('GET /api/auth/me returns the signed-in account; without a session it answers 401', async () => {
    const account = await makeAccount(deps, { login: 'me.admin' });
    const signed = await signIn(deps.app, account.login, account.password);
    const me = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: signed.cookie },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json<{ account: { login: string } }>().account.login, 'me.admin');
    const anonymous = await deps.app.inject({ method: 'GET', url: '/api/auth/me' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(errorCode(anonymous), 'auth.required');
  });

  test('signing out ends the session: its cookie no longer authenticates', async () => {
    const account = await makeAccount(deps, { login: 'bye.admin' });
    const signed = await signInReady(deps, account.login, account.password);
    const out = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf },
    });
    assert.equal(out.statusCode, 204);
    const me = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: signed.cookie },
    });
    assert.equal(me.statusCode, 401);
  });

  test('a session expires after its lifetime', async () => {
    const account = await makeAccount(deps, { login: 'late.admin' });
    const signed = await signIn(deps.app, account.login, account.password);
    deps.clock.advance(12 * 60 * 60_000);
    const me = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: signed.cookie },
    });
    deps.clock.advance(-12 * 60 * 60_000);
    assert.equal(me.statusCode, 401);
  });
});

describe('signing in behind https', () => {
  test('the session cookie is Secure when the server is configured for https', async () => {
    const testDb = await openTestDatabase();
    const deps = await testApp(testDb, { secureCookies: true });
    try {
      const account = await makeAccount(deps, { login: 'secure.admin' });
      const { response } = await signIn(deps.app, account.login, account.password);
      assert.equal(response.cookies.find((c) => c.name === 'duban_session')?.secure, true);
    } finally {
      await deps.app.close();
      await testDb.close();
    }
  });
});
