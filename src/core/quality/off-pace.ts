// 指标欠进度: an indicator's reported figure is behind the pace its target implies for this
// quarter (6% growth, 2.1% reported at Q3), or the statistical basis the plan asks for is missing.
import { paceOf } from '../supervision/pace.ts';
import type { PaceResult } from '../supervision/pace.ts';
import { tryParsePeriod } from '../period/period.ts';
import type { QualityFlag, QualityIndicatorInput, QualityInput, QualityRules } from './quality.types.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { combine, flagged, NOTHING, skip } from './rule-outcome.ts';
import { readTarget } from './target.ts';
import type { ReadTarget } from './target.ts';
import { containsAny } from './words.ts';
import { formatFigure } from './format.ts';

export function offPaceFlags(input: QualityInput, rules: QualityRules): RuleOutcome {
  if (input.indicators.length === 0) return NOTHING;
  const period = tryParsePeriod(input.period);
  if (period === null) return skip('indicatorOffPace', 'invalidPeriod');
  return combine(input.indicators.map((indicator) => judge(indicator, period.quarter, input, rules)));
}

function judge(
  indicator: QualityIndicatorInput,
  quarter: number,
  input: QualityInput,
  rules: QualityRules,
): RuleOutcome {
  const target = readTarget(indicator.target);
  if (target === null) return skip('indicatorOffPace', 'unreadableTarget', indicator.indicatorId);
  const { value } = indicator;
  if (value === null) return NOTHING;
  const baseline = indicator.baseline ?? null;
  if (!Number.isFinite(value) || (baseline !== null && !Number.isFinite(baseline))) {
    return skip('indicatorOffPace', 'invalidValue', indicator.indicatorId);
  }
  const pace = paceOf({
    indicator: target.indicator,
    actual: value,
    elapsedShare: quarter / 4,
    baseline,
    ...(indicator.measure ? { measure: indicator.measure } : {}),
  });
  const flags: QualityFlag[] = [];
  if (pace.pace === 'behind') flags.push(flagOf('behind', indicator, target, pace, value, quarter));
  const basisGiven = containsAny(`${indicator.note ?? ''}${input.progress}`, rules.basisWords);
  if (indicator.basisRequired === true && !basisGiven) {
    flags.push(flagOf('noBasis', indicator, target, pace, value, quarter));
  }
  return flagged(...flags);
}

function flagOf(
  reason: 'behind' | 'noBasis',
  indicator: QualityIndicatorInput,
  target: ReadTarget,
  pace: PaceResult,
  value: number,
  quarter: number,
): QualityFlag {
  const gap = target.falling ? value - pace.expected : pace.expected - value;
  const shown = (figure: number): string => formatFigure(figure, target.unit);
  const message =
    reason === 'behind'
      ? `指标“${target.metric}”报${shown(value)},第${quarter}季度按目标${target.indicator.raw}应达${shown(pace.expected)},差${shown(Math.abs(gap))}`
      : `指标“${target.metric}”报${shown(value)},未注明统计口径或数据来源`;
  return {
    kind: 'indicatorOffPace',
    message,
    evidence: {
      kind: 'indicatorOffPace',
      indicatorId: indicator.indicatorId,
      metric: target.metric,
      reason,
      value,
      unit: target.unit,
      target: target.indicator.value,
      targetRaw: target.indicator.raw,
      expected: pace.expected,
      gap,
      quarter,
      explanation: pace.explanation,
    },
  };
}
