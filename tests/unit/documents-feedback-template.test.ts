import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type ExcelJS from 'exceljs';
import { SIGNATURE_SHEET } from '../../src/core/feedback/feedback-layout.ts';
import { sha256Hex } from '../../src/core/feedback/sha256.ts';
import type { SignatureValue } from '../../src/core/feedback/template-signature.ts';
import { readSignature } from '../../src/core/feedback/template-signature.ts';
import { isDomainError } from '../../src/core/errors.ts';
import { buildFeedbackTemplate } from '../../src/exporter/feedback-template.xlsx.ts';
import { parseFeedbackTemplate } from '../../src/importer/feedback-template/parse.ts';
import type { FeedbackParseResult, FeedbackRow } from '../../src/importer/feedback-template/parse.types.ts';
import {
  expected,
  loadWorkbook,
  packagePart,
  saveWorkbook,
  sheetOf,
  templateInput,
} from '../support/documents.ts';

const FORM = '反馈表';
// Rows 5, 6, 7 hold tasks 1 (lead, one % indicator), 15 (co, two 亿元 indicators), 208 (lead, none).
let template: Promise<Uint8Array> | undefined;
const templateBytes = (): Promise<Uint8Array> => (template ??= buildFeedbackTemplate(templateInput));

/** Opens the template, lets the test fill it in as a clerk would, and saves it. */
async function filled(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(await templateBytes());
  fill(sheetOf(workbook, FORM), workbook);
  return saveWorkbook(workbook);
}

async function parseFilled(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  expectation = expected,
): Promise<FeedbackParseResult> {
  return parseFeedbackTemplate({ bytes: await filled(fill), expected: expectation });
}

