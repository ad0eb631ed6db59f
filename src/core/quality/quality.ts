// computeQualityFlags: every quality rule over one filing. Pure: the service gathers the filing,
// its earlier quarters, the other units' filings and the indicators; nothing here reads a clock.
// Text rules are skipped with a reason when the progress text is empty, too long or in another
// script; the figure rules (completion, pace, regression) still run.
import type { QualityFlagKind, QualityInput, QualityResult, QualityRules } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { combine, skip } from './rule-outcome.ts';
import { unreadableReason } from './text-guard.ts';
import { repeatedFlags } from './repeated.ts';
import { copiedFlags } from './copied.ts';
import { noFactsFlags } from './no-facts.ts';
import { vagueFlags } from './vague.ts';
import { unsupportedCompletionFlags } from './unsupported-completion.ts';
import { offPaceFlags } from './off-pace.ts';
import { regressionFlags } from './regression.ts';

const TEXT_RULES: ReadonlyArray<
  readonly [QualityFlagKind, (input: QualityInput, rules: QualityRules) => RuleOutcome]
> = [
  ['repeated', repeatedFlags],
  ['copied', copiedFlags],
  ['noFacts', noFactsFlags],
  ['vague', vagueFlags],
];

export function computeQualityFlags(input: QualityInput, rules: QualityRules): QualityResult {
  const progress = typeof input.progress === 'string' ? input.progress : '';
  const filing = { ...input, progress };
  const unreadable = unreadableReason(progress, rules);
  const textOutcomes = TEXT_RULES.map(([kind, rule]) =>
    unreadable === null ? rule(filing, rules) : skip(kind, unreadable),
  );
  // The figure rules only look for a few words in the text, which stays cheap at any length.
  return combine([
    ...textOutcomes,
    unsupportedCompletionFlags(filing, rules),
    offPaceFlags(filing, rules),
    regressionFlags(filing, rules),
  ]);
}
