import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_QUALITY_RULES, QUALITY_FLAG_KINDS } from '../../src/core/quality/index.ts';
import { evaluate, formatEvaluation } from '../../bench/quality-evaluation.ts';
import { LABELLED_FILINGS } from '../fixtures/quality/filings.ts';

void test('the labelled set holds at least 200 filings with every kind of flag and good ones', () => {
  assert.ok(LABELLED_FILINGS.length >= 200, `${LABELLED_FILINGS.length} filings`);
  assert.equal(new Set(LABELLED_FILINGS.map((filing) => filing.id)).size, LABELLED_FILINGS.length);
  assert.ok(LABELLED_FILINGS.filter((filing) => filing.expected.length === 0).length >= 60);
  for (const kind of QUALITY_FLAG_KINDS) {
    const labelled = LABELLED_FILINGS.filter((filing) => filing.expected.includes(kind)).length;
    assert.ok(labelled >= 15, `${kind}: ${labelled} labelled filings`);
  }
});

void test('every quality flag reaches precision and recall of at least 0.9 on the labelled set', () => {
  const evaluation = evaluate(LABELLED_FILINGS, DEFAULT_QUALITY_RULES);
  console.log(formatEvaluation(evaluation));
  for (const score of evaluation.scores) {
    assert.ok(score.precision >= 0.9, `${score.kind} precision ${score.precision}`);
    assert.ok(score.recall >= 0.9, `${score.kind} recall ${score.recall}`);
  }
});

void test('the evaluation counts a missed flag against recall and an extra one against precision', () => {
  const [filing] = LABELLED_FILINGS.filter((entry) => entry.id === 'r01');
  assert.ok(filing);
  const mislabelled = {
    ...filing,
    expected: [...filing.expected, 'vague' as const].filter((k) => k !== 'repeated'),
  };
  const evaluation = evaluate([mislabelled], DEFAULT_QUALITY_RULES);
  const score = (kind: string) => evaluation.scores.find((entry) => entry.kind === kind);
  assert.equal(score('repeated')?.precision, 0);
  assert.equal(score('vague')?.recall, 0);
});
