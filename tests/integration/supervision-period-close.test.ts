import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp } from './support/http.ts';
import {
  caller,
  code,
  file,
  ok,
  returnAndRefile,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Snapshot {
  period: string;
  lights: { seq: number; unitName: string; light: string }[];
  cards: { id: number; state: string }[];
  scores: { unitId: number; total: number }[];
}
interface Diff {
  previousPeriod: string | null;
  lightsChanged: { taskId: number; unitId: number; from: string | null; to: string | null }[];
  newCards: { id: number }[];
  scoreDeltas: { unitId: number; before: number; after: number; delta: number }[];
}

describe(`closing a quarter on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let draftId = 0;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    const t1 = fx.task(1);
    await file(call, deps.clock, {
      unit: 'fgw',
      taskId: t1,
      period: '2024-Q1',
      lead: true,
      signOffAt: '2024-04-02T02:00:00Z',
    });
    await file(call, deps.clock, {
      unit: 'jxj',
      taskId: t1,
      period: '2024-Q1',
      signOffAt: '2024-04-07T02:00:00Z',
    });
    const returned = await file(call, deps.clock, {
      unit: 'czj',
      taskId: t1,
      period: '2024-Q1',
      signOffAt: '2024-04-03T02:00:00Z',
    });
    await returnAndRefile(call, 'czj', returned);
    const draft = ok<{ report: { id: number } }>(
      await call('ww.reporter', 'PUT', `/api/tasks/${fx.task(11)}/periods/2024-Q1/unit-input`, {
        baseRev: 0,
        progress: '草稿',
      }),
    );
    draftId = draft.report.id;
    deps.clock.set(new Date('2024-04-15T02:00:00Z'));
    const card = {
      taskId: fx.task(12),
      unitId: fx.unit('市财政局'),
      period: '2024-Q1',
      color: 'red',
      reason: '未报',
      rectifyBy: '2024-04-30',
    };
    ok(await call('supervisor', 'POST', '/api/cards', card));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('only the supervisor closes a quarter, and only once', async () => {
    for (const login of ['admin', 'leader', 'czj.approver']) {
      assert.equal((await call(login, 'POST', '/api/periods/2024/2024-Q1/close')).statusCode, 403, login);
    }
    assert.equal((await call(null, 'POST', '/api/periods/2024/2024-Q1/close')).statusCode, 401);
    const closed = ok<{ period: { state: string }; snapshot: Snapshot }>(
      await call('supervisor', 'POST', '/api/periods/2024/2024-Q1/close'),
    );
    assert.equal(closed.period.state, 'closed');
    assert.equal(code(await call('supervisor', 'POST', '/api/periods/2024/2024-Q1/close')), 'period.closed');
    assert.equal(
      code(await call('supervisor', 'POST', '/api/periods/2024/2023-Q1/close')),
      'period.not_found',
    );
  });

  test("a closed quarter's filings, cards and extensions refuse every write", async () => {
    const save = await call('ww.reporter', 'PUT', `/api/tasks/${fx.task(11)}/periods/2024-Q1/unit-input`, {
      baseRev: 1,
      progress: '补报',
    });
    assert.equal(code(save), 'period.closed');
    assert.equal(code(await call('ww.reporter', 'POST', `/api/reports/${draftId}/submit`)), 'period.closed');
    const card = {
      taskId: fx.task(1),
      unitId: fx.unit('市经信局'),
      period: '2024-Q1',
      color: 'yellow',
      reason: '迟报',
      rectifyBy: '2024-04-30',
    };
    assert.equal(code(await call('supervisor', 'POST', '/api/cards', card)), 'period.closed');
    const extension = {
      taskId: fx.task(11),
      period: '2024-Q1',
      requestedDueOn: '2024-05-01',
      reason: '补报',
    };
    assert.equal(code(await call('nl.reporter', 'POST', '/api/extensions', extension)), 'period.closed');
  });

  test('the snapshot keeps the lights, cards and scores as they were at closing', async () => {
    assert.equal((await call('czj.reporter', 'GET', '/api/periods/2024/2024-Q1/snapshot')).statusCode, 403);
    const snapshot = ok<Snapshot>(await call('leader', 'GET', '/api/periods/2024/2024-Q1/snapshot'));
    assert.equal(snapshot.lights.length, 8);
    const light = (seq: number, unit: string) =>
      snapshot.lights.find((entry) => entry.seq === seq && entry.unitName === unit)?.light;
    assert.equal(light(1, '市发改委'), 'green');
    assert.equal(light(1, '市经信局'), 'yellow');
    assert.equal(light(11, '无为市'), 'red');
    assert.deepEqual(
      snapshot.cards.map((card) => card.state),
      ['issued'],
    );
    assert.equal(snapshot.scores.length, 5);
    assert.equal(
      code(await call('leader', 'GET', '/api/periods/2024/2024-Q2/snapshot')),
      'snapshot.not_found',
    );
  });

  test('filings still missing at closing start to count against their units', async () => {
    const ledger = ok<{ facts: { ruleKey: string; eventRef: string; provisional: boolean }[] }>(
      await call('supervisor', 'GET', '/api/assessment/2024/ledger'),
    );
    const missing = ledger.facts.filter((fact) => fact.ruleKey === 'filing.missing');
    assert.equal(missing.length, 5);
    assert.ok(missing.every((fact) => fact.eventRef.startsWith('missing:2024-Q1:') && !fact.provisional));
  });

  test('the first quarter compares with nothing; the second shows changed lights, new cards and score deltas', async () => {
    const first = ok<Diff>(await call('supervisor', 'GET', '/api/periods/2024/2024-Q1/diff'));
    assert.equal(first.previousPeriod, null);
    assert.ok(first.lightsChanged.every((change) => change.from === null));
    await file(call, deps.clock, {
      unit: 'ww',
      taskId: fx.task(11),
      period: '2024-Q2',
      signOffAt: '2024-07-01T02:00:00Z',
    });
    deps.clock.set(new Date('2024-07-20T02:00:00Z'));
    const card = {
      taskId: fx.task(1),
      unitId: fx.unit('市经信局'),
      period: '2024-Q2',
      color: 'yellow',
      reason: '未报',
      rectifyBy: '2024-07-30',
    };
    const issued = ok<{ card: { id: number } }>(await call('supervisor', 'POST', '/api/cards', card)).card;
    ok(await call('supervisor', 'POST', '/api/periods/2024/2024-Q2/close'));
    const diff = ok<Diff>(await call('leader', 'GET', '/api/periods/2024/2024-Q2/diff'));
    assert.equal(diff.previousPeriod, '2024-Q1');
    const ww = diff.lightsChanged.find((change) => change.unitId === fx.unit('无为市'));
    assert.deepEqual([ww?.from, ww?.to], ['red', 'green']);
    const fgw = diff.lightsChanged.find(
      (change) => change.unitId === fx.unit('市发改委') && change.taskId === fx.task(1),
    );
    assert.deepEqual([fgw?.from, fgw?.to], ['green', 'red']);
    assert.deepEqual(
      diff.newCards.map((entry) => entry.id),
      [issued.id],
    );
    const jxj = diff.scoreDeltas.find((delta) => delta.unitId === fx.unit('市经信局'));
    // Q1 closed, Q2 begun (4 owed): 100 − 20×1/4 late − 40×1/4 missing = 85.0. Q2 closed, Q3
    // begun (6 owed): 100 − 20×1/6 − 40×3/6 (two Q2 filings missing) − 20×1/6 yellow = 73.4.
    assert.deepEqual([jxj?.before, jxj?.after, jxj?.delta], [850, 734, -116]);
  });

  test('the burden meter counts forms and fields per unit and quarter, and asks for no screenshots', async () => {
    const all = ok<{
      statement: string;
      rows: {
        unitName: string;
        period: string;
        forms: number;
        formFields: number;
        indicatorFields: number;
        fields: number;
      }[];
    }>(await call('leader', 'GET', '/api/burden?year=2024&period=2024-Q2'));
    assert.match(all.statement, /截图/);
    const fgw = all.rows.find((row) => row.unitName === '市发改委');
    assert.deepEqual([fgw?.forms, fgw?.formFields, fgw?.indicatorFields, fgw?.fields], [2, 12, 1, 13]);
    assert.equal(all.rows.length, 5);
    const own = ok<{ rows: { unitName: string }[] }>(
      await call('nl.reporter', 'GET', '/api/burden?year=2024'),
    );
    assert.deepEqual([...new Set(own.rows.map((row) => row.unitName))], ['南陵县']);
    assert.equal(own.rows.length, 4);
    assert.equal(
      (await call('nl.reporter', 'GET', `/api/burden?year=2024&unitId=${fx.unit('市发改委')}`)).statusCode,
      403,
    );
  });
});