/** exceljs shares one style object between cells loaded with the same format: give the cell its own. */
function setFormat(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

const errorsOf = (result: FeedbackParseResult) =>
  result.errors.map(({ sheet, cell, code }) => ({ sheet, cell, code }));
const rowOf = (result: FeedbackParseResult, taskId: number): FeedbackRow | undefined =>
  result.rows.find((row) => row.taskId === taskId);

void describe('the signature hash', () => {
  void it('sha256Hex agrees with the standard digest on ASCII, Chinese and multi-block texts', () => {
    for (const text of [
      '',
      'abc',
      '地区生产总值增长7.5%左右。',
      'x'.repeat(55),
      'y'.repeat(64),
      '序'.repeat(300),
    ]) {
      assert.equal(
        sha256Hex(text),
        createHash('sha256').update(text, 'utf8').digest('hex'),
        text.slice(0, 10),
      );
    }
  });
});

void describe('the feedback template as the clerk receives it', () => {
  void it('the form sheet is protected without a password; the task columns are locked, the fill-in cells unlocked', async () => {
    const xml = await packagePart(await templateBytes(), 'xl/worksheets/sheet1.xml');
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? '';
    assert.match(protection, /sheet="1"/);
    assert.doesNotMatch(protection, /hashValue|password/);
    const sheet = sheetOf(await loadWorkbook(await templateBytes()), FORM);
    const unlocked = (address: string): boolean => sheet.getCell(address).protection?.locked === false;
    for (const address of ['A5', 'B5', 'C5', 'D5', 'A6', 'D7', 'A4', 'E4', 'A1'])
      assert.equal(unlocked(address), false, address);
    for (const address of ['E5', 'F5', 'G5', 'H5', 'I5', 'J5', 'E7', 'I7', 'J6', 'K6'])
      assert.equal(unlocked(address), true, address);
    // Task 1 has one indicator and task 208 none: their spare actual cells stay locked.
    for (const address of ['K5', 'J7', 'K7']) assert.equal(unlocked(address), false, address);
  });

  void it('the header names the columns, with one actual column per indicator of the widest task', async () => {
    const sheet = sheetOf(await loadWorkbook(await templateBytes()), FORM);
    const header = [...Array(11).keys()].map((index) => sheet.getRow(4).getCell(index + 1).value);
    assert.deepEqual(header, [
      '序号',
      '目标与任务',
      '角色',
      '指标目标',
      '状态',
      '完成进度(%)',
      '进展情况',
      '存在问题',
      '下步打算',
      '指标①完成值',
      '指标②完成值',
    ]);
    assert.deepEqual(
      ['A5', 'C5', 'C6', 'A7'].map((a) => sheet.getCell(a).value),
      [1, '牵头', '责任', 208],
    );
    assert.equal(sheet.getCell('D6').value, '①1500亿元以上(按亿元填报)\n②260亿元以上(按亿元填报)');
    assert.match(
      String(sheet.getCell('A2').value),
      /填报单位\uff1a市发改委.*填报季度\uff1a2024年二季度.*报送截止\uff1a2024-07-05/,
    );
  });

  void it('状态 is a dropdown of the four statuses, 完成进度 a whole number 0–100, actuals a number', async () => {
    const sheet = sheetOf(await loadWorkbook(await templateBytes()), FORM);
    const status = sheet.getCell('E6').dataValidation;
    assert.equal(status.type, 'list');
    assert.deepEqual(status.formulae, ['"未启动,正常推进,滞后,已完成"']);
    assert.equal(status.showErrorMessage, true);
    const percent = sheet.getCell('F7').dataValidation;
    assert.deepEqual([percent.type, percent.formulae], ['whole', [0, 100]]);
    assert.equal(sheet.getCell('K6').dataValidation.type, 'decimal');
  });

  void it("last quarter's filing is prefilled, indicator figures in the unit the column asks for", async () => {
    const sheet = sheetOf(await loadWorkbook(await templateBytes()), FORM);
    assert.deepEqual(
      ['E5', 'F5', 'G5', 'H5', 'I5', 'J5'].map((a) => sheet.getCell(a).value),
      ['正常推进', 25, '一季度地区生产总值增长6.1%。', '外需偏弱。', '抓好重点项目。', 6.1],
    );
    assert.deepEqual(
      ['E6', 'F6', 'J6'].map((a) => sheet.getCell(a).value),
      [null, null, null],
    );
  });

  void it('the header stays in view (frozen) and the signature sheet is very hidden', async () => {
    const workbook = await loadWorkbook(await templateBytes());
    const view = sheetOf(workbook, FORM).views[0];
    assert.deepEqual(view && view.state === 'frozen' && [view.xSplit, view.ySplit], [2, 4]);
    const signature = sheetOf(workbook, SIGNATURE_SHEET);
    assert.equal(signature.state, 'veryHidden');
    const rows: SignatureValue[][] = [];
    signature.eachRow((row) => rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value as SignatureValue)));
    const reading = readSignature(rows);
    assert.ok(reading.ok);
    const { planYear, period, unitId, unitName, rows: signed } = reading.signature;
    assert.deepEqual(
      { planYear, period, unitId, unitName },
      { planYear: 2024, period: '2024-Q2', unitId: 7, unitName: '市发改委' },
    );
    assert.deepEqual(
      signed.map((row) => [row.taskId, row.seq, row.indicators]),
      [
        [101, 1, [{ indicatorId: 11, factor: 1 }]],
        [
          102,
          15,
          [
            { indicatorId: 21, factor: 1e8 },
            { indicatorId: 22, factor: 1e8 },
          ],
        ],
        [103, 208, []],
      ],
    );
  });

  void it('a period outside the plan year or a task listed twice is refused with a DomainError', async () => {
    await assert.rejects(
      buildFeedbackTemplate({ ...templateInput, planYear: 2025 }),
      (e) => isDomainError(e) && e.code === 'feedback_template.year_mismatch',
    );
    const twice = [...templateInput.tasks, { ...templateInput.tasks[0]!, taskId: 999 }];
    await assert.rejects(
      buildFeedbackTemplate({ ...templateInput, tasks: twice }),
      (e) => isDomainError(e) && e.code === 'feedback_template.duplicate_task',
    );
  });
});

