// Precision and recall of each quality flag over the labelled filings, per filing and kind: a
// filing counts as flagged for a kind when the rules raise at least one flag of that kind.
import { computeQualityFlags, QUALITY_FLAG_KINDS, QUALITY_FLAG_LABELS } from '../src/core/quality/index.ts';
import type { QualityFlagKind, QualityRules } from '../src/core/quality/index.ts';
import type { LabelledFiling } from '../tests/fixtures/quality/filings.ts';

export interface KindScore {
  kind: QualityFlagKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  filings: number;
  scores: KindScore[];
  /** Filings whose flags differ from their labels, for the reader to look at. */
  mismatches: { id: string; expected: QualityFlagKind[]; found: QualityFlagKind[] }[];
}

export function evaluate(filings: readonly LabelledFiling[], rules: QualityRules): Evaluation {
  const counts = new Map(QUALITY_FLAG_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]));
  const mismatches: Evaluation['mismatches'] = [];
  for (const filing of filings) {
    const found = new Set(computeQualityFlags(filing.input, rules).flags.map((flag) => flag.kind));
    const expected = new Set(filing.expected);
    for (const kind of QUALITY_FLAG_KINDS) {
      const count = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      if (found.has(kind) && expected.has(kind)) count.tp += 1;
      else if (found.has(kind)) count.fp += 1;
      else if (expected.has(kind)) count.fn += 1;
    }
    const differs = found.size !== expected.size || [...found].some((kind) => !expected.has(kind));
    if (differs) mismatches.push({ id: filing.id, expected: [...expected], found: [...found] });
  }
  const scores = QUALITY_FLAG_KINDS.map((kind) => {
    const { tp, fp, fn } = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    return {
      kind,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
  return { filings: filings.length, scores, mismatches };
}

export function formatEvaluation(evaluation: Evaluation): string {
  const lines = [
    `labelled filings: ${evaluation.filings}`,
    '| flag | kind | labelled | flagged | correct | precision | recall |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const score of evaluation.scores) {
    const labelledCount = score.truePositives + score.falseNegatives;
    const flaggedCount = score.truePositives + score.falsePositives;
    lines.push(
      `| ${QUALITY_FLAG_LABELS[score.kind]} | ${score.kind} | ${labelledCount} | ${flaggedCount} | ${score.truePositives} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} |`,
    );
  }
  for (const miss of evaluation.mismatches) {
    lines.push(
      `mismatch ${miss.id}: expected [${miss.expected.join(', ')}] found [${miss.found.join(', ')}]`,
    );
  }
  return lines.join('\n');
}
