import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeQualityFlags, DEFAULT_QUALITY_RULES } from '../../src/core/quality/index.ts';
import type { QualityInput } from '../../src/core/quality/index.ts';

function filing(overrides: Partial<QualityInput> = {}): QualityInput {
  return {
    kind: 'unit_input',
    unitName: '市发改委',
    period: '2024-Q3',
    progress: '前三季度全市新开工亿元以上项目126个,完成投资312.4亿元。',
    selfStatus: 'on_track',
    percentComplete: 75,
    evidenceCount: 1,
    earlier: [],
    peers: [],
    indicators: [],
    previous: null,
    ...overrides,
  };
}

void test('a task marked 已完成 without any evidence file is flagged', () => {
  const result = computeQualityFlags(
    filing({
      selfStatus: 'completed',
      percentComplete: 100,
      evidenceCount: 0,
      progress: '项目已全面完成,通过验收。',
    }),
    DEFAULT_QUALITY_RULES,
  );
  const flag = result.flags.find((f) => f.kind === 'unsupportedCompletion');
  assert.ok(flag);
  assert.deepEqual(flag.evidence.kind === 'unsupportedCompletion' && flag.evidence.missing, ['evidence']);
});

void test('a lower completion percentage than last quarter with no reason is a regression', () => {
  const result = computeQualityFlags(
    filing({ percentComplete: 40, previous: { period: '2024-Q2', percentComplete: 60 } }),
    DEFAULT_QUALITY_RULES,
  );
  assert.deepEqual(
    result.flags.map((f) => f.kind),
    ['regression'],
  );
});

void test('a lower percentage with the reason written in 存在问题 is not a regression', () => {
  const result = computeQualityFlags(
    filing({
      percentComplete: 40,
      previous: { period: '2024-Q2', percentComplete: 60 },
      problems: '受汛期停工影响,进度重新核定。',
    }),
    DEFAULT_QUALITY_RULES,
  );
  assert.deepEqual(result.flags, []);
});
