// The annual assessment as CSV for the office's spreadsheet: one row per unit in rank order with its
// total, its bases (owed filings, led tasks), a subtotal per rule and whether it holds provisional
// items, in points with one decimal; then the formula. UTF-8 with a BOM so Excel reads Chinese.
import type { Ledger, RuleKey } from '../core/assessment/assessment.types.ts';
import { formatPoints, sumPoints } from '../core/assessment/points.ts';
import { neutraliseFormula } from '../core/documents/spreadsheet-text.ts';
import type { ScoringRules } from '../core/assessment/scoring-rules.ts';
import { RULE_LABELS, RULE_ORDER, scoringFormula } from '../core/assessment/scoring-rules.ts';

const BOM = '\uFEFF';

export function assessmentCsv(input: {
  ledger: Ledger;
  rules: ScoringRules;
  unitName: (unitId: number) => string;
}): string {
  const { ledger } = input;
  const bases = new Map(ledger.bases.map((basis) => [basis.unitId, basis]));
  const header = [
    '排名',
    '单位',
    '考核得分',
    '应报次数',
    '牵头任务数',
    ...RULE_ORDER.map((key) => RULE_LABELS[key]),
    '含暂计项',
  ];
  const rows = ledger.results.map((result) => {
    const lines = ledger.lines.filter((line) => line.unitId === result.unitId);
    const subtotal = (key: RuleKey) =>
      sumPoints(lines.filter((line) => line.ruleKey === key).map((line) => line.points));
    const basis = bases.get(result.unitId);
    return [
      String(result.rank),
      neutraliseFormula(input.unitName(result.unitId)),
      formatPoints(result.total),
      String(basis?.owedFilings ?? 0),
      String(basis?.leadTasks ?? 0),
      ...RULE_ORDER.map((key) => formatPoints(subtotal(key))),
      basis?.provisional ? '是' : '否',
    ];
  });
  const formula = [['计分公式'], ...scoringFormula(input.rules).map((line) => [line])];
  const table = [header, ...rows, [], ...formula];
  return `${BOM}${table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
