import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeQualityFlags, DEFAULT_QUALITY_RULES } from '../../src/core/quality/index.ts';
import type { QualityInput, QualityResult } from '../../src/core/quality/index.ts';

function filing(overrides: Partial<QualityInput>): QualityInput {
  return {
    kind: 'unit_input',
    unitName: '市住建局',
    period: '2024-Q3',
    progress: '筹集保障性租赁住房9860套。',
    selfStatus: 'on_track',
    percentComplete: 60,
    evidenceCount: 1,
    earlier: [{ period: '2024-Q2', progress: '筹集保障性租赁住房6120套。' }],
    peers: [{ unitName: '市房管中心', kind: 'unit_input', progress: '完成房源核查2300套。' }],
    indicators: [],
    previous: null,
    ...overrides,
  };
}

const run = (input: QualityInput): QualityResult => computeQualityFlags(input, DEFAULT_QUALITY_RULES);
const skippedReasons = (result: QualityResult) => new Set(result.skipped.map((entry) => entry.reason));

void test('an empty progress text skips the text rules with a reason', () => {
  const result = run(filing({ progress: '   ' }));
  assert.deepEqual(result.flags, []);
  const kinds = result.skipped.filter((entry) => entry.reason === 'emptyText').map((entry) => entry.kind);
  assert.deepEqual(kinds.sort(), ['copied', 'noFacts', 'repeated', 'vague']);
});

void test('a 200,000-character text is skipped as too long and still gets the figure rules', () => {
  const long = '完成投资3.2亿元,'.repeat(20_000);
  const result = run(
    filing({ progress: long, percentComplete: 40, previous: { period: '2024-Q2', percentComplete: 50 } }),
  );
  assert.ok(skippedReasons(result).has('tooLong'));
  assert.deepEqual(
    result.flags.map((flag) => flag.kind),
    ['regression'],
  );
});

void test('a text in another script is skipped, not called vague or empty of facts', () => {
  for (const progress of [
    'The project is progressing steadily.',
    'Проект идёт по плану.',
    'مشروع قيد التنفيذ',
  ]) {
    const result = run(filing({ progress }));
    assert.deepEqual(result.flags, [], progress);
    assert.ok(skippedReasons(result).has('otherScript'), progress);
  }
});

void test('full-width digits and Chinese numerals count as figures', () => {
  for (const progress of [
    '开展培训３２６０人次。',
    '收入增长百分之六。',
    '消费增长近三成。',
    '新增放款一千二百万元。',
  ]) {
    const kinds = run(filing({ progress })).flags.map((flag) => flag.kind);
    assert.ok(!kinds.includes('noFacts'), progress);
  }
});

void test('a target written in Chinese numerals or full-width digits is read for the pace', () => {
  for (const target of ['一般公共预算收入增长百分之五点五左右', '一般公共预算收入增长５.５%左右']) {
    const result = run(filing({ indicators: [{ indicatorId: 8, target, value: 3.1, previousValue: null }] }));
    const flag = result.flags.find((entry) => entry.kind === 'indicatorOffPace');
    assert.ok(flag, target);
    assert.equal(flag.evidence.kind === 'indicatorOffPace' && flag.evidence.target, 5.5);
  }
});

void test('an unreadable target, a bad period or a non-finite figure is skipped, not thrown', () => {
  const unreadable = run(
    filing({ indicators: [{ indicatorId: 1, target: '持续提升', value: 3, previousValue: 2 }] }),
  );
  assert.ok(skippedReasons(unreadable).has('unreadableTarget'));
  const badPeriod = run(
    filing({
      period: '2024年三季度',
      indicators: [{ indicatorId: 1, target: '增长6%', value: 3, previousValue: null }],
    }),
  );
  assert.ok(skippedReasons(badPeriod).has('invalidPeriod'));
  const nan = run(
    filing({ indicators: [{ indicatorId: 1, target: '增长6%', value: Number.NaN, previousValue: 2 }] }),
  );
  assert.ok(skippedReasons(nan).has('invalidValue'));
});

void test('random text, figures and shapes never make the rules throw', () => {
  let seed = 20_240_409;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const alphabet = [
    '推进',
    '完成',
    '已完成',
    '3',
    '５',
    '.',
    '%',
    '亿元',
    '三成',
    '百分之',
    '《',
    '》',
    '\n',
    ' ',
    'é',
    '😀',
    '\uD800',
    '项目',
    '稳步推进',
    '月',
    '日',
    '、',
    '1、',
  ];
  const text = (): string =>
    Array.from(
      { length: Math.floor(random() * 60) },
      () => alphabet[Math.floor(random() * alphabet.length)],
    ).join('');
  const numberOrJunk = (): number | null =>
    [null, Number.NaN, Infinity, -1, 0, 100, random() * 1e9][Math.floor(random() * 7)] ?? null;
  for (let i = 0; i < 500; i += 1) {
    const input = filing({
      progress: text(),
      problems: text(),
      percentComplete: numberOrJunk(),
      evidenceCount: numberOrJunk() ?? 0,
      selfStatus: random() < 0.5 ? 'completed' : 'on_track',
      earlier: [{ period: random() < 0.5 ? '2024-Q2' : 'junk', progress: text() }],
      peers: [{ unitName: text(), kind: 'task_report', progress: text() }],
      indicators: [
        {
          indicatorId: i,
          target: text(),
          value: numberOrJunk(),
          previousValue: numberOrJunk(),
          basisRequired: random() < 0.5,
        },
      ],
      previous: { period: '2024-Q2', percentComplete: numberOrJunk() },
      period: random() < 0.9 ? '2024-Q3' : text(),
    });
    assert.doesNotThrow(() => run(input), JSON.stringify(input));
  }
});
