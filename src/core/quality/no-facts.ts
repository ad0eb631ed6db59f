// 缺少实据: the progress text holds no figure, date, named project or measurable outcome.
import type { FactKind, QualityInput } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { flagged, NOTHING } from './rule-outcome.ts';
import { hasFact } from './facts.ts';

const LOOKED_FOR: FactKind[] = ['figure', 'date', 'namedProject', 'outcome'];

export function noFactsFlags(input: QualityInput): RuleOutcome {
  if (hasFact(input.progress)) return NOTHING;
  return flagged({
    kind: 'noFacts',
    message: '进展情况中没有数字、日期、具体项目或可衡量的成果',
    evidence: { kind: 'noFacts', lookedFor: LOOKED_FOR, length: input.progress.length },
  });
}
