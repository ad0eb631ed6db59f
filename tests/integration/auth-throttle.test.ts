// Throttling instead of lockouts: the owner always gets in with the right password once a delay
// (five minutes at most) has passed; a colleague at the same address is not held by others' typos;
// the attacker meets a delay that doubles; parallel guesses do not slip through together.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { errorCode, makeAccount, testApp } from './support/http.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

describe(`login throttling on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
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

  const post = (login: string, password: string, ip: string) =>
    deps.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password },
      remoteAddress: ip,
    });
  const retryAfter = (response: LightMyRequestResponse) => Number(response.headers['retry-after']);

  /** Guesses until `wrong` guesses were checked, waiting out each delay; returns the delays met. */
  async function guess(login: string, ip: string, wrong: number): Promise<number[]> {
    const delays: number[] = [];
    let checked = 0;
    while (checked < wrong) {
      const response = await post(login, `guess-${checked}`, ip);
      if (response.statusCode === 429) {
        assert.equal(errorCode(response), 'auth.throttled');
        delays.push(retryAfter(response));
        deps.clock.advance(retryAfter(response) * 1000);
        continue;
      }
      assert.equal(response.statusCode, 401);
      checked += 1;
    }
    return delays;
  }

  test('after 50 wrong guesses the admin gets in with the right password once five minutes at most have passed', async () => {
    const admin = await makeAccount(deps, { login: 'fifty.admin', role: 'admin' });
    const delays = await guess(admin.login, '10.1.0.1', 50);
    assert.deepEqual(delays.slice(0, 6), [10, 20, 40, 80, 160, 300], 'the delay doubles');
    assert.ok(
      delays.every((seconds) => seconds <= 300),
      'never more than five minutes',
    );
    const held = await post(admin.login, admin.password, '10.1.0.1');
    assert.equal(held.statusCode, 429);
    assert.equal(retryAfter(held), 300);
    deps.clock.advance(300_000);
    assert.equal((await post(admin.login, admin.password, '10.1.0.1')).statusCode, 200);
    const afterSuccess = await post(admin.login, 'wrong-again', '10.1.0.1');
    assert.equal(afterSuccess.statusCode, 401);
    assert.equal(afterSuccess.headers['retry-after'], undefined, 'a success resets the count');
  });

  test('the owner at an address they signed in from gets in at once while an attacker elsewhere is held', async () => {
    const owner = await makeAccount(deps, { login: 'owner.desk', role: 'supervisor' });
    assert.equal((await post(owner.login, owner.password, '10.2.0.1')).statusCode, 200);
    await guess(owner.login, '10.2.9.9', 20);
    const attacker = await post(owner.login, 'one-more', '10.2.9.9');
    assert.equal(attacker.statusCode, 429);
    const atDesk = await post(owner.login, owner.password, '10.2.0.1');
    assert.equal(atDesk.statusCode, 200, 'the known address is not held by failures elsewhere');
    const elsewhere = await post(owner.login, owner.password, '10.2.0.2');
    assert.equal(elsewhere.statusCode, 200, 'the success reset the count for every address');
  });

  test('a colleague at a shared address is not held by another account failing there, nor by spraying', async () => {
    const office = '10.3.0.1';
    const colleague = await makeAccount(deps, { login: 'colleague.one', role: 'leader' });
    const typist = await makeAccount(deps, { login: 'typist.two', role: 'leader' });
    assert.equal((await post(colleague.login, colleague.password, office)).statusCode, 200);
    await guess(typist.login, office, 30);
    for (let n = 0; n < 15; n++) await post(`sprayed-${n}`, 'Password123', office);
    assert.equal(errorCode(await post('sprayed-99', 'Password123', office)), 'auth.address_throttled');
    assert.equal((await post(colleague.login, colleague.password, office)).statusCode, 200);
  });

  test('an unknown login is slowed exactly like a known one', async () => {
    const known = await makeAccount(deps, { login: 'known.name' });
    const answers = async (login: string, ip: string) => {
      const seen: string[] = [];
      for (let n = 0; n < 7; n++) {
        const response = await post(login, 'not-it', ip);
        seen.push(`${response.statusCode} ${errorCode(response)} ${response.headers['retry-after'] ?? '-'}`);
      }
      return seen;
    };
    const ofKnown = await answers(known.login, '10.4.0.1');
    assert.deepEqual(await answers('no.such.name', '10.4.0.2'), ofKnown);
    assert.deepEqual(ofKnown.slice(4), [
      '401 auth.invalid_credentials 10',
      '429 auth.throttled 10',
      '429 auth.throttled 10',
    ]);
  });

  test('twenty guesses sent at once: five are checked, the rest wait', async () => {
    const target = await makeAccount(deps, { login: 'parallel.one' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => post(target.login, `parallel-${n}`, `10.5.0.${n + 1}`)),
    );
    const statuses = answers.map((response) => response.statusCode).sort();
    assert.deepEqual(statuses, [...Array<number>(5).fill(401), ...Array<number>(15).fill(429)]);
  });

  test('the account keeps its count and the end of its delay, and the delay beginning is audited', async () => {
    const account = await makeAccount(deps, { login: 'audited.one' });
    await guess(account.login, '10.6.0.1', 6);
    const stored = await testDb.store.repos.accounts.findByLogin(account.login);
    assert.equal(stored?.failedAttempts, 6);
    assert.equal(stored?.lockedUntil?.getTime(), deps.clock().getTime() + 20_000);
    const { events } = await testDb.store.repos.auditLog.find(
      { entityType: 'account', entityId: String(account.id) },
      { offset: 0, limit: 50 },
    );
    const mine = events.filter((event) => event.action === 'account.throttle');
    assert.equal(mine.length, 1, 'audited once, when the delay began');
    assert.equal(mine[0]?.actorLabel, '10.6.0.1');
  });
});
