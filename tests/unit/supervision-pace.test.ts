import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Comparator, Indicator } from '../../src/core/plan/plan.types.ts';
import { measureOf } from '../../src/core/supervision/indicator-measure.ts';
import { elapsedShareAtPeriodEnd, PACE_LABELS, paceOf } from '../../src/core/supervision/pace.ts';

function indicator(
  metric: string,
  value: number,
  unit: string,
  comparator: Comparator,
  raw: string,
): Indicator {
  return { metric, value, unit, comparator, stretch: false, raw };
}

const FIRST_LOANS = indicator('新增小微企业首贷户', 2500, '家', 'ge', '2500家以上');
const GDP = indicator('地区生产总值增长', 7.5, '%', 'approx', '增长7.5%左右');
const RAIL = indicator('铁路货运量增长', 10, '%', 'ge', '增长10%以上');
const LOGISTICS = indicator('社会物流总费用与GDP比率', 12.5, '%', 'le', '降至12.5%');
const CONTAINERS = indicator('集装箱吞吐量', 1_550_000, '标箱', 'gt', '突破155万标箱');
const PROJECTS = indicator('推动实施重点项目', 921, '个', 'eq', '921个');
const COMMITTEES = indicator('业委会组建率', 98, '%', 'ge', '提高至98%');
const ACCIDENTS = indicator('生产安全事故起数', 10, '起', 'le', '控制在10起以内');
const ABOUT_THOUSAND = indicator('新增充电桩', 1000, '个', 'approx', '1000个左右');

describe('pace of rising cumulative targets (pro-rated by the elapsed share)', () => {
  test('below target × elapsed share is 欠进度, and the explanation shows the arithmetic', () => {
    const result = paceOf({ indicator: FIRST_LOANS, actual: 1200, elapsedShare: 0.5 });
    assert.equal(result.pace, 'behind');
    assert.equal(result.label, '欠进度');
    assert.equal(result.expected, 1250);
    assert.equal(result.explanation, '实际1200家,按进度应达1250家(全年2500家×50%)');
  });

  test('at or within 5% above the pro-rated target is 达进度; beyond that is 超进度', () => {
    assert.equal(paceOf({ indicator: FIRST_LOANS, actual: 1250, elapsedShare: 0.5 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: FIRST_LOANS, actual: 1312, elapsedShare: 0.5 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: FIRST_LOANS, actual: 1313, elapsedShare: 0.5 }).pace, 'ahead');
  });

  test('reaching the full-year target before the year ends is 已完成', () => {
    const result = paceOf({ indicator: FIRST_LOANS, actual: 2600, elapsedShare: 0.75 });
    assert.equal(result.pace, 'achieved');
    assert.equal(result.explanation, '实际2600家,已达到全年目标(2500家以上)');
  });

  test('an exact target (921个) is achieved by 921 or more', () => {
    assert.equal(paceOf({ indicator: PROJECTS, actual: 921, elapsedShare: 0.5 }).pace, 'achieved');
    assert.equal(paceOf({ indicator: PROJECTS, actual: 930, elapsedShare: 0.5 }).pace, 'achieved');
  });

  test('突破 (gt) needs more than the target: exactly the target at year end is 欠进度', () => {
    assert.equal(paceOf({ indicator: CONTAINERS, actual: 1_550_000, elapsedShare: 1 }).pace, 'behind');
    assert.equal(paceOf({ indicator: CONTAINERS, actual: 1_550_001, elapsedShare: 1 }).pace, 'achieved');
  });

  test('large amounts are explained in 万 and 亿 as the notice writes them', () => {
    const result = paceOf({ indicator: CONTAINERS, actual: 700_000, elapsedShare: 0.5 });
    assert.equal(result.explanation, '实际70万标箱,按进度应达77.5万标箱(全年155万标箱×50%)');
  });

  test('at the start of the year nothing is expected yet', () => {
    assert.equal(paceOf({ indicator: FIRST_LOANS, actual: 0, elapsedShare: 0 }).pace, 'on_pace');
  });
});

