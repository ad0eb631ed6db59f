import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp } from './support/http.ts';
import {
  caller,
  code,
  file,
  ok,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Flag {
  kind: string;
  label: string;
  message: string;
  dismissal: { reason: string; by: string | null; at: string } | null;
  evidence?: { kind: string; previous?: number; current?: number; subject?: string };
}
interface Filing {
  reportId: number;
  unitName: string;
  rev: number;
  contentRev: number;
  flags: Flag[];
}
interface ReportFlags {
  filing: Filing | null;
}
interface PeriodFlags {
  filings: Filing[];
}

const kinds = (filing: Filing | null | undefined) => (filing?.flags ?? []).map((flag) => flag.kind).sort();
const flagOf = (filing: Filing | null | undefined, kind: string) => {
  const flag = filing?.flags.find((candidate) => candidate.kind === kind);
  assert.ok(flag, `a ${kind} flag`);
  return flag;
};

describe(`quality flags on filings, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  /** 市经信局's input on task 1 for 2024-Q2: GDP growth 7% last quarter, 6% now
   * against 7.5% for the year, 已完成 without evidence. */
  let flagged = 0;
  let clean = 0;

  const reportFlags = async (login: string, reportId: number) =>
    ok<ReportFlags>(await call(login, 'GET', `/api/reports/${reportId}/quality`)).filing;
  const dismiss = (login: string, reportId: number, flag: string, reason: string) =>
    call(login, 'POST', `/api/reports/${reportId}/quality/${flag}/dismiss`, { reason });

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    const taskId = fx.task(1);
    await file(call, deps.clock, {
      unit: 'jxj',
      taskId,
      period: '2024-Q1',
      signOffAt: '2024-04-01T02:00:00Z',
      content: {
        progress: '一季度完成项目前期工作12项,开工建设3个项目。',
        percentComplete: 60,
        indicatorActuals: [{ indicatorId: fx.indicatorId, value: 7 }],
      },
    });
    flagged = await file(call, deps.clock, {
      unit: 'jxj',
      taskId,
      period: '2024-Q2',
      signOffAt: '2024-07-01T02:00:00Z',
      content: {
        progress: '二季度新开工项目5个,完成投资8亿元。',
        percentComplete: 100,
        selfStatus: 'completed',
        indicatorActuals: [{ indicatorId: fx.indicatorId, value: 6 }],
      },
    });
    clean = await file(call, deps.clock, {
      unit: 'czj',
      taskId,
      period: '2024-Q2',
      signOffAt: '2024-07-01T03:00:00Z',
      content: { progress: '拨付专项资金3.2亿元,支持项目18个。', percentComplete: 50 },
    });
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test("the office sees a quarter's flags per filing and one filing's flags with their evidence", async () => {
    const list = ok<PeriodFlags>(await call('supervisor', 'GET', '/api/quality/flags?period=2024-Q2'));
    const mine = list.filings.find((filing) => filing.reportId === flagged);
    assert.deepEqual(kinds(mine), ['indicatorOffPace', 'regression', 'unsupportedCompletion']);
    assert.deepEqual(kinds(list.filings.find((filing) => filing.reportId === clean)), []);
    assert.equal(flagOf(mine, 'regression').label, '进度倒退');
    assert.equal(flagOf(mine, 'regression').evidence, undefined, 'the list leaves the evidence out');

    const one = await reportFlags('leader', flagged);
    const regression = flagOf(one, 'regression');
    assert.deepEqual(
      {
        subject: regression.evidence?.subject,
        previous: regression.evidence?.previous,
        current: regression.evidence?.current,
      },
      { subject: 'indicator', previous: 7, current: 6 },
    );
    assert.equal(one?.unitName, '市经信局');
  });

  test('the office dismisses a flag with a required reason; the dismissal is audited and kept', async () => {
    assert.equal((await dismiss('supervisor', flagged, 'regression', '   ')).statusCode, 400);
    assert.equal((await dismiss('supervisor', flagged, 'noSuchFlag', '理由')).statusCode, 400);
    assert.equal(code(await dismiss('supervisor', flagged, 'vague', '理由')), 'quality.flag_not_raised');
    const answer = ok<ReportFlags>(
      await dismiss('supervisor', flagged, 'regression', '年中调整了统计口径,已电话核实'),
    );
    assert.equal(flagOf(answer.filing, 'regression').dismissal?.reason, '年中调整了统计口径,已电话核实');
    assert.equal(flagOf(answer.filing, 'unsupportedCompletion').dismissal, null);
    assert.equal(
      code(await dismiss('supervisor', flagged, 'regression', '再次')),
      'quality.already_dismissed',
    );

    const again = await reportFlags('supervisor', flagged);
    const kept = flagOf(again, 'regression').dismissal;
    assert.equal(kept?.reason, '年中调整了统计口径,已电话核实');
    assert.equal(kept?.by, 'supervisor');
    const list = ok<PeriodFlags>(await call('admin', 'GET', '/api/quality/flags?period=2024-Q2'));
    assert.ok(
      flagOf(
        list.filings.find((f) => f.reportId === flagged),
        'regression',
      ).dismissal,
    );

    const audit = await testDb.store.repos.auditLog.find(
      { entityType: 'report', entityId: String(flagged) },
      { offset: 0, limit: 5 },
    );
    const event = audit.events.find((entry) => entry.action === 'quality_flag.dismiss');
    assert.ok(event, 'the dismissal is in the audit trail');
    assert.equal(event.actorLogin, 'supervisor');
    assert.deepEqual(
      { ...(event.after as object), messages: undefined },
      {
        flag: 'regression',
        contentRev: again?.contentRev,
        reason: '年中调整了统计口径,已电话核实',
        messages: undefined,
      },
    );
  });

  test('units and leaders cannot dismiss a flag', async () => {
    for (const login of ['jxj.reporter', 'jxj.approver', 'czj.reporter', 'leader', 'admin']) {
      const answer = await dismiss(login, flagged, 'unsupportedCompletion', '理由');
      assert.equal(answer.statusCode, 403, login);
    }
    assert.equal(
      (
        await deps.app.inject({
          method: 'POST',
          url: `/api/reports/${flagged}/quality/vague/dismiss`,
          payload: { reason: 'x' },
        })
      ).statusCode,
      401,
    );
    assert.equal(flagOf(await reportFlags('supervisor', flagged), 'unsupportedCompletion').dismissal, null);
  });

  test("a unit sees its own filings' flags and never another unit's", async () => {
    const own = await reportFlags('jxj.reporter', flagged);
    assert.deepEqual(kinds(own), ['indicatorOffPace', 'regression', 'unsupportedCompletion']);
    assert.equal((await call('czj.reporter', 'GET', `/api/reports/${flagged}/quality`)).statusCode, 404);
    assert.equal((await call('czj.reporter', 'GET', `/api/reports/999999/quality`)).statusCode, 404);
    const other = await call(
      'czj.reporter',
      'GET',
      `/api/quality/flags?period=2024-Q2&unitId=${fx.unit('市经信局')}`,
    );
    assert.equal(other.statusCode, 403);
    const czjList = ok<PeriodFlags>(await call('czj.reporter', 'GET', '/api/quality/flags?period=2024-Q2'));
    assert.deepEqual(
      czjList.filings.map((filing) => filing.reportId),
      [clean],
    );
  });

  test('a unit sees the flags of its draft before submitting, judged on its current revision', async () => {
    const saved = ok<{ report: { id: number } }>(
      await call('jxj.reporter', 'PUT', `/api/tasks/${fx.task(1)}/periods/2024-Q3/unit-input`, {
        baseRev: 0,
        progress: '三季度推进项目建设,新开工项目2个。',
        selfStatus: 'on_track',
        percentComplete: 30,
      }),
    );
    const draft = await reportFlags('jxj.reporter', saved.report.id);
    const regression = flagOf(draft, 'regression');
    assert.deepEqual([regression.evidence?.previous, regression.evidence?.current], [100, 30]);
    // The office has no version of a draft to judge.
    assert.equal(await reportFlags('supervisor', saved.report.id), null);
  });

  test('a dismissal holds while the content stays; a new save is judged afresh', async () => {
    ok(await call('supervisor', 'POST', `/api/reports/${flagged}/return`, { reasons: '请补充佐证材料' }));
    const returned = await reportFlags('supervisor', flagged);
    assert.ok(flagOf(returned, 'regression').dismissal, 'a return does not change the content');

    const current = ok<{ report: { rev: number } }>(
      await call('jxj.reporter', 'GET', `/api/reports/${flagged}`),
    );
    const fixedUp = ok<{ report: { rev: number } }>(
      await call('jxj.reporter', 'PUT', `/api/tasks/${fx.task(1)}/periods/2024-Q2/unit-input`, {
        baseRev: current.report.rev,
        indicatorActuals: [{ indicatorId: fx.indicatorId, value: 5.5 }],
      }),
    );
    const draft = await reportFlags('jxj.reporter', flagged);
    assert.equal(draft?.rev, fixedUp.report.rev);
    assert.equal(draft?.contentRev, fixedUp.report.rev);
    assert.equal(flagOf(draft, 'regression').dismissal, null, 'the new content is judged afresh');
    ok(await call('jxj.reporter', 'POST', `/api/reports/${flagged}/submit`));
    ok(await call('jxj.approver', 'POST', `/api/reports/${flagged}/sign-off`));
    const refiled = await reportFlags('supervisor', flagged);
    assert.equal(refiled?.contentRev, fixedUp.report.rev);
    assert.equal(flagOf(refiled, 'regression').dismissal, null);
    assert.equal(flagOf(refiled, 'regression').evidence?.current, 5.5);
  });

  test('the office compares a task quarter over quarter, changes marked; units may not', async () => {
    interface Comparison {
      previousPeriod: string | null;
      units: {
        name: string;
        current: { percentComplete: number | null } | null;
        previous: { percentComplete: number | null } | null;
        changes: { field: string; runs: { kind: string; text: string }[] }[];
      }[];
    }
    const view = ok<Comparison>(
      await call('leader', 'GET', `/api/tasks/${fx.task(1)}/periods/2024-Q2/compare`),
    );
    assert.equal(view.previousPeriod, '2024-Q1');
    const jxj = view.units.find((unit) => unit.name === '市经信局');
    assert.deepEqual([jxj?.previous?.percentComplete, jxj?.current?.percentComplete], [60, 100]);
    const progress = jxj?.changes.find((change) => change.field === 'progress');
    const text = (kind: string) =>
      progress?.runs
        .filter((run) => run.kind !== kind)
        .map((run) => run.text)
        .join('');
    assert.equal(text('added'), '一季度完成项目前期工作12项,开工建设3个项目。');
    assert.equal(text('removed'), '二季度新开工项目5个,完成投资8亿元。');
    assert.ok(progress?.runs.some((run) => run.kind === 'added'));
    const czj = view.units.find((unit) => unit.name === '市财政局');
    assert.equal(czj?.previous, null);
    assert.equal(
      (await call('jxj.reporter', 'GET', `/api/tasks/${fx.task(1)}/periods/2024-Q2/compare`)).statusCode,
      403,
    );
  });

  test("the quality rules are the plan's rules: defaults first, changed by the admin, kept when left out", async () => {
    interface Rules {
      isDefault: boolean;
      rules: { quality: { repeatedThreshold: number; stockPhrases: string[] } } & Record<string, unknown>;
    }
    const before = ok<Rules>(await call('supervisor', 'GET', '/api/plans/2024/rules'));
    assert.ok(before.rules.quality.stockPhrases.length > 0);
    const changed = {
      ...before.rules,
      quality: { ...before.rules.quality, repeatedThreshold: 0.9, stockPhrases: ['稳步推进'] },
    };
    const saved = ok<Rules>(await call('admin', 'PUT', '/api/plans/2024/rules', changed));
    assert.deepEqual(saved.rules.quality.stockPhrases, ['稳步推进']);
    const { quality: _left, ...withoutQuality } = saved.rules;
    const kept = ok<Rules>(await call('admin', 'PUT', '/api/plans/2024/rules', withoutQuality));
    assert.equal(kept.rules.quality.repeatedThreshold, 0.9);
    const bad = { ...saved.rules, quality: { ...saved.rules.quality, repeatedThreshold: 1.5 } };
    assert.equal((await call('admin', 'PUT', '/api/plans/2024/rules', bad)).statusCode, 400);
    assert.equal((await call('supervisor', 'PUT', '/api/plans/2024/rules', changed)).statusCode, 403);
  });
});
