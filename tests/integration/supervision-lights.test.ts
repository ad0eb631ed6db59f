import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_PLAN_RULES } from '../../src/core/supervision/plan-rules.ts';
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

interface Light {
  task: { seq: number };
  unit: { id: number; name: string };
  light: 'green' | 'yellow' | 'red';
  reasons: string[];
  matches: { ruleKey: string }[];
  dueOn: string;
  shiftedFrom: string | null;
  returnCount: number;
  indicators: { pace: string; explanation: string }[];
}
interface Lights {
  tally: { green: number; yellow: number; red: number };
  lights: Light[];
}

describe(`computed lights and the plan's rules on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;

  const lightsOf = async (login: string, query: string) =>
    ok<Lights>(await call(login, 'GET', `/api/lights?${query}`)).lights;
  const find = (lights: Light[], seq: number, unit: string) => {
    const light = lights.find((entry) => entry.task.seq === seq && entry.unit.name === unit);
    assert.ok(light, `a light for task ${seq} of ${unit}`);
    return light;
  };

  let czjLate = 0;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    const t1 = fx.task(1);
    const t12 = fx.task(12);
    await file(call, deps.clock, {
      unit: 'jxj',
      taskId: t1,
      period: '2024-Q2',
      signOffAt: '2024-07-01T02:00:00Z',
      content: { indicatorActuals: [{ indicatorId: fx.indicatorId, value: 7.2 }] },
    });
    czjLate = await file(call, deps.clock, {
      unit: 'czj',
      taskId: t1,
      period: '2024-Q2',
      signOffAt: '2024-07-07T02:00:00Z',
    });
    await file(call, deps.clock, {
      unit: 'czj',
      taskId: t12,
      period: '2024-Q2',
      lead: true,
      signOffAt: '2024-07-02T02:00:00Z',
      content: { percentComplete: 20 },
    });
    const twiceReturned = await file(call, deps.clock, {
      unit: 'fgw',
      taskId: t12,
      period: '2024-Q2',
      signOffAt: '2024-07-03T02:00:00Z',
    });
    await returnAndRefile(call, 'fgw', twiceReturned);
    await returnAndRefile(call, 'fgw', twiceReturned);
    deps.clock.set(new Date('2024-07-15T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('a filing on time with its indicator on pace is green, and says why', async () => {
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 1, '市经信局');
    assert.equal(light.light, 'green');
    assert.deepEqual(light.reasons, ['二季度已按期填报', '完成50%,时间已过50%', '未触发预警规则']);
    assert.equal(light.indicators[0]?.pace, 'on_pace');
  });

  test('a filing two days late is yellow with the days in its reason', async () => {
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 1, '市财政局');
    assert.equal(light.light, 'yellow');
    assert.deepEqual(light.reasons, ['二季度填报逾期2天']);
  });

  test('a lead report still missing ten days after the due date is red', async () => {
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 1, '市发改委');
    assert.equal(light.light, 'red');
    assert.ok(light.reasons.includes('二季度填报截止2024-07-05,已逾期10天未报'), light.reasons.join('|'));
  });

  test('percent complete 30 points behind the calendar is red', async () => {
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 12, '市财政局');
    assert.equal(light.light, 'red');
    assert.deepEqual(light.reasons, ['完成20%,时间已过50%,落后30个百分点']);
  });

  test('a report returned twice is red and counts its returns', async () => {
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 12, '市发改委');
    assert.equal(light.returnCount, 2);
    assert.equal(light.light, 'red');
    assert.deepEqual(
      light.matches.map((match) => match.ruleKey),
      ['report.returned_twice', 'report.returned'],
    );
  });

  test('a unit sees only its own lights; the office and leaders see every unit', async () => {
    const own = await lightsOf('czj.reporter', 'period=2024-Q2');
    assert.ok(own.length > 0 && own.every((light) => light.unit.name === '市财政局'));
    const other = await call(
      'czj.reporter',
      'GET',
      `/api/lights?period=2024-Q2&unitId=${fx.unit('市发改委')}`,
    );
    assert.equal(other.statusCode, 403);
    const all = ok<Lights>(await call('leader', 'GET', '/api/lights?period=2024-Q2'));
    assert.equal(all.lights.length, 8);
    assert.equal(all.tally.green + all.tally.yellow + all.tally.red, 8);
    assert.equal((await call(null, 'GET', '/api/lights?period=2024-Q2')).statusCode, 401);
  });

  test('every signed-in account reads the rules; the defaults until the admin sets them', async () => {
    const rules = ok<{ isDefault: boolean; rules: typeof DEFAULT_PLAN_RULES }>(
      await call('ww.reporter', 'GET', '/api/plans/2024/rules'),
    );
    assert.equal(rules.isDefault, true);
    assert.deepEqual(rules.rules, JSON.parse(JSON.stringify(DEFAULT_PLAN_RULES)));
    assert.equal((await call(null, 'GET', '/api/plans/2024/rules')).statusCode, 401);
  });

  test('only the admin changes the rules, and a changed rule changes the lights', async () => {
    const stricter = {
      ...DEFAULT_PLAN_RULES,
      lights: {
        rules: DEFAULT_PLAN_RULES.lights.rules.map((rule) =>
          rule.key === 'filing.very_late' ? { ...rule, when: { kind: 'filed_late', minDays: 2 } } : rule,
        ),
      },
    };
    assert.equal((await call('supervisor', 'PUT', '/api/plans/2024/rules', stricter)).statusCode, 403);
    const saved = ok<{ isDefault: boolean }>(await call('admin', 'PUT', '/api/plans/2024/rules', stricter));
    assert.equal(saved.isDefault, false);
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 1, '市财政局');
    assert.equal(light.light, 'red');
    const audit = await deps.store.repos.audit.findForEntity('plan', '1');
    assert.ok(audit.some((event) => event.action === 'plan_rules.update'));
  });

  test('rules that contradict themselves are refused with the field at fault', async () => {
    const twice = {
      ...DEFAULT_PLAN_RULES,
      lights: { rules: [DEFAULT_PLAN_RULES.lights.rules[0], DEFAULT_PLAN_RULES.lights.rules[0]] },
    };
    const duplicate = await call('admin', 'PUT', '/api/plans/2024/rules', twice);
    assert.equal(duplicate.statusCode, 400);
    assert.equal(code(duplicate), 'rules.invalid_light_rule');
    const cheapRed = { ...DEFAULT_PLAN_RULES, scoring: { ...DEFAULT_PLAN_RULES.scoring, redCard: 5 } };
    const red = await call('admin', 'PUT', '/api/plans/2024/rules', cheapRed);
    assert.equal(code(red), 'assessment.invalid_rules');
    const backwards = {
      ...DEFAULT_PLAN_RULES,
      escalation: { ...DEFAULT_PLAN_RULES.escalation, supervisionOrderDaysOverdue: [10, 5] },
    };
    assert.equal(
      code(await call('admin', 'PUT', '/api/plans/2024/rules', backwards)),
      'escalation.invalid_config',
    );
    const extra = await call('admin', 'PUT', '/api/plans/2024/rules', {
      ...DEFAULT_PLAN_RULES,
      colour: 'red',
    });
    assert.equal(extra.statusCode, 400);
  });

  test('with the calendar rule on, a due date on a weekend in the National Day holiday moves to the next working day', async () => {
    ok(
      await call('admin', 'PUT', '/api/plans/2024/periods/2024-Q3', {
        opensOn: '2024-07-01',
        dueOn: '2024-10-05',
      }),
    );
    const holidays = ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'];
    const calendar = { shiftOffDays: true, holidays, workdays: ['2024-10-12'] };
    ok(await call('admin', 'PUT', '/api/plans/2024/rules', { ...DEFAULT_PLAN_RULES, calendar }));
    const id = await file(call, deps.clock, {
      unit: 'jxj',
      taskId: fx.task(1),
      period: '2024-Q3',
      signOffAt: '2024-10-08T09:00:00Z',
      content: { percentComplete: 80 },
    });
    const report = ok<{ report: { late: boolean } }>(await call('jxj.reporter', 'GET', `/api/reports/${id}`));
    assert.equal(report.report.late, false);
    const light = find(await lightsOf('supervisor', 'period=2024-Q3'), 1, '市经信局');
    assert.equal(light.dueOn, '2024-10-08');
    assert.equal(light.shiftedFrom, '2024-10-05');
    assert.equal(light.light, 'green');
  });

  test('one calendar: plan, worklist and task pages give each period the same state on the same day', async () => {
    deps.clock.set(new Date('2024-07-15T02:00:00Z'));
    const plan = ok<{ periods: { key: string; state: string; stateLabel: string }[] }>(
      await call('czj.reporter', 'GET', '/api/plans/2024'),
    );
    assert.deepEqual(
      plan.periods.map((period) => [period.key, period.state, period.stateLabel]),
      [
        ['2024-Q1', 'due', '已截止'],
        ['2024-Q2', 'due', '已截止'],
        ['2024-Q3', 'open', '填报中'],
        ['2024-Q4', 'scheduled', '未开始'],
      ],
    );
    const worklist = ok<{ period: { state: string } }>(
      await call('czj.reporter', 'GET', '/api/worklist?period=2024-Q2'),
    );
    const task = ok<{ period: { state: string } }>(
      await call('czj.reporter', 'GET', `/api/tasks/${fx.task(1)}/periods/2024-Q2`),
    );
    assert.deepEqual([worklist.period.state, task.period.state], ['due', 'due']);
  });

  test('once the office accepts a late report its light turns green, and the reason names the lateness', async () => {
    deps.clock.set(new Date('2024-07-15T02:00:00Z'));
    ok(await call('admin', 'PUT', '/api/plans/2024/rules', DEFAULT_PLAN_RULES));
    ok(await call('supervisor', 'POST', `/api/reports/${czjLate}/accept`));
    const light = find(await lightsOf('supervisor', 'period=2024-Q2'), 1, '市财政局');
    assert.equal(light.light, 'green');
    assert.ok(light.reasons.includes('二季度填报逾期2天,报告已采纳,逾期已计入考核'), light.reasons.join('|'));
  });
});
