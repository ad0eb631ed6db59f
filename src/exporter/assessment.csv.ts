// The annual assessment as CSV for the office's spreadsheet: one row per unit in rank order, its
// total and a subtotal per rule, in points with one decimal. UTF-8 with a BOM so Excel reads Chinese.
import type { Ledger, RuleKey } from '../core/assessment/assessment.types.ts';
import { formatPoints, sumPoints } from '../core/assessment/points.ts';
import { neutraliseFormula } from '../core/documents/spreadsheet-text.ts';
import { RULE_LABELS, RULE_ORDER } from '../core/assessment/scoring-rules.ts';

const BOM = '\uFEFF';

export function assessmentCsv(input: { ledger: Ledger; unitName: (unitId: number) => string }): string {
  const { ledger } = input;
  const header = ['排名', '单位', '考核得分', ...RULE_ORDER.map((key) => RULE_LABELS[key]), '明细条数'];
  const rows = ledger.results.map((result) => {
    const lines = ledger.lines.filter((line) => line.unitId === result.unitId);
    const subtotal = (key: RuleKey) =>
      sumPoints(lines.filter((line) => line.ruleKey === key).map((line) => line.points));
    return [
      String(result.rank),
      neutraliseFormula(input.unitName(result.unitId)),
      formatPoints(result.total),
      ...RULE_ORDER.map((key) => formatPoints(subtotal(key))),
      String(lines.length),
    ];
  });
  return `${BOM}${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
