// A plan's rules as one value the office publishes with the plan: the light rules, reminder and
// escalation days, the scoring rules, the working calendar and the quality flags' thresholds and
// phrase lists. Plans without their own rules use
// the defaults; every change is checked here before it is stored.
import { invalid } from '../errors.ts';
import { addDays } from '../period/period.ts';
import type { ScoringRules } from '../assessment/scoring-rules.ts';
import { DEFAULT_SCORING_RULES, validateScoringRules } from '../assessment/scoring-rules.ts';
import { DEFAULT_QUALITY_RULES, validateQualityRules } from '../quality/quality-rules.ts';
import type { QualityRules } from '../quality/quality.types.ts';
import type { WorkCalendar } from './deadlines.ts';
import type { EscalationConfig } from './escalation.ts';
import { DEFAULT_ESCALATION, validateEscalation } from './escalation.ts';
import type { LightCondition, LightRules } from './light-rules.ts';
import { DEFAULT_LIGHT_RULES } from './light-rules.ts';

export interface PlanRules {
  lights: LightRules;
  escalation: EscalationConfig;
  scoring: ScoringRules;
  calendar: WorkCalendar;
  quality: QualityRules;
}

/** Due dates stay where the plan puts them unless the office turns the calendar rule on. */
export const DEFAULT_CALENDAR: WorkCalendar = { shiftOffDays: false, holidays: [], workdays: [] };

export const DEFAULT_PLAN_RULES: PlanRules = {
  lights: DEFAULT_LIGHT_RULES,
  escalation: DEFAULT_ESCALATION,
  scoring: DEFAULT_SCORING_RULES,
  calendar: DEFAULT_CALENDAR,
  quality: DEFAULT_QUALITY_RULES,
};

export function validatePlanRules(rules: PlanRules): void {
  validateLightRules(rules.lights);
  validateEscalation(rules.escalation);
  validateScoringRules(rules.scoring);
  validateCalendar(rules.calendar);
  validateQualityRules(rules.quality);
}

export function validateLightRules(rules: LightRules): void {
  const keys = new Set<string>();
  for (const rule of rules.rules) {
    if (rule.key.trim() === '' || keys.has(rule.key)) {
      throw invalid('rules.invalid_light_rule', 'each light rule needs its own key', { key: rule.key });
    }
    keys.add(rule.key);
    const threshold = thresholdOf(rule.when);
    if (threshold !== null && !(Number.isSafeInteger(threshold) && threshold >= 0)) {
      throw invalid('rules.invalid_light_rule', 'thresholds are whole numbers of at least 0', {
        key: rule.key,
        threshold,
      });
    }
  }
}

function thresholdOf(condition: LightCondition): number | null {
  switch (condition.kind) {
    case 'filed_late':
    case 'missing':
      return condition.minDays;
    case 'progress_gap':
      return condition.overPoints;
    case 'indicator_behind':
      return condition.minCount;
    case 'returned':
      return condition.minTimes;
    case 'self_reported_behind':
      return null;
  }
}

function validateCalendar(calendar: WorkCalendar): void {
  for (const date of [...calendar.holidays, ...calendar.workdays]) {
    // addDays validates the date and throws date.invalid for anything else.
    addDays(date, 0);
  }
  const clash = calendar.holidays.find((date) => calendar.workdays.includes(date));
  if (clash !== undefined) {
    throw invalid('rules.calendar_clash', `${clash} cannot be both a holiday and a workday`, { date: clash });
  }
}

/** A plan's rules as stored, or the defaults while it has none. */
export function rulesOrDefault(stored: { rules: PlanRules } | null): PlanRules {
  return stored?.rules ?? DEFAULT_PLAN_RULES;
}
