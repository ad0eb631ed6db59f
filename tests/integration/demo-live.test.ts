// `duban serve --demo` on an empty database: the bundled notice as the plan of the year the clock
// says (its dates moved), with a believable history up to today written through the real records,
// and a second start that writes nothing twice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { prepareDemo } from '../../src/cli/demo.ts';
import { latestDirectory } from '../../src/core/unit/directory.ts';
import { recordDueNotices } from '../../src/services/supervision/escalation-tick.ts';
import { testHasher } from './support/deterministic.ts';
import { signIn, testApp } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-accounts.ts';

const TODAY = new Date('2026-11-20T02:00:00Z');

describe('the live demo start', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let first: Awaited<ReturnType<typeof prepareDemo>>;
  const get = async (login: string, url: string) => {
    const { cookie } = await signIn(deps.app, login, DEMO_PASSWORD);
    const response = await deps.app.inject({ method: 'GET', url, headers: { cookie } });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Record<string, unknown>>();
  };

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    deps.clock.set(TODAY);
    first = await prepareDemo({ store: testDb.store, clock: deps.clock, hasher: testHasher, live: true });
    await recordDueNotices({ store: testDb.store, now: TODAY });
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('the plan is the current year’s, its deadline moved, its text the notice’s', async () => {
    assert.ok(first.status === 'ready' && first.imported);
    assert.equal(first.year, 2026);
    const plan = await testDb.store.repos.plans.findByYear(2026);
    assert.equal(plan?.deadline?.slice(0, 4), plan?.deadline ? '2026' : undefined);
    assert.equal(await testDb.store.repos.plans.findByYear(2024), null);
    const periods = await testDb.store.repos.plans.findPeriods(plan?.id ?? 0);
    assert.deepEqual(
      periods.map((period) => [period.key, period.state]),
      [
        ['2026-Q1', 'closed'],
        ['2026-Q2', 'closed'],
        ['2026-Q3', 'closed'],
        ['2026-Q4', 'scheduled'],
      ],
    );
  });

  test('fewer than a quarter of past filings are late, and most were made', () => {
    assert.ok(first.status === 'ready' && first.history);
    const { owed, filed, late, closed } = first.history;
    assert.deepEqual(closed, ['2026-Q1', '2026-Q2', '2026-Q3']);
    assert.ok(owed > 2000, `${owed} owed`);
    assert.ok(late / owed < 0.25, `${late} late of ${owed}`);
    assert.ok(filed / owed > 0.9, `${filed} filed of ${owed}`);
  });

  test('the current quarter is open and partly filed, and its lights are a mix', async () => {
    const matrix = await get('duchaban', '/api/lights?period=2026-Q4');
    const tally = matrix['tally'] as { green: number; yellow: number; red: number };
    const past = await get('duchaban', '/api/lights?period=2026-Q3');
    const pastTally = past['tally'] as { green: number; yellow: number; red: number };
    assert.ok(pastTally.green > pastTally.red, JSON.stringify(pastTally));
    assert.ok(pastTally.yellow > 0 && pastTally.red > 0, JSON.stringify(pastTally));
    assert.ok(tally.green > 0, JSON.stringify(tally));
    const reports = await testDb.store.repos.reports.findReports({
      periodId: (await testDb.store.repos.reports.findPeriod('2026-Q4'))?.id ?? 0,
    });
    const states = new Set(reports.map((report) => report.state));
    assert.ok(reports.length > 100, `${reports.length} Q4 filings`);
    assert.ok(states.has('draft') && states.has('submitted') && states.has('accepted'), [...states].join());
  });

  test('the office’s acts are on record: cards, an extension, a verified completion, hotline messages', async () => {
    const cards = (await get('duchaban', '/api/cards?year=2026'))['cards'] as { state: string }[];
    assert.ok(cards.length >= 2);
    assert.ok(
      cards.some((card) => card.state === 'lowered') && cards.some((card) => card.state === 'closed'),
    );
    const extensions = (await get('duchaban', '/api/extensions?period=2026-Q4'))['extensions'] as {
      status: string;
    }[];
    assert.deepEqual(
      extensions.map((extension) => extension.status),
      ['approved'],
    );
    const completions = (await get('duchaban', '/api/completions?year=2026'))['completions'] as {
      state: string;
    }[];
    assert.deepEqual(
      completions.map((claim) => claim.state),
      ['verified'],
    );
    const audit = await testDb.store.repos.auditLog.find({ entityType: 'report' }, { offset: 0, limit: 1 });
    assert.ok(audit.total > 5000, `${audit.total} report events`);
  });

  test('the ranking is spread out by behaviour, and no unit has more than 20 unread notices', async () => {
    const ledger = await get('duchaban', '/api/assessment/2026/ledger');
    const totals = (ledger['results'] as { total: { tenths: number } }[]).map(
      (result) => result.total.tenths,
    );
    assert.ok(new Set(totals).size > 10);
    assert.ok(Math.max(...totals) <= 1000 + 50 && Math.min(...totals) > 500, totals.join());
    for (const login of ['fgw-reporter', 'jxj-reporter', 'czj-reporter']) {
      const notices = await get(login, '/api/notifications');
      assert.ok((notices['unread'] as number) <= 20, `${login}: ${String(notices['unread'])} unread`);
    }
    const units = latestDirectory(await testDb.store.repos.units.loadHistory());
    assert.ok(units.length > 50);
    for (const unit of units) {
      const unread = await testDb.store.repos.notifications.countUnread({
        audience: 'unit',
        unitId: unit.id,
      });
      assert.ok(unread <= 20, `${unit.name}: ${unread} unread`);
    }
  });

  test('a second start imports nothing and writes no second history', async () => {
    const audit = async () => (await testDb.store.repos.auditLog.find({}, { offset: 0, limit: 1 })).total;
    const before = await audit();
    const again = await prepareDemo({
      store: testDb.store,
      clock: deps.clock,
      hasher: testHasher,
      live: true,
    });
    assert.ok(again.status === 'ready');
    assert.deepEqual([again.imported, again.history, again.created], [false, null, []]);
    assert.equal(await audit(), before);
    assert.equal((await testDb.store.repos.plans.findAll()).length, 1);
  });
});
