// Computed lights for one unit's input on one task in one period. The light is the most severe
// rule that matched; every matched rule contributes a sentence, so each light says why.
import type { IsoDate } from '../period/period.ts';
import { invalid } from '../errors.ts';
import { daysBetween, localDate } from './deadlines.ts';
import { daysLate } from '../period/lateness.ts';
import { formatNumber, formatShare, quarterLabel } from './labels.ts';
import type { Light, LightCondition, LightRules } from './light-rules.ts';
import { DEFAULT_LIGHT_RULES } from './light-rules.ts';
import type { Pace } from './pace.ts';
import { SELF_STATUS_LABELS, type SelfStatus } from '../report/report.types.ts';

export interface IndicatorPace {
  metric: string;
  pace: Pace;
  explanation: string;
}

export interface LightInput {
  period: string;
  /** The effective due date (after extensions and calendar shifts). */
  dueOn: IsoDate;
  /** When the input was filed, or null while it is missing. */
  filedAt: Date | null;
  now: Date;
  utcOffsetMinutes: number;
  /** Self-assessed status and percent complete (0..100); null while nothing is filed. */
  status: SelfStatus | null;
  percentComplete: number | null;
  /** Share of the year elapsed, 0..1. */
  elapsedShare: number;
  indicatorPaces: readonly IndicatorPace[];
  /** How many times the office returned the report in this period. */
  returnCount: number;
  /** The office verified the task's completion (办结核验). */
  completionVerified: boolean;
  /** The office accepted the latest version of the filing. */
  accepted?: boolean;
}

export interface LightMatch {
  ruleKey: string;
  light: Exclude<Light, 'green'>;
  reason: string;
}

export interface LightResult {
  light: Light;
  /** Readable Chinese sentences, most severe first, without repeats. */
  reasons: string[];
  matches: LightMatch[];
}

/** What the rules look at, worked out once from the input. */
interface Facts {
  quarter: string;
  daysLate: number | null;
  daysMissing: number | null;
  gap: number | null;
  behindIndicators: readonly IndicatorPace[];
}

export function computeLight(input: LightInput, rules: LightRules = DEFAULT_LIGHT_RULES): LightResult {
  validateLightInput(input);
  if (input.completionVerified) return { light: 'green', reasons: ['已完成并经核验'], matches: [] };
  const facts = factsOf(input);
  const matches: LightMatch[] = [];
  for (const rule of rules.rules) {
    const reason = reasonFor(rule.when, facts, input);
    if (reason !== null) matches.push({ ruleKey: rule.key, light: rule.light, reason });
  }
  matches.sort((a, b) => severity(b.light) - severity(a.light));
  const light = matches[0]?.light ?? 'green';
  const reasons = light === 'green' ? greenReasons(facts, input) : matches.map((match) => match.reason);
  return { light, reasons: [...new Set(reasons)], matches };
}

function factsOf(input: LightInput): Facts {
  const at = input.filedAt ?? input.now;
  const overdue = daysLate({ dueOn: input.dueOn, at, utcOffsetMinutes: input.utcOffsetMinutes });
  const gap = input.percentComplete === null ? null : input.elapsedShare * 100 - input.percentComplete;
  return {
    quarter: quarterLabel(input.period),
    daysLate: input.filedAt ? overdue : null,
    daysMissing: input.filedAt ? null : overdue,
    gap,
    behindIndicators: input.indicatorPaces.filter((paced) => paced.pace === 'behind'),
  };
}

function reasonFor(condition: LightCondition, facts: Facts, input: LightInput): string | null {
  switch (condition.kind) {
    case 'filed_late':
      if (input.accepted && !condition.afterAcceptance) return null;
      return facts.daysLate !== null && facts.daysLate >= condition.minDays ? lateReason(facts) : null;
    case 'missing':
      return facts.daysMissing !== null && facts.daysMissing >= condition.minDays
        ? `${facts.quarter}填报截止${input.dueOn},已逾期${facts.daysMissing}天未报`
        : null;
    case 'progress_gap':
      return facts.gap !== null && facts.gap > condition.overPoints ? progressReason(facts, input) : null;
    case 'indicator_behind':
      return facts.behindIndicators.length >= condition.minCount && facts.behindIndicators.length > 0
        ? indicatorReason(facts.behindIndicators)
        : null;
    case 'self_reported_behind':
      return input.status === 'behind' ? `单位自评${SELF_STATUS_LABELS.behind}` : null;
    case 'returned':
      if (input.accepted && !condition.afterAcceptance) return null;
      return input.returnCount >= condition.minTimes && input.returnCount > 0
        ? `${facts.quarter}报告被退回${input.returnCount}次`
        : null;
  }
}

function lateReason(facts: Facts): string {
  return `${facts.quarter}填报逾期${facts.daysLate ?? 0}天`;
}

function progressReason(facts: Facts, input: LightInput): string {
  const base = `完成${formatNumber(input.percentComplete ?? 0)}%,时间已过${formatShare(input.elapsedShare)}`;
  const gap = facts.gap ?? 0;
  return gap > 0 ? `${base},落后${formatNumber(gap)}个百分点` : base;
}

function indicatorReason(behind: readonly IndicatorPace[]): string {
  const listed = behind.map((paced) => `${paced.metric}(${paced.explanation})`).join(';');
  return `${behind.length}项指标欠进度:${listed}`;
}

/** A green light still explains itself: how the filing stands and how far the work has come. */
function greenReasons(facts: Facts, input: LightInput): string[] {
  const reasons: string[] = [];
  reasons.push(filingReason(facts, input));
  if (facts.gap !== null) reasons.push(progressReason(facts, input));
  reasons.push('未触发预警规则');
  return reasons;
}

/** How the filing stands: on time or how late (and, once accepted, that its lateness is on record), or not yet due, or missing. */
function filingReason(facts: Facts, input: LightInput): string {
  const accepted = input.accepted ? ',报告已采纳' : '';
  if (facts.daysLate === 0) return `${facts.quarter}已按期填报${accepted}`;
  if (facts.daysLate !== null)
    return `${lateReason(facts)}${accepted}${input.accepted ? ',逾期已计入考核' : ''}`;
  if (daysBetween(localDate(input.now, input.utcOffsetMinutes), input.dueOn) >= 0) {
    return `${facts.quarter}填报尚未到截止日(${input.dueOn})`;
  }
  return `${facts.quarter}填报截止${input.dueOn},尚未填报`;
}

function severity(light: Light): number {
  return light === 'red' ? 2 : light === 'yellow' ? 1 : 0;
}

function validateLightInput(input: LightInput): void {
  const { elapsedShare, percentComplete, returnCount } = input;
  if (!Number.isFinite(elapsedShare) || elapsedShare < 0 || elapsedShare > 1) {
    throw invalid('light.invalid_elapsed_share', 'the elapsed share of the year must lie in 0..1', {
      elapsedShare,
    });
  }
  if (percentComplete !== null && !(percentComplete >= 0 && percentComplete <= 100)) {
    throw invalid('light.invalid_percent', 'percent complete must lie in 0..100', { percentComplete });
  }
  if (!Number.isInteger(returnCount) || returnCount < 0) {
    throw invalid('light.invalid_return_count', 'the return count must be a whole number', { returnCount });
  }
}
