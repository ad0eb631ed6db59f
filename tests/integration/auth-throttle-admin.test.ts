// The admin sees who is held back from signing in and lifts a login's or an address's delay; nobody
// else may; a lift is audited and the owner then gets in at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface ThrottledRow {
  login?: string;
  address?: string;
  failures: number;
  delayedUntil: string | null;
  account?: { id: number; displayName: string } | null;
}

describe(`the admin's login throttles on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let supervisor: Signed;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    const adminAccount = await makeAccount(deps, { login: 'lift.admin', role: 'admin' });
    admin = await signInReady(deps, adminAccount.login, adminAccount.password);
    const supervisorAccount = await makeAccount(deps, { login: 'lift.supervisor', role: 'supervisor' });
    supervisor = await signInReady(deps, supervisorAccount.login, supervisorAccount.password);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const login = (name: string, password: string, ip: string) =>
    deps.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: name, password },
      remoteAddress: ip,
    });
  const list = (as: Signed) =>
    deps.app.inject({ method: 'GET', url: '/api/login-throttles', headers: { cookie: as.cookie } });
  const lift = (as: Signed, payload: unknown) =>
    deps.app.inject({
      method: 'POST',
      url: '/api/login-throttles/lift',
      headers: { cookie: as.cookie, 'x-csrf-token': as.csrf },
      payload: payload as Record<string, unknown>,
    });
  const throttles = async () => {
    const response = await list(admin);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<{ logins: ThrottledRow[]; addresses: ThrottledRow[] }>();
  };

  test('only the admin may list and lift', async () => {
    assert.equal((await list(supervisor)).statusCode, 403);
    assert.equal(errorCode(await lift(supervisor, { login: 'anyone' })), 'auth.forbidden');
    const anonymous = await deps.app.inject({ method: 'GET', url: '/api/login-throttles' });
    assert.equal(anonymous.statusCode, 401);
  });

  test('a held-back login is listed with its account and delay; the lift lets the owner in at once', async () => {
    const owner = await makeAccount(deps, { login: 'held.owner', role: 'leader' });
    for (let n = 0; n < 5; n++)
      assert.equal((await login(owner.login, `wrong-${n}`, '10.9.0.1')).statusCode, 401);
    const held = await login(owner.login, owner.password, '10.9.0.2');
    assert.equal(held.statusCode, 429, 'held back from an address where it is not known');

    const row = (await throttles()).logins.find((entry) => entry.login === owner.login);
    assert.ok(row, 'listed');
    assert.equal(row.failures, 5);
    assert.deepEqual(row.account, { id: owner.id, displayName: owner.login });
    assert.ok(row.delayedUntil && Date.parse(row.delayedUntil) > deps.clock().getTime());

    const lifted = await lift(admin, { login: ' HELD.owner ' });
    assert.equal(lifted.statusCode, 200, lifted.body);
    assert.deepEqual(lifted.json(), { cleared: 5, logins: [owner.login] });
    assert.equal(
      (await throttles()).logins.some((entry) => entry.login === owner.login),
      false,
    );
    const stored = await testDb.store.repos.accounts.findByLogin(owner.login);
    assert.equal(stored?.failedAttempts, 0);
    assert.equal(stored?.lockedUntil, null);
    assert.equal((await login(owner.login, owner.password, '10.9.0.2')).statusCode, 200);

    const { events } = await testDb.store.repos.auditLog.find(
      { entityType: 'login_throttle' },
      { offset: 0, limit: 10 },
    );
    const audited = events.find((event) => event.action === 'account.throttle_lift');
    assert.ok(audited, 'the lift is audited');
    assert.deepEqual(audited.after, { login: owner.login, failures: 5, logins: [owner.login] });
  });

  test('an address spraying many logins is listed and can be lifted; its logins stop counting too', async () => {
    const spray = '10.8.0.1';
    for (let n = 0; n < 10; n++) await login(`sprayed.${n}`, 'Password123', spray);
    const blocked = await login('sprayed.99', 'Password123', spray);
    assert.equal(errorCode(blocked), 'auth.address_throttled');
    const listed = (await throttles()).addresses.find((entry) => entry.address === spray);
    assert.ok(listed?.delayedUntil, 'the address is listed as held back');
    assert.ok(
      (await throttles()).logins.some((entry) => entry.login === 'sprayed.0' && entry.account === null),
    );

    const lifted = await lift(admin, { address: spray });
    assert.equal(lifted.statusCode, 200, lifted.body);
    assert.equal(lifted.json<{ cleared: number }>().cleared, 10);
    const afterLift = await throttles();
    assert.equal(
      afterLift.addresses.some((entry) => entry.address === spray),
      false,
    );
    assert.equal(
      afterLift.logins.some((entry) => (entry.login ?? '').startsWith('sprayed.')),
      false,
    );
    assert.equal((await login('sprayed.99', 'Password123', spray)).statusCode, 401, 'checked again');
  });

  test('lifting what is not counted changes nothing; a body naming both or neither is refused', async () => {
    const nothing = await lift(admin, { login: 'nobody.failed' });
    assert.equal(nothing.statusCode, 200);
    assert.deepEqual(nothing.json(), { cleared: 0, logins: [] });
    assert.equal((await lift(admin, { login: 'a', address: '10.0.0.1' })).statusCode, 400);
    assert.equal((await lift(admin, {})).statusCode, 400);
    assert.equal((await lift(admin, { address: '   ' })).statusCode, 400);
  });
});