void describe('round trip: build, fill in as a clerk, parse', () => {
  void it('the rows read back are exactly what the clerk filled in, figures in base units', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('E6').value = '滞后';
      sheet.getCell('F6').value = 40;
      sheet.getCell('G6').value = '1. 新增贷款820亿元;\n2. 制造业贷款150亿元。';
      sheet.getCell('H6').value = '信贷需求偏弱。';
      sheet.getCell('I6').value = '开展银企对接。';
      sheet.getCell('J6').value = 820;
      sheet.getCell('K6').value = 150.5;
      sheet.getCell('E5').value = '已完成';
      sheet.getCell('F5').value = 100;
      sheet.getCell('J5').value = 7.6;
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows, [
      {
        taskId: 101,
        selfStatus: 'completed',
        percentComplete: 100,
        progress: '一季度地区生产总值增长6.1%。',
        problems: '外需偏弱。',
        nextSteps: '抓好重点项目。',
        indicatorActuals: [{ indicatorId: 11, value: 7.6 }],
      },
      {
        taskId: 102,
        selfStatus: 'behind',
        percentComplete: 40,
        progress: '1. 新增贷款820亿元;\n2. 制造业贷款150亿元。',
        problems: '信贷需求偏弱。',
        nextSteps: '开展银企对接。',
        indicatorActuals: [
          { indicatorId: 21, value: 8.2e10 },
          { indicatorId: 22, value: 1.505e10 },
        ],
      },
      {
        taskId: 103,
        selfStatus: 'not_started',
        percentComplete: 0,
        progress: '制定督查工作方案。',
        problems: '',
        nextSteps: '',
        indicatorActuals: [],
      },
    ]);
  });

  void it('parsing the same file twice gives identical results', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell('F5').value = 120;
      sheet.getCell('E6').value = '进行中';
    });
    const first = await parseFeedbackTemplate({ bytes, expected });
    const second = await parseFeedbackTemplate({ bytes, expected });
    assert.deepEqual(second, first);
    assert.equal(first.errors.length, 2);
  });

  void it('trailing and full-width spaces around a status or a text are trimmed', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('E6').value = ' 正常推进\u3000 ';
      sheet.getCell('G6').value = '  推进银企对接。  \n';
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      [rowOf(result, 102)?.selfStatus, rowOf(result, 102)?.progress],
      ['on_track', '推进银企对接。'],
    );
  });

  void it('percent accepts full-width digits, "80%" text and a cell formatted as a percentage', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('F5').value = '\uff18\uff10';
      sheet.getCell('F6').value = '\uff16\uff15\uff05';
      sheet.getCell('F7').value = 0.3;
      setFormat(sheet.getCell('F7'), '0%');
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.rows.map((row) => row.percentComplete),
      [80, 65, 30],
    );
  });

  void it('an indicator figure may carry thousands separators, full-width digits and its unit', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('J6').value = '\uff11,\uff12\uff10\uff10亿元';
      sheet.getCell('K6').value = '  260 ';
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(rowOf(result, 102)?.indicatorActuals, [
      { indicatorId: 21, value: 1.2e11 },
      { indicatorId: 22, value: 2.6e10 },
    ]);
  });

  void it('a hidden task row is still read: hiding a row does not withdraw what it says', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getRow(6).hidden = true;
      sheet.getCell('E6').value = '已完成';
    });
    assert.deepEqual(result.errors, []);
    assert.equal(rowOf(result, 102)?.selfStatus, 'completed');
  });

  void it('a narrative merged over two task rows applies to both rows', async () => {
    const result = await parseFilled((sheet) => {
      sheet.unMergeCells('G6:G7');
      sheet.mergeCells('G6:G7');
      sheet.getCell('G6').value = '两项任务合并推进。';
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      [rowOf(result, 102)?.progress, rowOf(result, 103)?.progress],
      ['两项任务合并推进。', '两项任务合并推进。'],
    );
  });

  void it('an Excel date typed into a text column reads as the date; in 完成进度 it is an error', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('G6').value = new Date(Date.UTC(2024, 4, 1));
      setFormat(sheet.getCell('G6'), 'yyyy/m/d');
      sheet.getCell('F6').value = new Date(Date.UTC(2024, 2, 4));
      setFormat(sheet.getCell('F6'), 'm/d');
    });
    assert.equal(rowOf(result, 102)?.progress, '2024-05-01');
    assert.deepEqual(errorsOf(result), [{ sheet: FORM, cell: 'F6', code: 'percent.not_a_number' }]);
  });
});

