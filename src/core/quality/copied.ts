// 照搬他人: the lead's report is largely a co-unit's input, or two units filed the same words.
import type { QualityInput, QualityRules } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { flagged, NOTHING, skip } from './rule-outcome.ts';
import { bestMatch } from './best-match.ts';
import { formatPercent } from './format.ts';

export function copiedFlags(input: QualityInput, rules: QualityRules): RuleOutcome {
  const peers = input.peers.filter((peer) => peer.unitName !== input.unitName && peer.progress.trim() !== '');
  if (peers.length === 0) return skip('copied', 'noPeers');
  const match = bestMatch(input.progress, peers, (peer) => peer.progress, rules);
  if (match === 'tooShort') return skip('copied', 'tooShort');
  if (match === null || match.overlap.similarity < rules.copiedThreshold) return NOTHING;
  const { candidate, overlap } = match;
  const whose = candidate.kind === 'task_report' ? '牵头单位报告' : '反馈';
  return flagged({
    kind: 'copied',
    message: `进展情况与${candidate.unitName}的${whose}${formatPercent(overlap.similarity)}相同`,
    evidence: {
      kind: 'copied',
      otherUnit: candidate.unitName,
      otherKind: candidate.kind,
      text: input.progress,
      other: candidate.progress,
      ...overlap,
    },
  });
}
