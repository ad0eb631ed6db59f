// A unit's assessment statement (考核结果说明): its total, its rank, a subtotal per rule and every
// line item with the event behind it, so a unit can check its score line by line.
import { notFound } from '../errors.ts';
import type { Ledger, LedgerLine, RuleKey } from './assessment.types.ts';
import { formatPoints, formatSignedPoints, sumPoints } from './points.ts';
import { RULE_LABELS, RULE_ORDER } from './scoring-rules.ts';

export interface StatementSubtotal {
  ruleKey: RuleKey;
  label: string;
  count: number;
  points: number;
}

export interface UnitStatement {
  unitId: number;
  total: number;
  rank: number;
  /** How many units were ranked. */
  rankedUnits: number;
  subtotals: StatementSubtotal[];
  lines: LedgerLine[];
}

export function unitStatement(ledger: Ledger, unitId: number): UnitStatement {
  const result = ledger.results.find((entry) => entry.unitId === unitId);
  if (!result) {
    throw notFound('assessment.unit_not_in_ledger', `unit ${unitId} has no assessment result`, { unitId });
  }
  const lines = ledger.lines.filter((line) => line.unitId === unitId);
  return {
    unitId,
    total: result.total,
    rank: result.rank,
    rankedUnits: ledger.results.length,
    subtotals: subtotalsOf(lines),
    lines,
  };
}

/** Subtotals in the order the rules are listed, only for rules that produced a line. */
function subtotalsOf(lines: readonly LedgerLine[]): StatementSubtotal[] {
  return RULE_ORDER.flatMap((ruleKey) => {
    const matching = lines.filter((line) => line.ruleKey === ruleKey);
    if (matching.length === 0) return [];
    const points = sumPoints(matching.map((line) => line.points));
    return [{ ruleKey, label: RULE_LABELS[ruleKey], count: matching.length, points }];
  });
}

/** The statement as plain text lines, e.g. for a bulletin annex or a message to the unit. */
export function formatStatement(statement: UnitStatement, unitName: string): string[] {
  const heading = `${unitName}:考核得分${formatPoints(statement.total)}分,排名第${statement.rank}(共${statement.rankedUnits}个单位)`;
  const subtotals = statement.subtotals.map(
    (entry) => `${entry.label}${entry.count}项,${formatSignedPoints(entry.points)}分`,
  );
  const details = statement.lines.map(
    (line) => `${formatSignedPoints(line.points)} ${line.explanation}[${line.eventRef}]`,
  );
  return [heading, ...subtotals, '明细:', ...details];
}
