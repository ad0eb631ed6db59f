// 套话空话: most of the progress text is stock phrases from the office's list.
import type { PhraseFound, QualityInput, QualityRules } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { flagged, NOTHING } from './rule-outcome.ts';
import { contentLength } from './similarity.ts';
import { findWords } from './words.ts';
import { formatPercent } from './format.ts';

export function vagueFlags(input: QualityInput, rules: QualityRules): RuleOutcome {
  const length = contentLength(input.progress);
  if (length === 0) return NOTHING;
  const hits = findWords(input.progress, rules.stockPhrases);
  const covered = hits.reduce((sum, hit) => sum + hit.word.length, 0);
  const share = Math.min(1, covered / length);
  if (share < rules.vagueShareThreshold) return NOTHING;
  const byPhrase = new Map<string, PhraseFound>();
  for (const hit of hits) {
    const found = byPhrase.get(hit.word) ?? { phrase: hit.word, ranges: [] };
    found.ranges.push(hit.range);
    byPhrase.set(hit.word, found);
  }
  return flagged({
    kind: 'vague',
    message: `进展情况中套话占${formatPercent(share)}(${[...byPhrase.keys()].slice(0, 5).join('、')}等)`,
    evidence: { kind: 'vague', phrases: [...byPhrase.values()], share, threshold: rules.vagueShareThreshold },
  });
}
