import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { toCsv } from '../../src/cli/csv.ts';
import type { Ledger } from '../../src/core/assessment/assessment.types.ts';
import { DEFAULT_SCORING_RULES } from '../../src/core/assessment/scoring-rules.ts';
import { assessmentCsv } from '../../src/exporter/assessment.csv.ts';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

const ledgerOf = (count: number, total: number): Ledger => ({
  lines: [],
  facts: [],
  bases: [],
  results: Array.from({ length: count }, (_, index) => ({ unitId: index + 1, total, rank: 1 })),
});
const rules = DEFAULT_SCORING_RULES;

function csvCells(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
}

describe('spreadsheet cells written from user data never become formulas', () => {
  test('a unit name starting with = + - @ tab or CR is written with a leading apostrophe in the assessment CSV', () => {
    const csv = assessmentCsv({
      ledger: ledgerOf(HOSTILE.length, 0),
      rules,
      unitName: (id) => HOSTILE[id - 1] ?? '',
    });
    const names = csvCells(csv)
      .slice(1, 1 + HOSTILE.length)
      .map((row) => (row[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    assert.deepEqual(
      names,
      HOSTILE.map((name) => `'${name}`),
    );
  });

  test('figures the CSV computes itself keep their sign: a negative score stays a number', () => {
    const csv = assessmentCsv({ ledger: ledgerOf(1, -15), rules, unitName: () => '市发改委' });
    assert.deepEqual(csvCells(csv)[1]?.slice(0, 3), ['1', '市发改委', '-1.5']);
  });

  test("the account sheet's text cells are neutralised and its numbers are not", () => {
    const csv = toCsv([[-3, '=1+1', 'fgw-reporter', '@x']]);
    assert.equal(csv, "\uFEFF-3,'=1+1,fgw-reporter,'@x\r\n");
  });

  test('an exported .xlsx writes such text as a string cell, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRow(HOSTILE);
    const bytes = await workbook.xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes);
    const row = read.getWorksheet('s')?.getRow(1);
    HOSTILE.forEach((text, index) => {
      const cell = row?.getCell(index + 1);
      assert.equal(cell?.type, ExcelJS.ValueType.String, text);
      // XML reads a lone CR as a line feed; the text is otherwise kept as written.
      assert.equal(cell?.value, text.replace('\r', '\n'));
    });
  });
});
