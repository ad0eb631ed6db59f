import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SIGNATURE_SHEET } from '../../src/core/feedback/feedback-layout.ts';
import { parseFeedbackTemplate } from '../../src/importer/feedback-template/parse.ts';
import { expected, loadWorkbook, saveWorkbook, sheetOf } from '../support/documents.ts';
import {
  FORM,
  errorsOf,
  filled,
  parseFilled,
  rowOf,
  setFormat,
  templateBytes,
} from '../support/feedback-template.ts';

// Rows 5, 6, 7 hold tasks 1 (lead, one % indicator), 15 (co, two 亿元 indicators), 208 (lead, none).

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