describe('pace of growth-rate targets (compared directly, never pro-rated)', () => {
  test('增长7.5%左右 accepts 7.0..8.0 as 达进度 mid-year, below is 欠进度, above is 超进度', () => {
    assert.equal(paceOf({ indicator: GDP, actual: 7.2, elapsedShare: 0.5 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: GDP, actual: 7.0, elapsedShare: 0.5 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: GDP, actual: 6.9, elapsedShare: 0.5 }).pace, 'behind');
    assert.equal(paceOf({ indicator: GDP, actual: 8.1, elapsedShare: 0.5 }).pace, 'ahead');
  });

  test('a growth rate meeting its target mid-year is only on pace: it is settled at year end', () => {
    assert.equal(paceOf({ indicator: GDP, actual: 7.6, elapsedShare: 0.75 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: GDP, actual: 7.1, elapsedShare: 1 }).pace, 'achieved');
    assert.equal(paceOf({ indicator: GDP, actual: 6.9, elapsedShare: 1 }).pace, 'behind');
  });

  test('the growth explanation names the tolerance and says it is not pro-rated', () => {
    const result = paceOf({ indicator: GDP, actual: 7.2, elapsedShare: 0.5 });
    assert.equal(result.expected, 7.5);
    assert.equal(
      result.explanation,
      '实际7.2%,对照全年目标增长7.5%左右(允许±0.5个百分点),增速类指标不按时间折算',
    );
  });

  test('增长10%以上 has no shortfall band: 9.9% is 欠进度, 10% is 达进度', () => {
    assert.equal(paceOf({ indicator: RAIL, actual: 9.9, elapsedShare: 0.25 }).pace, 'behind');
    assert.equal(paceOf({ indicator: RAIL, actual: 10, elapsedShare: 0.25 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: RAIL, actual: 10, elapsedShare: 1 }).pace, 'achieved');
  });

  test('a tolerance given by the caller replaces the default', () => {
    const tight = { kind: 'absolute', value: 0.1 } as const;
    assert.equal(paceOf({ indicator: GDP, actual: 7.3, elapsedShare: 0.5, tolerance: tight }).pace, 'behind');
  });
});

describe('pace of falling targets (降至, 控制在…以内)', () => {
  test('without a baseline a level above target is 欠进度, at or below it is 已完成', () => {
    const behind = paceOf({ indicator: LOGISTICS, actual: 13.1, elapsedShare: 0.5 });
    assert.equal(behind.pace, 'behind');
    assert.equal(behind.explanation, '实际13.1%,目标降至12.5%(未提供基数,直接对照目标)');
    assert.equal(paceOf({ indicator: LOGISTICS, actual: 12.5, elapsedShare: 0.5 }).pace, 'achieved');
  });

  test('with a baseline the level follows a straight line from baseline to target', () => {
    const input = { indicator: LOGISTICS, elapsedShare: 0.5, baseline: 13.3 };
    const behind = paceOf({ ...input, actual: 13.1 });
    assert.equal(behind.pace, 'behind');
    assert.ok(Math.abs(behind.expected - 12.9) < 1e-9);
    assert.equal(behind.explanation, '实际13.1%,按进度应降至12.9%(基数13.3%→目标12.5%,时间已过50%)');
    assert.equal(paceOf({ ...input, actual: 12.9 }).pace, 'on_pace');
    assert.equal(
      paceOf({ ...input, actual: 12.7, tolerance: { kind: 'absolute', value: 0.1 } }).pace,
      'ahead',
    );
  });

  test('a cap on a running total is judged against its pro-rated budget and settled at year end', () => {
    assert.equal(paceOf({ indicator: ACCIDENTS, actual: 6, elapsedShare: 0.5 }).pace, 'behind');
    assert.equal(paceOf({ indicator: ACCIDENTS, actual: 5, elapsedShare: 0.5 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: ACCIDENTS, actual: 0, elapsedShare: 0.5 }).pace, 'ahead');
    assert.equal(paceOf({ indicator: ACCIDENTS, actual: 9, elapsedShare: 1 }).pace, 'achieved');
    assert.equal(paceOf({ indicator: ACCIDENTS, actual: 11, elapsedShare: 1 }).pace, 'behind');
  });
});