void describe('every problem is reported with its cell', () => {
  void it('a task the unit no longer owes is a wrong task, at its 序号 cell', async () => {
    const result = await parseFilled(() => {}, {
      ...expected,
      tasks: expected.tasks.filter((task) => task.taskId !== 102),
    });
    assert.deepEqual(errorsOf(result), [{ sheet: FORM, cell: 'A6', code: 'row.unknown_task' }]);
    assert.deepEqual(
      result.rows.map((row) => row.taskId),
      [101, 103],
    );
  });

  void it('a row with a 序号 the template never had is a wrong task', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getRow(9).values = [999, '自行增加的任务', '牵头', '', '正常推进'];
    });
    assert.deepEqual(errorsOf(result), [{ sheet: FORM, cell: 'A9', code: 'row.unknown_task' }]);
  });

  void it('an edited locked cell is named, even a spare indicator cell', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('B5').value = '地区生产总值增长6%左右。';
      sheet.getCell('C7').value = '责任';
      sheet.getCell('K5').value = 12;
    });
    assert.deepEqual(errorsOf(result), [
      { sheet: FORM, cell: 'B5', code: 'cell.locked_edited' },
      { sheet: FORM, cell: 'K5', code: 'cell.locked_edited' },
      { sheet: FORM, cell: 'C7', code: 'cell.locked_edited' },
    ]);
  });

  void it('a task the office reworded after the template was made asks for a new template', async () => {
    const tasks = expected.tasks.map((task) =>
      task.taskId === 101 ? { ...task, text: '地区生产总值增长7%左右。' } : task,
    );
    const result = await parseFilled(() => {}, { ...expected, tasks });
    assert.deepEqual(errorsOf(result), [{ sheet: FORM, cell: 'B5', code: 'task.changed' }]);
  });

  void it('an unknown status, percent 120, "八十" and 80.5 are each refused at their cell', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('E5').value = '进行中';
      sheet.getCell('F5').value = 120;
      sheet.getCell('F6').value = '八十';
      sheet.getCell('F7').value = 80.5;
      sheet.getCell('J6').value = '约八百亿';
    });
    assert.deepEqual(errorsOf(result), [
      { sheet: FORM, cell: 'E5', code: 'status.invalid' },
      { sheet: FORM, cell: 'F5', code: 'percent.out_of_range' },
      { sheet: FORM, cell: 'F6', code: 'percent.not_a_number' },
      { sheet: FORM, cell: 'J6', code: 'indicator.not_a_number' },
      { sheet: FORM, cell: 'F7', code: 'percent.not_whole' },
    ]);
    assert.match(result.errors[0]?.message ?? '', /第5行.*进行中/);
  });

  void it('a duplicated task row is refused at the copy', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getRow(8).values = sheet.getRow(5).values;
    });
    assert.deepEqual(errorsOf(result), [{ sheet: FORM, cell: 'A8', code: 'row.duplicate_task' }]);
  });

  void it('a deleted task row is reported for the task it held', async () => {
    const result = await parseFilled((sheet) => {
      sheet.spliceRows(7, 1);
    });
    assert.deepEqual(errorsOf(result), [{ sheet: FORM, cell: null, code: 'row.missing' }]);
    assert.match(result.errors[0]?.message ?? '', /序号208/);
  });

  void it("another unit's file and another period's file are refused before any row is read", async () => {
    const bytes = await templateBytes();
    const otherUnit = await parseFeedbackTemplate({ bytes, expected: { ...expected, unitId: 8 } });
    assert.deepEqual(errorsOf(otherUnit), [{ sheet: FORM, cell: 'A2', code: 'template.other_unit' }]);
    assert.match(otherUnit.errors[0]?.message ?? '', /市发改委/);
    const otherPeriod = await parseFeedbackTemplate({ bytes, expected: { ...expected, period: '2024-Q3' } });
    assert.deepEqual(errorsOf(otherPeriod), [{ sheet: FORM, cell: 'A2', code: 'template.other_period' }]);
    assert.deepEqual([otherUnit.rows, otherPeriod.rows], [[], []]);
  });

  void it('a workbook whose hidden signature was removed is not our template', async () => {
    const result = await parseFilled((_sheet, workbook) => {
      workbook.removeWorksheet(sheetOf(workbook, SIGNATURE_SHEET).id);
    });
    assert.deepEqual(errorsOf(result), [{ sheet: null, cell: null, code: 'template.signature_missing' }]);
  });

  void it('a signature of another version is refused as such', async () => {
    const result = await parseFilled((_sheet, workbook) => {
      sheetOf(workbook, SIGNATURE_SHEET).getCell('B2').value = 2;
    });
    assert.deepEqual(errorsOf(result), [{ sheet: null, cell: null, code: 'template.unsupported_version' }]);
  });

  void it('several problems in one file are all returned, in sheet order', async () => {
    const result = await parseFilled((sheet) => {
      sheet.getCell('A5').value = 2;
      sheet.getCell('E6').value = '完成';
      sheet.getCell('F7').value = -1;
    });
    assert.deepEqual(errorsOf(result), [
      { sheet: FORM, cell: 'A5', code: 'row.unknown_task' },
      { sheet: FORM, cell: 'E6', code: 'status.invalid' },
      { sheet: FORM, cell: 'F7', code: 'percent.out_of_range' },
      { sheet: FORM, cell: null, code: 'row.missing' },
    ]);
  });
});

