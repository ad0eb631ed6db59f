// A plan's scoring rules (考核规则) as data every unit can read. Every unit starts from the full
// score; deductions and credits are weighted by shares, not counted per task, so a unit owing 3
// filings and one owing 200 are compared on behaviour, not size. All amounts are non-negative
// integers in tenths of a point; whether an amount adds or deducts is fixed by its rule.
import { invalid } from '../errors.ts';
import type { RuleKey } from './assessment.types.ts';
import { formatPoints } from './points.ts';

export interface ScoringRules {
  /** The score every unit starts from (the weight of key tasks in the city's assessment). */
  fullScore: number;
  /** Lost when every owed filing is late; a share s of late filings loses s × this. */
  lateFiling: number;
  /** Lost when every owed filing is missing (provisional until the quarter is closed). */
  missingFiling: number;
  /** Lost per return as a share of the owed filings. */
  returnedReport: number;
  /** Lost per card as a share of the owed filings. */
  yellowCard: number;
  /** At least the yellow card: lowering a red card gives back the difference. */
  redCard: number;
  /** Gained when every task the unit leads is verified complete by the deadline. */
  completedOnTime: number;
}

/** Full 100; late 20, missing 40, returned 10, yellow 20, red 50 (shares of owed filings); on time +5. */
export const DEFAULT_SCORING_RULES: ScoringRules = {
  fullScore: 1000,
  lateFiling: 200,
  missingFiling: 400,
  returnedReport: 100,
  yellowCard: 200,
  redCard: 500,
  completedOnTime: 50,
};

export const RULE_LABELS = {
  'base.full': '基础分',
  'filing.late': '逾期填报',
  'filing.missing': '未填报',
  'report.returned': '报告退回',
  'card.yellow': '黄牌',
  'card.red': '红牌',
  'card.lowered': '红牌降黄',
  'completion.on_time': '按期办结',
} as const satisfies Record<RuleKey, string>;

/** The order rules are listed in statements: the full score, then deductions, then credits. */
export const RULE_ORDER: readonly RuleKey[] = [
  'base.full',
  'filing.late',
  'filing.missing',
  'report.returned',
  'card.yellow',
  'card.red',
  'card.lowered',
  'completion.on_time',
];

/** A stored value from before the share model (points per task) is read as the defaults. */
export function scoringRulesOrDefault(stored: unknown): ScoringRules {
  const known = stored as Partial<ScoringRules> | null;
  return typeof known?.fullScore === 'number' && typeof known.lateFiling === 'number'
    ? (stored as ScoringRules)
    : DEFAULT_SCORING_RULES;
}

/** Each rule's weight (signed) and what its count is divided by. */
export function ruleWeight(
  rules: ScoringRules,
  ruleKey: RuleKey,
): { weight: number; per: 'filings' | 'leads' | null } {
  switch (ruleKey) {
    case 'base.full':
      return { weight: rules.fullScore, per: null };
    case 'filing.late':
      return { weight: -rules.lateFiling, per: 'filings' };
    case 'filing.missing':
      return { weight: -rules.missingFiling, per: 'filings' };
    case 'report.returned':
      return { weight: -rules.returnedReport, per: 'filings' };
    case 'card.yellow':
      return { weight: -rules.yellowCard, per: 'filings' };
    case 'card.red':
      return { weight: -rules.redCard, per: 'filings' };
    case 'card.lowered':
      return { weight: rules.redCard - rules.yellowCard, per: 'filings' };
    case 'completion.on_time':
      return { weight: rules.completedOnTime, per: 'leads' };
  }
}

const COUNT_NAMES = {
  'filing.late': '逾期次数',
  'filing.missing': '未报次数',
  'report.returned': '退回次数',
  'card.yellow': '黄牌数',
  'card.red': '红牌数',
  'card.lowered': '降牌数',
  'completion.on_time': '按期办结数',
} as const satisfies Record<Exclude<RuleKey, 'base.full'>, string>;

/** The formula in words, as the ranking and every statement show it. */
export function scoringFormula(rules: ScoringRules): string[] {
  const terms = RULE_ORDER.filter((key) => key !== 'base.full').map((key) => {
    const { weight, per } = ruleWeight(rules, key);
    const sign = weight < 0 ? '−' : '+';
    const divisor = per === 'leads' ? '牵头任务数' : '应报次数';
    return `${sign} ${formatPoints(Math.abs(weight))} × ${COUNT_NAMES[key]} ÷ ${divisor}`;
  });
  return [
    `得分 = 满分${formatPoints(rules.fullScore)} ${terms.join(' ')}`,
    '应报次数:单位在已开始的季度中应报送的填报份数(任务数×季度数,办结核验后的季度不再计入);牵头任务数:单位牵头的任务数。',
    '逾期未报的填报自逾期之日起计入"未报次数",在季度关闭前为暂计,补报后改按逾期计算。',
    '每项分值按比例计算后四舍五入到0.1分;任务多少不影响得分,只看行为所占比例。',
  ];
}

export function validateScoringRules(rules: ScoringRules): void {
  for (const [field, value] of Object.entries(rules)) {
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
