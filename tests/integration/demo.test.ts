import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoBanner, prepareDemo } from '../../src/cli/demo.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/services/demo/demo-accounts.ts';
import { startDemo } from '../../src/services/demo/demo.usecases.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { testHasher } from './support/deterministic.ts';
import { errorCode, makeAccount, signIn, testApp } from './support/http.ts';
import { seedNotice } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('the demo start', () => {
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

  const demo = () => prepareDemo({ store: testDb.store, clock: deps.clock, hasher: testHasher });

  test('on an empty database it imports the bundled notice as plan 2024 with every inferred split confirmed by the system', async () => {
    const outcome = await demo();
    assert.equal(outcome.status, 'ready');
    assert.ok(outcome.status === 'ready' && outcome.imported);
    const plan = await testDb.store.repos.plans.findByYear(2024);
    assert.ok(plan);
    const counts = await testDb.store.repos.plans.counts(plan.id);
    assert.deepEqual([counts.tasks, counts.inferred, counts.confirmed], [220, 90, 90]);
    const [event] = await testDb.store.repos.audit.findForEntity('plan', String(plan.id));
    assert.deepEqual([event?.action, event?.actorKind, event?.actorLabel], ['plan.import', 'system', 'demo']);
  });

  test('it creates the printed logins, each signing in with the printed password and no forced change', async () => {
    const logins = DEMO_ACCOUNTS.map((account) => account.login);
    assert.deepEqual(logins, [
      'admin',
      'duchaban',
      'shizhang',
      'fgw-reporter',
      'fgw-approver',
      'jxj-reporter',
      'jxj-approver',
      'czj-reporter',
      'czj-approver',
    ]);
    for (const login of ['admin', 'duchaban', 'fgw-reporter']) {
      const signed = await signIn(deps.app, login, DEMO_PASSWORD);
      assert.equal(
        signed.response.json<{ account: { mustChangePassword: boolean } }>().account.mustChangePassword,
        false,
      );
      const audit = await deps.app.inject({
        method: 'GET',
        url: '/api/audit',
        headers: { cookie: signed.cookie },
      });
      assert.equal(audit.statusCode, login === 'fgw-reporter' ? 403 : 200);
      if (audit.statusCode === 403)
        assert.equal(errorCode(audit), 'auth.forbidden', 'forbidden by role, not by a forced change');
    }
    const reporter = await testDb.store.repos.accounts.findByLogin('fgw-reporter');
    const unit = await testDb.store.repos.directory.findUnitById(reporter?.unitId ?? 0);
    assert.deepEqual([unit?.name, unit?.code], ['市发改委', 'fgw']);
  });

  test('starting again changes nothing: no second import, no duplicate accounts', async () => {
    const before = (await testDb.store.repos.accounts.findAll()).length;
    const outcome = await demo();
    assert.ok(outcome.status === 'ready');
    assert.deepEqual([outcome.imported, outcome.created], [false, []]);
    assert.equal((await testDb.store.repos.accounts.findAll()).length, before);
    assert.equal((await testDb.store.repos.plans.findAll()).length, 1);
  });

  test('the banner prints the address, every login and the password', async () => {
    const banner = demoBanner(await demo(), 'http://127.0.0.1:3000');
    assert.match(banner, /http:\/\/127\.0\.0\.1:3000/);
    for (const account of DEMO_ACCOUNTS) assert.match(banner, new RegExp(`\\b${account.login}\\b`));
    assert.ok(banner.includes(DEMO_PASSWORD));
  });
});

describe('the demo on a database it did not start', () => {
  let testDb: TestDatabase;

  before(async () => {
    testDb = await openTestDatabase();
  });
  after(async () => {
    await testDb.close();
  });

  test('a database that already has accounts is left untouched', async () => {
    const deps = await testApp(testDb);
    await makeAccount(deps, { login: 'real.admin' });
    const outcome = await startDemo({
      store: testDb.store,
      clock: deps.clock,
      hasher: testHasher,
      readNotice: importNotice,
      notice: { bytes: seedNotice(), fileName: 'wuhu-2024-notice.txt' },
    });
    assert.equal(outcome.status, 'refused');
    assert.equal(await testDb.store.repos.accounts.findByLogin('admin'), null);
    assert.equal((await testDb.store.repos.plans.findAll()).length, 0);
    await deps.app.close();
  });
});