describe('pace of rising levels and approximate counts', () => {
  test('a rate raised to a level is compared with the target unless a baseline is given', () => {
    assert.equal(paceOf({ indicator: COMMITTEES, actual: 96, elapsedShare: 0.5 }).pace, 'behind');
    const withBaseline = paceOf({ indicator: COMMITTEES, actual: 96, elapsedShare: 0.5, baseline: 90 });
    assert.equal(withBaseline.expected, 94);
    assert.equal(withBaseline.pace, 'ahead');
  });

  test('左右 on a count accepts ±5% of the expected figure, and the explanation says so', () => {
    assert.equal(paceOf({ indicator: ABOUT_THOUSAND, actual: 480, elapsedShare: 0.5 }).pace, 'on_pace');
    assert.equal(paceOf({ indicator: ABOUT_THOUSAND, actual: 470, elapsedShare: 0.5 }).pace, 'behind');
    assert.equal(paceOf({ indicator: ABOUT_THOUSAND, actual: 950, elapsedShare: 1 }).pace, 'achieved');
    assert.equal(paceOf({ indicator: ABOUT_THOUSAND, actual: 940, elapsedShare: 1 }).pace, 'behind');
    assert.equal(
      paceOf({ indicator: ABOUT_THOUSAND, actual: 470, elapsedShare: 0.5 }).explanation,
      '实际470个,按进度应达500个(全年1000个×50%)(允许±5%)',
    );
  });

  test('an explicit measure overrides the one read from the metric', () => {
    const result = paceOf({ indicator: COMMITTEES, actual: 50, elapsedShare: 0.5, measure: 'cumulative' });
    assert.equal(result.pace, 'ahead');
  });
});

describe('measures read from the seed notice’s indicators', () => {
  const seed = JSON.parse(
    readFileSync(new URL('../fixtures/seed-indicators.json', import.meta.url), 'utf8'),
  ) as Record<string, Indicator[]>;
  const byMetric = (metric: string): Indicator => {
    const found = Object.values(seed)
      .flat()
      .find((entry) => entry.metric === metric);
    assert.ok(found, `the seed has ${metric}`);
    return found;
  };

  test('growth words with % or 百分点 are growth rates', () => {
    const metrics = [
      '地区生产总值增长',
      '进出口总额增长',
      '铁路货运量增长',
      '绿色贷款增速高于各类贷款平均增速',
    ];
    for (const metric of metrics) assert.equal(measureOf(byMetric(metric)), 'growth', metric);
  });

  test('rates, shares, balances and capacities are levels', () => {
    const metrics = [
      '首位产业规模占全省',
      '社会物流总费用与GDP比率',
      '业委会组建率',
      '信用贷余额',
      '能源总发电装机',
    ];
    for (const metric of metrics) assert.equal(measureOf(byMetric(metric)), 'level', metric);
  });

  test('new counts and amounts are cumulative', () => {
    const metrics = [
      '新增小微企业首贷户',
      '新增政银担',
      '推动实施重点项目',
      '集装箱吞吐量',
      '新材料产业规模',
    ];
    for (const metric of metrics) assert.equal(measureOf(byMetric(metric)), 'cumulative', metric);
  });
});

describe('pace inputs and helpers', () => {
  test('an elapsed share outside 0..1 is refused', () => {
    assert.throws(() => paceOf({ indicator: GDP, actual: 7, elapsedShare: 1.2 }), {
      code: 'pace.invalid_elapsed_share',
      kind: 'invalid',
    });
  });

  test('a figure that is not a number is refused', () => {
    assert.throws(() => paceOf({ indicator: GDP, actual: Number.NaN, elapsedShare: 0.5 }), {
      code: 'pace.invalid_actual',
    });
  });

  test('a quarter’s end is a quarter of the year per quarter', () => {
    assert.equal(elapsedShareAtPeriodEnd('2024-Q1'), 0.25);
    assert.equal(elapsedShareAtPeriodEnd('2024-Q2'), 0.5);
    assert.equal(elapsedShareAtPeriodEnd('2024-Q4'), 1);
  });

  test('each pace has its Chinese label', () => {
    assert.deepEqual(PACE_LABELS, {
      behind: '欠进度',
      on_pace: '达进度',
      ahead: '超进度',
      achieved: '已完成',
    });
  });
});