void describe('any bytes give a result, never an exception', () => {
  void it('empty, random, truncated and non-spreadsheet bytes each give one unreadable-file error', async () => {
    const whole = await templateBytes();
    const docxLike = await filled((_sheet, workbook) => workbook.removeWorksheet(sheetOf(workbook, FORM).id));
    const inputs = [
      new Uint8Array(),
      new TextEncoder().encode('序号,目标与任务\n1,x'),
      whole.subarray(0, whole.length / 2),
      new Uint8Array(4096).fill(0x50),
    ];
    for (const bytes of inputs) {
      const result = await parseFeedbackTemplate({ bytes, expected });
      assert.deepEqual(errorsOf(result), [{ sheet: null, cell: null, code: 'file.unreadable' }]);
    }
    const noForm = await parseFeedbackTemplate({ bytes: docxLike, expected });
    assert.deepEqual(errorsOf(noForm), [{ sheet: null, cell: null, code: 'template.form_missing' }]);
  });

  void it('a spreadsheet made by someone else is not our template', async () => {
    const workbook = await loadWorkbook(await templateBytes());
    workbook.removeWorksheet(sheetOf(workbook, SIGNATURE_SHEET).id);
    sheetOf(workbook, FORM).name = 'Sheet1';
    const result = await parseFeedbackTemplate({ bytes: await saveWorkbook(workbook), expected });
    assert.deepEqual(errorsOf(result), [{ sheet: null, cell: null, code: 'template.signature_missing' }]);
  });
});
