import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store.ts';
import { bootstrapUnitAccounts, unitLogin } from '../../src/services/accounts/bootstrap.usecases.ts';
import { login } from '../../src/services/accounts/login.usecases.ts';
import { argon2Hasher } from '../../src/services/support/password-hasher.ts';
import { cryptoSecrets } from '../../src/services/support/secrets.ts';
import { sequenceSecrets, testClock, testHasher } from './support/deterministic.ts';
import { OPERATOR } from './support/http.ts';
import { seedPlan } from './support/seed.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const PLAN_2024 = {
  year: 2024,
  units: [
    { name: '市发改委', code: 'fgw' },
    { name: '市财政局' },
    { name: '无为市', kind: 'county' },
    { name: '南陵县', kind: 'county' },
    { name: '各县市区政府', kind: 'group', members: ['无为市', '南陵县'] },
    { name: '市外办' },
  ],
  tasks: [
    { seq: 1, lead: ['市发改委'], responsible: ['各县市区政府'] },
    { seq: 2, lead: ['市财政局'], responsible: ['市发改委'] },
  ],
};

describe('bootstrapping unit accounts', () => {
  let testDb: TestDatabase;
  const deps = { clock: testClock(), hasher: testHasher, secrets: sequenceSecrets() };

  before(async () => {
    testDb = await openTestDatabase();
    await seedPlan(testDb.database.db, PLAN_2024);
  });
  after(async () => {
    await testDb.close();
  });

  test('every unit that reports under the plan gets one reporter and one approver', async () => {
    const { created, skipped } = await bootstrapUnitAccounts({
      actor: OPERATOR,
      planYear: 2024,
      store: testDb.store,
      ...deps,
    });
    assert.deepEqual(skipped, []);
    const units = [...new Set(created.map((line) => line.unitName))].sort();
    assert.deepEqual(units, ['南陵县', '市发改委', '市财政局', '无为市'].sort());
    for (const unit of units) {
      const roles = created.filter((line) => line.unitName === unit).map((line) => line.role);
      assert.deepEqual(roles.sort(), ['approver', 'reporter']);
    }
  });

  test('a group is replaced by its members and a unit with no task gets no account', async () => {
    const accounts = await testDb.store.repos.accounts.findAll();
    const names = new Set(accounts.map((account) => account.displayName.split(' ')[0]));
    assert.ok(!names.has('各县市区政府'));
    assert.ok(!names.has('市外办'));
  });

  test("logins come from the unit's code when it has one, else from its id, with a random suffix", async () => {
    const logins = (await testDb.store.repos.accounts.findAll()).map((account) => account.login);
    assert.ok(
      logins.some((login) => /^fgw-reporter-[a-z0-9]{6}$/.test(login)),
      logins.join(),
    );
    assert.ok(logins.some((login) => /^fgw-approver-[a-z0-9]{6}$/.test(login)));
    assert.ok(logins.some((login) => /^unit-\d+-approver-[a-z0-9]{6}$/.test(login)));
  });

  test('two bootstraps of the same directory give different logins: none can be guessed from the unit', () => {
    const unit = { id: 7, name: '市发改委', code: 'fgw' };
    const first = unitLogin(unit, 'reporter', cryptoSecrets);
    const second = unitLogin(unit, 'reporter', cryptoSecrets);
    assert.match(first, /^fgw-reporter-[a-z0-9]{6}$/);
    assert.notEqual(first, second);
  });

  test('the new accounts must change their password, and each creation is audited', async () => {
    const accounts = await testDb.store.repos.accounts.findAll();
    assert.ok(accounts.every((account) => account.mustChangePassword));
    for (const account of accounts) {
      const events = await testDb.store.repos.audit.findForEntity('account', String(account.id));
      assert.deepEqual(
        events.map((event) => event.action),
        ['account.create'],
      );
    }
  });

  test('running it again creates nothing and lists the existing accounts as skipped', async () => {
    const again = await bootstrapUnitAccounts({
      actor: OPERATOR,
      planYear: 2024,
      store: testDb.store,
      ...deps,
    });
    assert.equal(again.created.length, 0);
    assert.equal(again.skipped.length, 8);
    assert.ok(again.skipped.every((line) => line.initialPassword === null));
  });

  test('a year without a plan answers plan.not_found', async () => {
    await assert.rejects(
      bootstrapUnitAccounts({ actor: OPERATOR, planYear: 2031, store: testDb.store, ...deps }),
      { code: 'plan.not_found', kind: 'not_found' },
    );
  });

  test('only an admin may bootstrap accounts', async () => {
    const supervisor = {
      kind: 'account',
      accountId: 1,
      role: 'supervisor',
      unitId: null,
      mustChangePassword: false,
    } as const;
    await assert.rejects(
      bootstrapUnitAccounts({ actor: supervisor, planYear: 2024, store: testDb.store, ...deps }),
      { code: 'auth.forbidden' },
    );
  });
});

