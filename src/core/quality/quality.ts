// computeQualityFlags: every quality rule over one filing. Pure: the service gathers the filing,
// its earlier quarters, the other units' filings and the indicators; nothing here reads a clock.
//
// FIRST VERSION: regression and unsupportedCompletion are implemented; repeated, copied, noFacts,
// vague and indicatorOffPace follow (they return nothing yet).
import type { QualityInput, QualityResult, QualityRules } from './quality.types.ts';
import { combine } from './rule-outcome.ts';
import { regressionFlags } from './regression.ts';
import { unsupportedCompletionFlags } from './unsupported-completion.ts';

export function computeQualityFlags(input: QualityInput, rules: QualityRules): QualityResult {
  return combine([unsupportedCompletionFlags(input, rules), regressionFlags(input, rules)]);
}
