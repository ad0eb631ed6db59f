// Assessment, closed quarters, burden and notifications -> API shapes. Points travel as integer
// tenths with their display text beside them.
import type { z } from 'zod';
import type { LedgerFact, LedgerLine } from '../../core/assessment/assessment.types.ts';
import { formatPoints, sumPoints } from '../../core/assessment/points.ts';
import type { ScoringRules } from '../../core/assessment/scoring-rules.ts';
import { RULE_LABELS, RULE_ORDER, ruleWeight, scoringFormula } from '../../core/assessment/scoring-rules.ts';
import type { UnitStatement } from '../../core/assessment/statement.ts';
import { formatStatement } from '../../core/assessment/statement.ts';
import type { LedgerView } from '../../services/assessment/ledger.usecases.ts';
import type {
  AssessmentRulesSchema,
  LedgerSchema,
  StatementSchema,
} from '../../contracts/assessment.schema.ts';

export const points = (tenths: number) => ({ tenths, display: formatPoints(tenths) });

const presentLine = (line: LedgerLine) => ({
  unitId: line.unitId,
  ruleKey: line.ruleKey,
  label: RULE_LABELS[line.ruleKey],
  points: points(line.points),
  count: line.count,
  base: line.base,
  provisional: line.provisional,
  explanation: line.explanation,
});

const presentFact = (fact: LedgerFact) => ({ ...fact });

export function presentLedger(view: LedgerView): z.output<typeof LedgerSchema> {
  const { ledger } = view;
  const bases = new Map(ledger.bases.map((basis) => [basis.unitId, basis]));
  return {
    year: view.plan.year,
    formula: scoringFormula(view.rules),
    results: ledger.results.map((result) => ({
      unitId: result.unitId,
      unitName: view.unitNames.get(result.unitId) ?? `#${result.unitId}`,
      total: points(result.total),
      rank: result.rank,
      owedFilings: bases.get(result.unitId)?.owedFilings ?? 0,
      leadTasks: bases.get(result.unitId)?.leadTasks ?? 0,
      provisional: bases.get(result.unitId)?.provisional ?? false,
      lineCount: ledger.facts.filter((fact) => fact.unitId === result.unitId).length,
    })),
    lines: ledger.lines.map(presentLine),
    facts: ledger.facts.map(presentFact),
    totalOfLines: points(sumPoints(ledger.lines.map((line) => line.points))),
  };
}

export function presentStatement(input: {
  year: number;
  rules: ScoringRules;
  statement: UnitStatement;
  unitName: string;
}): z.output<typeof StatementSchema> {
  const { statement } = input;
  return {
    year: input.year,
    unitId: statement.unitId,
    unitName: input.unitName,
    total: points(statement.total),
    rank: statement.rank,
    rankedUnits: statement.rankedUnits,
    owedFilings: statement.basis.owedFilings,
    leadTasks: statement.basis.leadTasks,
    provisional: statement.basis.provisional,
    formula: scoringFormula(input.rules),
    subtotals: statement.subtotals.map((entry) => ({ ...entry, points: points(entry.points) })),
    lines: statement.lines.map(presentLine),
    facts: statement.facts.map(presentFact),
    text: formatStatement(statement, input.unitName),
  };
}

const PER_TEXT = {
  'base.full': '每个单位的起点分',
  'filing.late': '× 逾期次数 ÷ 应报次数',
  'filing.missing': '× 未报次数 ÷ 应报次数(季度关闭前为暂计)',
  'report.returned': '× 退回次数 ÷ 应报次数',
  'card.yellow': '× 黄牌数 ÷ 应报次数',
  'card.red': '× 红牌数 ÷ 应报次数',
  'card.lowered': '× 降为黄牌的红牌数 ÷ 应报次数',
  'completion.on_time': '× 在完成时限内核验办结的任务数 ÷ 牵头任务数',
} as const;

/** Each rule with its weight (+ adds, - deducts) and the share it is multiplied by. */
export function presentAssessmentRules(
  year: number,
  rules: ScoringRules,
): z.output<typeof AssessmentRulesSchema> {
  return {
    year,
    scoring: rules,
    formula: scoringFormula(rules),
    rules: RULE_ORDER.map((ruleKey) => ({
      ruleKey,
      label: RULE_LABELS[ruleKey],
      points: points(ruleWeight(rules, ruleKey).weight),
      per: PER_TEXT[ruleKey],
    })),
  };
}
