import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  computeQualityFlags,
  DEFAULT_QUALITY_RULES,
  validateQualityRules,
} from '../../src/core/quality/index.ts';
import type { QualityEvidence, QualityInput } from '../../src/core/quality/index.ts';
import { parseTarget } from '../../src/core/quality/target.ts';

function filing(overrides: Partial<QualityInput>): QualityInput {
  return {
    kind: 'unit_input',
    unitName: '市商务局',
    period: '2024-Q3',
    progress: '新建一刻钟便民生活圈15个,改造农贸市场9个。',
    selfStatus: 'on_track',
    percentComplete: 60,
    evidenceCount: 1,
    earlier: [],
    peers: [],
    indicators: [],
    previous: null,
    ...overrides,
  };
}

function evidenceOf<K extends QualityEvidence['kind']>(
  input: QualityInput,
  kind: K,
): Extract<QualityEvidence, { kind: K }> {
  const flag = computeQualityFlags(input, DEFAULT_QUALITY_RULES).flags.find((entry) => entry.kind === kind);
  assert.ok(flag, `expected a ${kind} flag`);
  assert.ok(flag.message.length > 0);
  return flag.evidence as Extract<QualityEvidence, { kind: K }>;
}

void test('a repeated text shows both texts with the shared part marked in each', () => {
  const earlier = '二季度新建一刻钟便民生活圈15个,改造农贸市场9个。';
  const evidence = evidenceOf(filing({ earlier: [{ period: '2024-Q2', progress: earlier }] }), 'repeated');
  assert.equal(evidence.otherPeriod, '2024-Q2');
  assert.equal(evidence.other, earlier);
  assert.ok(evidence.similarity >= 0.99);
  const marked = evidence.textRanges.map((range) => evidence.text.slice(range.start, range.end)).join('|');
  assert.equal(marked, '新建一刻钟便民生活圈15个,改造农贸市场9个');
  const markedOther = evidence.otherRanges.map((range) => earlier.slice(range.start, range.end)).join('|');
  assert.equal(markedOther, '新建一刻钟便民生活圈15个,改造农贸市场9个');
});

void test('the lead report that equals a co-unit input names the unit it was copied from', () => {
  const peer = {
    unitName: '镜湖区',
    kind: 'unit_input' as const,
    progress: '新建一刻钟便民生活圈15个,改造农贸市场9个。',
  };
  const evidence = evidenceOf(filing({ kind: 'task_report', peers: [peer] }), 'copied');
  assert.equal(evidence.otherUnit, '镜湖区');
  assert.equal(evidence.otherKind, 'unit_input');
});

void test('the same unit is never compared with itself as a peer', () => {
  const peer = {
    unitName: '市商务局',
    kind: 'unit_input' as const,
    progress: '新建一刻钟便民生活圈15个,改造农贸市场9个。',
  };
  const kinds = computeQualityFlags(filing({ peers: [peer] }), DEFAULT_QUALITY_RULES).flags.map(
    (f) => f.kind,
  );
  assert.ok(!kinds.includes('copied'));
});

void test('a vague text lists the stock phrases found and their share', () => {
  const evidence = evidenceOf(
    filing({ progress: '我局高度重视,稳步推进,有序开展,取得了积极成效。' }),
    'vague',
  );
  assert.ok(evidence.share > 0.9);
  assert.deepEqual(
    evidence.phrases.map((phrase) => phrase.phrase),
    ['我局', '高度重视', '稳步推进', '有序开展', '取得了积极成效'],
  );
});

void test('an office list without a phrase does not count it', () => {
  const rules = { ...DEFAULT_QUALITY_RULES, stockPhrases: ['高度重视'] };
  const result = computeQualityFlags(
    filing({ progress: '高度重视,推动落实,完成道路3条,新建公园2个。' }),
    rules,
  );
  assert.ok(!result.flags.some((flag) => flag.kind === 'vague'));
});

void test('6% growth target with 2.1% reported at Q3 is behind pace, with the figures', () => {
  const input = filing({
    indicators: [{ indicatorId: 6, target: '社会消费品零售总额增长6%', value: 2.1, previousValue: null }],
  });
  const evidence = evidenceOf(input, 'indicatorOffPace');
  assert.equal(evidence.reason, 'behind');
  assert.equal(evidence.value, 2.1);
  assert.equal(evidence.target, 6);
  assert.equal(evidence.expected, 6);
  assert.ok(Math.abs(evidence.gap - 3.9) < 1e-9);
  assert.equal(evidence.quarter, 3);
});

