import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, makeAccount, signIn, signInReady, testApp, type Signed } from './support/http.ts';
import { seedUnits } from './support/seed.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('account administration', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let adminId: number;
  let unitId: number;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    const units = await seedUnits(testDb.database.db, [{ name: '市发改委' }]);
    unitId = units.get('市发改委') ?? 0;
    const account = await makeAccount(deps, { login: 'root' });
    adminId = account.id;
    admin = await signInReady(deps, account.login, account.password);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const as = (signed: Signed) => ({ cookie: signed.cookie, 'x-csrf-token': signed.csrf });
  const create = (signed: Signed, payload: object) =>
    deps.app.inject({ method: 'POST', url: '/api/accounts', headers: as(signed), payload });

  test('an admin creates an account and receives its initial password once', async () => {
    const response = await create(admin, { login: 'Leader.Wang', displayName: '王市长', role: 'leader' });
    assert.equal(response.statusCode, 201);
    const body = response.json<{
      account: { login: string; mustChangePassword: boolean };
      initialPassword: string;
    }>();
    assert.equal(body.account.login, 'leader.wang');
    assert.equal(body.account.mustChangePassword, true);
    assert.match(body.initialPassword, /^Initial-\d{4}-pass$/);
    await signIn(deps.app, 'leader.wang', body.initialPassword);
  });

  test('a reporter account must name its unit', async () => {
    const missing = await create(admin, { login: 'clerk.a', displayName: '填报员', role: 'reporter' });
    assert.equal(missing.statusCode, 400);
    assert.equal(errorCode(missing), 'account.unit_required');
    const ok = await create(admin, { login: 'clerk.b', displayName: '填报员', role: 'reporter', unitId });
    assert.equal(ok.statusCode, 201);
  });

  test('a city-wide role cannot be tied to a unit', async () => {
    const response = await create(admin, {
      login: 'sup.a',
      displayName: '督查办',
      role: 'supervisor',
      unitId,
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'account.unit_not_allowed');
  });

  test('an account for a unit that does not exist answers 404 unit.not_found', async () => {
    const response = await create(admin, {
      login: 'clerk.x',
      displayName: 'x',
      role: 'approver',
      unitId: 999_999,
    });
    assert.equal(response.statusCode, 404);
    assert.equal(errorCode(response), 'unit.not_found');
  });

  test('a login already taken answers 409, whatever its letter case', async () => {
    await create(admin, { login: 'twice', displayName: 'x', role: 'leader' });
    const response = await create(admin, { login: 'TWICE', displayName: 'x', role: 'leader' });
    assert.equal(response.statusCode, 409);
    assert.equal(errorCode(response), 'account.login_taken');
  });

  test('a reporter may not manage accounts (403) and an anonymous caller must sign in (401)', async () => {
    const clerk = await makeAccount(deps, { login: 'clerk.c', role: 'reporter', unitId });
    const signed = await signInReady(deps, clerk.login, clerk.password);
    const forbidden = await deps.app.inject({ method: 'GET', url: '/api/accounts', headers: as(signed) });
    assert.equal(forbidden.statusCode, 403);
    assert.equal(errorCode(forbidden), 'auth.forbidden');
    const anonymous = await deps.app.inject({ method: 'GET', url: '/api/accounts' });
    assert.equal(anonymous.statusCode, 401);
  });

  test('the account list filters by unit and never exposes password hashes', async () => {
    const response = await deps.app.inject({
      method: 'GET',
      url: `/api/accounts?unitId=${unitId}`,
      headers: as(admin),
    });
    assert.equal(response.statusCode, 200);
    const { accounts } = response.json<{ accounts: { unitId: number | null }[] }>();
    assert.ok(accounts.length >= 1);
    assert.ok(accounts.every((account) => account.unitId === unitId));
    assert.doesNotMatch(response.body, /argon2|passwordHash/);
  });

  test('disabling an account ends its sessions and stops it signing in', async () => {
    const target = await makeAccount(deps, { login: 'to.disable', role: 'leader' });
    const signed = await signInReady(deps, target.login, target.password, 'changed-secret-9');
    const patched = await deps.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${target.id}`,
      headers: as(admin),
      payload: { disabled: true },
    });
    assert.equal(patched.statusCode, 200);
    assert.equal(patched.json<{ account: { disabled: boolean } }>().account.disabled, true);
    const me = await deps.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: signed.cookie },
    });
    assert.equal(me.statusCode, 401);
    const again = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: target.login, password: 'changed-secret-9' },
    });
    assert.equal(again.statusCode, 401);
  });

  test('an admin cannot disable their own account', async () => {
    const response = await deps.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${adminId}`,
      headers: as(admin),
      payload: { disabled: true },
    });
    assert.equal(response.statusCode, 409);
    assert.equal(errorCode(response), 'account.own_access');
  });

  test('a password reset unlocks the account and requires a new password at next sign-in', async () => {
    const target = await makeAccount(deps, { login: 'forgetful', role: 'leader' });
    for (let attempt = 0; attempt < 5; attempt++) {
      await deps.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: target.login, password: 'wrong-guess' },
        remoteAddress: '10.9.0.1',
      });
    }
    const reset = await deps.app.inject({
      method: 'POST',
      url: `/api/accounts/${target.id}/password-reset`,
      headers: as(admin),
    });
    assert.equal(reset.statusCode, 200);
    const { initialPassword, account } = reset.json<{
      initialPassword: string;
      account: { mustChangePassword: boolean; lockedUntil: string | null };
    }>();
    assert.equal(account.mustChangePassword, true);
    assert.equal(account.lockedUntil, null);
    await signIn(deps.app, target.login, initialPassword);
  });

  test('an unknown account id answers 404 account.not_found', async () => {
    const response = await deps.app.inject({
      method: 'GET',
      url: '/api/accounts/424242',
      headers: as(admin),
    });
    assert.equal(response.statusCode, 404);
    assert.equal(errorCode(response), 'account.not_found');
  });
});
