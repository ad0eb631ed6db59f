// 进度倒退: the completion percentage or an indicator's figure is worse than last quarter's and
// nothing in the filing says why.
import type { QualityFlag, QualityInput, QualityRules } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { flagged, NOTHING } from './rule-outcome.ts';
import { containsAny } from './words.ts';
import { readTarget } from './target.ts';

export function regressionFlags(input: QualityInput, rules: QualityRules): RuleOutcome {
  if (reasonStated(input, rules)) return NOTHING;
  const flags: QualityFlag[] = [];
  const previousPeriod = input.previous?.period ?? null;
  const before = input.previous?.percentComplete ?? null;
  const now = input.percentComplete;
  if (isNumber(before) && isNumber(now) && now < before) {
    flags.push({
      kind: 'regression',
      message: `完成进度由上季度的${before}%降至${now}%,未说明原因`,
      evidence: {
        kind: 'regression',
        subject: 'percentComplete',
        previousPeriod,
        previous: before,
        current: now,
      },
    });
  }
  for (const indicator of input.indicators) {
    const { value, previousValue } = indicator;
    if (!isNumber(value) || !isNumber(previousValue)) continue;
    if (containsAny(indicator.note ?? '', rules.reasonWords)) continue;
    const target = readTarget(indicator.target);
    if (target === null || !worse(target.falling, target.cumulative, previousValue, value)) continue;
    flags.push({
      kind: 'regression',
      message: `指标“${target.metric}”由上季度的${previousValue}${target.unit}变为${value}${target.unit},未说明原因`,
      evidence: {
        kind: 'regression',
        subject: 'indicator',
        indicatorId: indicator.indicatorId,
        metric: target.metric,
        previousPeriod,
        previous: previousValue,
        current: value,
      },
    });
  }
  return flagged(...flags);
}

/** A year-to-date total never shrinks; otherwise worse means away from the target's direction. */
function worse(falling: boolean, cumulative: boolean, previous: number, current: number): boolean {
  if (cumulative || !falling) return current < previous;
  return current > previous;
}

function reasonStated(input: QualityInput, rules: QualityRules): boolean {
  if ((input.statedReason ?? '').trim() !== '') return true;
  return [input.problems ?? '', input.progress].some((text) => containsAny(text, rules.reasonWords));
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
