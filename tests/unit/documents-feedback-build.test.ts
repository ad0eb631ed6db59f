import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { SIGNATURE_SHEET } from '../../src/core/feedback/feedback-layout.ts';
import { sha256Hex } from '../../src/core/feedback/sha256.ts';
import type { SignatureValue } from '../../src/core/feedback/template-signature.ts';
import { readSignature } from '../../src/core/feedback/template-signature.ts';
import { isDomainError } from '../../src/core/errors.ts';
import { buildFeedbackTemplate } from '../../src/exporter/feedback-template.xlsx.ts';
import { loadWorkbook, packagePart, sheetOf, templateInput } from '../support/documents.ts';
import { FORM, templateBytes } from '../support/feedback-template.ts';

// Rows 5, 6, 7 hold tasks 1 (lead, one % indicator), 15 (co, two 亿元 indicators), 208 (lead, none).

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
      sheet.getCell('A2').text,
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
    signature.eachRow((row) =>
      rows.push(
        [1, 2, 3, 4, 5].map((c): SignatureValue => {
          const value = row.getCell(c).value;
          return typeof value === 'string' || typeof value === 'number' ? value : null;
        }),
      ),
    );
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
