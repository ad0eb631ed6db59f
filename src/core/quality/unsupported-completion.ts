// 完成无佐证: the filing says the task is done (已完成 or 100%) but attaches no evidence, or the
// narrative never says what was completed.
import type { QualityInput, QualityRules, UnsupportedCompletionEvidence } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { flagged, NOTHING } from './rule-outcome.ts';
import { findWords } from './words.ts';

export function unsupportedCompletionFlags(input: QualityInput, rules: QualityRules): RuleOutcome {
  const claimedBy: UnsupportedCompletionEvidence['claimedBy'] = [];
  if (input.selfStatus === 'completed') claimedBy.push('status');
  if (input.percentComplete === 100) claimedBy.push('percent');
  if (claimedBy.length === 0) return NOTHING;
  const statements = findWords(input.progress, rules.completionWords);
  if (statements.length > 0) claimedBy.push('text');
  const missing: UnsupportedCompletionEvidence['missing'] = [];
  if (!(input.evidenceCount > 0)) missing.push('evidence');
  if (statements.length === 0) missing.push('completionStatement');
  if (missing.length === 0) return NOTHING;
  return flagged({
    kind: 'unsupportedCompletion',
    message: messageOf(missing),
    evidence: {
      kind: 'unsupportedCompletion',
      claimedBy,
      evidenceCount: Number.isFinite(input.evidenceCount) ? input.evidenceCount : 0,
      missing,
      statementRanges: statements.map((hit) => hit.range),
    },
  });
}

function messageOf(missing: UnsupportedCompletionEvidence['missing']): string {
  const parts = [];
  if (missing.includes('evidence')) parts.push('未上传佐证材料');
  if (missing.includes('completionStatement')) parts.push('进展情况中未说明完成了什么');
  return `标为已完成,但${parts.join(',且')}`;
}