describe('duban users bootstrap', () => {
  let testDb: TestDatabase;
  let folder: string;
  const savedUrl = process.env['DATABASE_URL'];

  before(async () => {
    testDb = await openTestDatabase({ onDisk: true });
    await seedPlan(testDb.database.db, PLAN_2024);
    await testDb.database.close(); // the command opens the database itself
    folder = await mkdtemp(join(tmpdir(), 'duban-csv-'));
    if (testDb.options.databaseUrl) process.env['DATABASE_URL'] = testDb.options.databaseUrl;
    else delete process.env['DATABASE_URL'];
  });
  after(async () => {
    if (savedUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = savedUrl;
    await testDb.close();
    await rm(folder, { recursive: true, force: true });
  });

  const runCli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const dataArgs = testDb.options.dataDir ? ['--data', testDb.options.dataDir] : [];
    const code = await main(['users', ...args, ...dataArgs], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      isTty: false,
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  };

  test('writes one CSV line per account with its initial password, readable only by its owner', async () => {
    const file = join(folder, 'accounts-2024.csv');
    const result = await runCli(['bootstrap', '--plan', '2024', '--out', file]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /8 accounts created, 0 already existed/);
    const csv = await readFile(file, 'utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(header, 'unit_id,unit_name,role,login,initial_password');
    assert.equal(lines.length, 8);
    assert.ok(
      lines.some((line) => /^\d+,市发改委,reporter,fgw-reporter-[a-z0-9]{6},[A-Za-z0-9]{14}$/.test(line)),
    );
    assert.equal((await stat(file)).mode & 0o777, 0o600);
  });

  test('refuses to overwrite an earlier password sheet, in one line', async () => {
    const file = join(folder, 'accounts-2024.csv');
    const before = await readFile(file, 'utf8');
    const result = await runCli(['bootstrap', '--plan', '2024', '--out', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^duban users: EEXIST: .*accounts-2024\.csv'\n$/);
    assert.equal(await readFile(file, 'utf8'), before);
  });

  test('a role that is not one is named as such, and nothing is created', async () => {
    const result = await runCli(['create', '--login', 'someone', '--role', 'god']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--role 'god' is not a role: admin, /);
    const again = await runCli(['create', '--login', 'someone', '--role', 'supervisor']);
    assert.equal(again.code, 0, again.stderr);
  });

  test('an account from the sheet signs in with its printed password', async () => {
    const csv = await readFile(join(folder, 'accounts-2024.csv'), 'utf8');
    const [, loginName = '', password = ''] = /,(fgw-reporter-[a-z0-9]{6}),(\w+)\r\n/.exec(csv) ?? [];
    const database = await openDatabase(testDb.options);
    try {
      const store = createStore(database.db);
      const signed = await login({
        login: loginName,
        password,
        ip: null,
        userAgent: null,
        store,
        clock: testClock(),
        hasher: argon2Hasher(),
        secrets: sequenceSecrets(),
      });
      assert.equal(signed.account.role, 'reporter');
      assert.match(signed.account.passwordHash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    } finally {
      await database.close();
    }
  });
});
