import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp } from './support/http.ts';
import { caller, code, file, ok, seedSupervision, type Call } from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Quality {
  stockPhrases: string[];
  vagueShareThreshold: number;
  repeatedThreshold: number;
  [field: string]: unknown;
}
interface Settings {
  year: number;
  isDefault: boolean;
  quality: Quality;
}
interface ReportFlags {
  filing: { flags: { kind: string; message: string }[] } | null;
}

const URL = '/api/plans/2024/quality-rules';
/** Words of the day's political style, none of them in the shipped stock-phrase list. */
const SLOGANS = ['守正创新', '踔厉奋发', '勇毅前行'];

describe(`the office's quality settings, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let call: Call;
  let reportId = 0;

  const settings = async (login = 'supervisor') => ok<Settings>(await call(login, 'GET', URL));
  const kinds = async () =>
    (ok<ReportFlags>(await call('supervisor', 'GET', `/api/reports/${reportId}/quality`)).filing?.flags ?? [])
      .map((flag) => flag.kind)
      .sort();

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    const fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    reportId = await file(call, deps.clock, {
      unit: 'czj',
      taskId: fx.task(1),
      period: '2024-Q2',
      signOffAt: '2024-07-01T03:00:00Z',
      content: {
        progress: '守正创新,踔厉奋发,勇毅前行,拨付专项资金3.2亿元。',
        percentComplete: 50,
      },
    });
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('the plan starts with the shipped settings, which the office and the admin may read', async () => {
    const shipped = await settings();
    assert.equal(shipped.year, 2024);
    assert.equal(shipped.isDefault, true);
    assert.ok(shipped.quality.stockPhrases.includes('稳步推进'));
    assert.deepEqual(await settings('admin'), shipped);
    assert.equal((await call('leader', 'GET', URL)).statusCode, 403);
  });

  test('a changed phrase list changes the flags raised, and the change is audited with the old list', async () => {
    assert.deepEqual(await kinds(), [], 'the slogans are not stock phrases yet');
    const shipped = (await settings()).quality;

    const withSlogans = { ...shipped, stockPhrases: [...shipped.stockPhrases, ...SLOGANS] };
    const saved = ok<Settings>(await call('supervisor', 'PUT', URL, withSlogans));
    assert.equal(saved.isDefault, false);
    assert.deepEqual(saved.quality.stockPhrases.slice(-3), SLOGANS);
    assert.deepEqual(await kinds(), ['vague'], 'the same filing is now judged with the new list');
    const flags = ok<ReportFlags>(await call('czj.reporter', 'GET', `/api/reports/${reportId}/quality`));
    assert.match(flags.filing?.flags[0]?.message ?? '', /守正创新/, 'the unit sees the same flag');

    const stricter = { ...withSlogans, vagueShareThreshold: 0.9 };
    ok<Settings>(await call('admin', 'PUT', URL, stricter));
    assert.deepEqual(await kinds(), [], 'a higher threshold lets the filing pass');

    ok<Settings>(await call('supervisor', 'PUT', URL, shipped));
    assert.deepEqual(await kinds(), []);
    assert.equal((await settings()).isDefault, true);

    const audit = await testDb.store.repos.auditLog.find({ entityType: 'plan' }, { offset: 0, limit: 20 });
    const changes = audit.events.filter((event) => event.action === 'plan_rules.quality_update');
    assert.equal(changes.length, 3);
    const first = changes.find((event) => event.actorLogin === 'supervisor' && !isShipped(event.after));
    assert.ok(first, 'the first change is in the trail');
    assert.deepEqual(
      (first.before as Quality).stockPhrases,
      shipped.stockPhrases,
      'the previous list is kept',
    );
    assert.deepEqual((first.after as Quality).stockPhrases.slice(-3), SLOGANS);

    function isShipped(value: unknown): boolean {
      return (value as Quality).stockPhrases.length === shipped.stockPhrases.length;
    }
  });

  test('the rest of the plan rules stay as they were', async () => {
    const before = ok<{ rules: Record<string, unknown> }>(
      await call('admin', 'GET', '/api/plans/2024/rules'),
    );
    const shipped = (await settings()).quality;
    ok(await call('supervisor', 'PUT', URL, { ...shipped, repeatedThreshold: 0.8 }));
    const afterChange = ok<{ rules: Record<string, unknown> & { quality: Quality } }>(
      await call('admin', 'GET', '/api/plans/2024/rules'),
    );
    const { quality, ...rest } = afterChange.rules;
    const { quality: _old, ...restBefore } = before.rules;
    assert.deepEqual(rest, restBefore);
    assert.equal(quality.repeatedThreshold, 0.8);
    ok(await call('supervisor', 'PUT', URL, shipped));
  });

  test('bad settings are refused with a clear error and change nothing', async () => {
    const current = (await settings()).quality;
    const bad: [string, object][] = [
      ['a one-character phrase', { stockPhrases: ['稳'] }],
      ['a phrase too long', { stockPhrases: ['稳'.repeat(31)] }],
      ['a phrase twice', { stockPhrases: ['稳步推进', '稳步推进'] }],
      ['too many phrases', { stockPhrases: Array.from({ length: 301 }, (_, i) => `套话${i}`) }],
      ['a threshold of zero', { vagueShareThreshold: 0 }],
      ['a threshold above one', { repeatedThreshold: 1.2 }],
      ['a fractional span', { minSharedSpan: 2.5 }],
      ['a field the settings do not have', { lights: {} }],
      ['a missing field', { stockPhrases: undefined }],
    ];
    for (const [what, change] of bad) {
      const answer = await call('supervisor', 'PUT', URL, { ...current, ...change });
      assert.equal(answer.statusCode, 400, what);
      assert.ok(code(answer), `${what}: an error code`);
    }
    assert.deepEqual((await settings()).quality, current);
    assert.equal((await call('supervisor', 'PUT', '/api/plans/1999/quality-rules', current)).statusCode, 404);
  });

  test('units and leaders may neither read nor change the settings', async () => {
    const current = (await settings()).quality;
    for (const login of ['leader', 'jxj.reporter', 'jxj.approver', 'czj.reporter']) {
      assert.equal((await call(login, 'GET', URL)).statusCode, 403, login);
      assert.equal((await call(login, 'PUT', URL, { ...current, stockPhrases: [] })).statusCode, 403, login);
    }
    assert.equal((await deps.app.inject({ method: 'GET', url: URL })).statusCode, 401);
    assert.deepEqual((await settings()).quality, current);
  });
});
