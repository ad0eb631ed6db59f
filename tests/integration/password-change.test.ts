import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, makeAccount, signIn, testApp } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('the forced password change', () => {
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

  const changePassword = (signed: { cookie: string; csrf: string }, payload: object) =>
    deps.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf },
      payload,
    });

  test('until the initial password is changed every other route answers 403 account.must_change_password', async () => {
    const account = await makeAccount(deps, { login: 'fresh.admin' });
    const signed = await signIn(deps.app, account.login, account.password);
    const list = await deps.app.inject({
      method: 'GET',
      url: '/api/accounts',
      headers: { cookie: signed.cookie },
    });
    assert.equal(list.statusCode, 403);
    assert.equal(errorCode(list), 'account.must_change_password');
    const create = await deps.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf },
      payload: { login: 'someone', displayName: 'x', role: 'leader' },
    });
    assert.equal(create.statusCode, 403);
    assert.equal(errorCode(create), 'account.must_change_password');
  });

  test('an account that must change its password can still read itself and sign out', async () => {
    const account = await makeAccount(deps, { login: 'fresh.reader' });
    const signed = await signIn(deps.app, account.login, account.password);
    const me = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: signed.cookie },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json<{ account: { mustChangePassword: boolean } }>().account.mustChangePassword, true);
  });

  test('changing the password lifts the block and keeps the session', async () => {
    const account = await makeAccount(deps, { login: 'fresh.changer' });
    const signed = await signIn(deps.app, account.login, account.password);
    const changed = await changePassword(signed, {
      currentPassword: account.password,
      newPassword: 'a-new-long-secret',
    });
    assert.equal(changed.statusCode, 200);
    assert.equal(
      changed.json<{ account: { mustChangePassword: boolean } }>().account.mustChangePassword,
      false,
    );
    const list = await deps.app.inject({
      method: 'GET',
      url: '/api/accounts',
      headers: { cookie: signed.cookie },
    });
    assert.equal(list.statusCode, 200);
  });

  test('the new password works and the initial one no longer does', async () => {
    const account = await makeAccount(deps, { login: 'fresh.switch' });
    const signed = await signIn(deps.app, account.login, account.password);
    await changePassword(signed, { currentPassword: account.password, newPassword: 'switched-secret-1' });
    await signIn(deps.app, account.login, 'switched-secret-1');
    const old = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: account.login, password: account.password },
    });
    assert.equal(old.statusCode, 401);
  });

  test('changing the password ends the account’s other sessions', async () => {
    const account = await makeAccount(deps, { login: 'two.browsers' });
    const first = await signIn(deps.app, account.login, account.password);
    const second = await signIn(deps.app, account.login, account.password);
    await changePassword(first, { currentPassword: account.password, newPassword: 'only-first-stays' });
    const me = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: second.cookie },
    });
    assert.equal(me.statusCode, 401);
  });

  test('a wrong current password answers 400 account.wrong_password', async () => {
    const account = await makeAccount(deps, { login: 'fresh.wrong' });
    const signed = await signIn(deps.app, account.login, account.password);
    const response = await changePassword(signed, {
      currentPassword: 'not-it-at-all',
      newPassword: 'a-new-long-secret',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'account.wrong_password');
  });

  test('a short new password answers 400 account.weak_password naming the problem', async () => {
    const account = await makeAccount(deps, { login: 'fresh.weak' });
    const signed = await signIn(deps.app, account.login, account.password);
    const response = await changePassword(signed, {
      currentPassword: account.password,
      newPassword: 'short',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'account.weak_password');
    const { details } = response.json<{ error: { details: { problems: string[] } } }>().error;
    assert.deepEqual(details.problems, ['too_short']);
  });

  test('changing the password without a session answers 401', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'whatever-1', newPassword: 'whatever-long-2' },
    });
    assert.equal(response.statusCode, 401);
    assert.equal(errorCode(response), 'auth.required');
  });
});
