// A plan's scoring rules (考核规则) as data every unit can read. All amounts are non-negative
// integers in tenths of a point; whether an amount adds or deducts is fixed by its rule.
import { invalid } from '../errors.ts';
import type { RuleKey } from './assessment.types.ts';

export interface ScoringRules {
  /** Points a unit earns for each task it is assigned, by role. */
  taskPoints: { lead: number; co: number };
  /** Deducted for each late filing, plus an amount per day late (0 = a flat deduction). */
  lateFiling: { perOccurrence: number; perDay: number };
  /** Deducted for each period closed without the unit's input. */
  missingFiling: number;
  /** Deducted each time the office returns a report. */
  returnedReport: number;
  yellowCard: number;
  /** At least the yellow card: lowering a red card gives back the difference. */
  redCard: number;
  /** Credited when completion is verified on or before the task's deadline. */
  completedOnTime: number;
}

/** Lead 2.0 and co 1.0 per task; late 0.5; missing 2.0; returned 0.5; yellow 1.0; red 3.0; on time +1.0. */
export const DEFAULT_SCORING_RULES: ScoringRules = {
  taskPoints: { lead: 20, co: 10 },
  lateFiling: { perOccurrence: 5, perDay: 0 },
  missingFiling: 20,
  returnedReport: 5,
  yellowCard: 10,
  redCard: 30,
  completedOnTime: 10,
};

export const RULE_LABELS = {
  'task.lead': '牵头任务',
  'task.co': '配合任务',
  'filing.late': '逾期填报',
  'filing.missing': '未填报',
  'report.returned': '报告退回',
  'card.yellow': '黄牌',
  'card.red': '红牌',
  'card.lowered': '红牌降黄',
  'completion.on_time': '按期办结',
} as const satisfies Record<RuleKey, string>;

/** The order rules are listed in statements: earned points first, then deductions, then credits. */
export const RULE_ORDER: readonly RuleKey[] = [
  'task.lead',
  'task.co',
  'filing.late',
  'filing.missing',
  'report.returned',
  'card.yellow',
  'card.red',
  'card.lowered',
  'completion.on_time',
];

export function validateScoringRules(rules: ScoringRules): void {
  const amounts: Record<string, number> = {
    'taskPoints.lead': rules.taskPoints.lead,
    'taskPoints.co': rules.taskPoints.co,
    'lateFiling.perOccurrence': rules.lateFiling.perOccurrence,
    'lateFiling.perDay': rules.lateFiling.perDay,
    missingFiling: rules.missingFiling,
    returnedReport: rules.returnedReport,
    yellowCard: rules.yellowCard,
    redCard: rules.redCard,
    completedOnTime: rules.completedOnTime,
  };
  for (const [field, value] of Object.entries(amounts)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw invalid('assessment.invalid_rules', `${field} must be a whole number of tenths of at least 0`, {
        field,
        value,
      });
    }
  }
  if (rules.redCard < rules.yellowCard) {
    throw invalid('assessment.invalid_rules', 'a red card cannot cost less than a yellow card', {
      field: 'redCard',
      value: rules.redCard,
    });
  }
}