void test('a count target is pro-rated by the quarter', () => {
  const input = filing({
    indicators: [
      { indicatorId: 15, target: '新增小微企业首贷户2500家以上', value: 1800, previousValue: 1200 },
    ],
  });
  const evidence = evidenceOf(input, 'indicatorOffPace');
  assert.equal(evidence.expected, 1875);
  assert.equal(evidence.gap, 75);
});

void test('targets are read as written: growth, 左右, 不低于, 达到X万, 百分之, 成', () => {
  const read = (raw: string) => {
    const target = parseTarget(raw);
    return target && [target.value, target.unit, target.comparator];
  };
  assert.deepEqual(read('地区生产总值增长6%左右'), [6, '%', 'approx']);
  assert.deepEqual(read('覆盖率不低于92%'), [92, '%', 'ge']);
  assert.deepEqual(read('服务人次达到50万人次'), [500000, '人次', 'ge']);
  assert.deepEqual(read('新增政银担100亿元以上'), [1e10, '元', 'ge']);
  assert.deepEqual(read('收入增长百分之六'), [6, '%', 'eq']);
  assert.deepEqual(read('占比提高三成'), [30, '%', 'eq']);
  assert.equal(parseTarget('持续提升'), null);
});

void test('the statistical basis asked for is flagged when neither the note nor the text gives it', () => {
  const indicator = {
    indicatorId: 1,
    target: '地区生产总值增长7.5%左右',
    value: 7.6,
    previousValue: 7.2,
    basisRequired: true,
  };
  const evidence = evidenceOf(filing({ indicators: [indicator] }), 'indicatorOffPace');
  assert.equal(evidence.reason, 'noBasis');
  const withNote = computeQualityFlags(
    filing({ indicators: [{ ...indicator, note: '数据来源:市统计局' }] }),
    DEFAULT_QUALITY_RULES,
  );
  assert.deepEqual(withNote.flags, []);
});

void test('a completion claimed with evidence but no statement of what was done is flagged', () => {
  const input = filing({
    selfStatus: 'completed',
    percentComplete: 100,
    evidenceCount: 2,
    progress: '道路3条正在施工。',
  });
  const evidence = evidenceOf(input, 'unsupportedCompletion');
  assert.deepEqual(evidence.missing, ['completionStatement']);
  assert.deepEqual(evidence.claimedBy, ['status', 'percent']);
});

void test('an indicator lower than last quarter gives both values', () => {
  const input = filing({
    previous: { period: '2024-Q2', percentComplete: 50 },
    indicators: [
      { indicatorId: 15, target: '新增小微企业首贷户2500家以上', value: 1900, previousValue: 1950 },
    ],
  });
  const evidence = evidenceOf(input, 'regression');
  assert.deepEqual([evidence.subject, evidence.previous, evidence.current], ['indicator', 1950, 1900]);
});

void test('a later quarter or the same quarter is not an earlier text to repeat', () => {
  const text = '新建一刻钟便民生活圈15个,改造农贸市场9个。';
  const result = computeQualityFlags(
    filing({
      earlier: [
        { period: '2024-Q4', progress: text },
        { period: '2024-Q3', progress: text },
      ],
    }),
    DEFAULT_QUALITY_RULES,
  );
  assert.ok(!result.flags.some((flag) => flag.kind === 'repeated'));
  assert.ok(result.skipped.some((entry) => entry.kind === 'repeated' && entry.reason === 'noEarlierText'));
});

void test('rules outside their ranges are refused with a clear error', () => {
  assert.doesNotThrow(() => validateQualityRules(DEFAULT_QUALITY_RULES));
  for (const bad of [
    { repeatedThreshold: 1.5 },
    { vagueShareThreshold: 0 },
    { minSharedSpan: 0 },
    { stockPhrases: ['推'] },
  ]) {
    assert.throws(() => validateQualityRules({ ...DEFAULT_QUALITY_RULES, ...bad }), {
      code: 'quality.invalid_rules',
    });
  }
});
