// 照抄往期: the progress text is largely this unit's text of an earlier quarter.
import { tryParsePeriod } from '../period/period.ts';
import type { QualityInput, QualityRules } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { flagged, NOTHING, skip } from './rule-outcome.ts';
import { bestMatch } from './best-match.ts';
import { formatPercent } from './format.ts';

export function repeatedFlags(input: QualityInput, rules: QualityRules): RuleOutcome {
  // Only quarters before this one: a later quarter repeating this text is that quarter's flag.
  const earlier = input.earlier.filter((entry) => isBefore(entry.period, input.period));
  if (earlier.length === 0) return skip('repeated', 'noEarlierText');
  const match = bestMatch(input.progress, earlier, (entry) => entry.progress, rules);
  if (match === 'tooShort') return skip('repeated', 'tooShort');
  if (match === null || match.overlap.similarity < rules.repeatedThreshold) return NOTHING;
  const { candidate, overlap } = match;
  return flagged({
    kind: 'repeated',
    message: `进展情况与本单位${periodLabel(candidate.period)}的填报${formatPercent(overlap.similarity)}相同`,
    evidence: {
      kind: 'repeated',
      otherPeriod: candidate.period,
      text: input.progress,
      other: candidate.progress,
      ...overlap,
    },
  });
}

/** '2024-Q2' -> 2024年第二季度; anything else as given. */
function periodLabel(period: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return period;
  return `${match[1]}年第${'一二三四'[Number(match[2]) - 1]}季度`;
}

/** Quarter keys in order; anything else only has to be a different period. */
function isBefore(period: string, filing: string): boolean {
  const a = tryParsePeriod(period);
  const b = tryParsePeriod(filing);
  if (a === null || b === null) return period !== filing;
  return a.year - b.year < 0 || (a.year === b.year && a.quarter < b.quarter);
}
