// A unit's assessment statement (考核结果说明): its total, its rank, one line per rule with the
// share behind it and every fact with its record, so a unit can recompute its score by hand.
import { notFound } from '../errors.ts';
import type { Ledger, LedgerFact, LedgerLine, UnitBasis } from './assessment.types.ts';
import { formatPoints, formatSignedPoints } from './points.ts';
import { RULE_LABELS } from './scoring-rules.ts';

export interface StatementSubtotal {
  ruleKey: LedgerLine['ruleKey'];
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
  basis: UnitBasis;
  subtotals: StatementSubtotal[];
  lines: LedgerLine[];
  facts: LedgerFact[];
}

export function unitStatement(ledger: Ledger, unitId: number): UnitStatement {
  const result = ledger.results.find((entry) => entry.unitId === unitId);
  const basis = ledger.bases.find((entry) => entry.unitId === unitId);
  if (!result || !basis) {
    throw notFound('assessment.unit_not_in_ledger', `unit ${unitId} has no assessment result`, { unitId });
  }
  const lines = ledger.lines.filter((line) => line.unitId === unitId);
  return {
    unitId,
    total: result.total,
    rank: result.rank,
    rankedUnits: ledger.results.length,
    basis,
    subtotals: lines.map((line) => ({
      ruleKey: line.ruleKey,
      label: RULE_LABELS[line.ruleKey],
      count: line.count,
      points: line.points,
    })),
    lines,
    facts: ledger.facts.filter((fact) => fact.unitId === unitId),
  };
}

/** The statement as plain text lines, e.g. for a bulletin annex or a message to the unit. */
export function formatStatement(statement: UnitStatement, unitName: string): string[] {
  const provisional = statement.basis.provisional ? '(含暂计项)' : '';
  const heading = `${unitName}:考核得分${formatPoints(statement.total)}分${provisional},排名第${statement.rank}(共${statement.rankedUnits}个单位)`;
  const basis = `应报${statement.basis.owedFilings}次,牵头任务${statement.basis.leadTasks}项`;
  const lines = statement.lines.map((line) => `${formatSignedPoints(line.points)} ${line.explanation}`);
  const facts = statement.facts.map((fact) => `${fact.explanation}[${fact.eventRef}]`);
  return [heading, basis, ...lines, '明细:', ...facts];
}
