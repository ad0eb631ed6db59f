// Ways offices write the same facts that the importer met first on notices it had not seen: a note in
// brackets after a column's name, the role verb alone as a label, 由X牵头, and a task's labels run on
// after its text in its own paragraph.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { columnRole, parseLabels } from '../../src/importer/assemble/columns.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { splitTrailingLabels } from '../../src/importer/readers/trailing-labels.ts';

const TITLE = '某县人民政府办公室关于印发2025年重点工作任务分解方案的通知';
const read = (lines: string[]): Promise<ImportResult> =>
  importNotice({ bytes: new TextEncoder().encode([TITLE, ...lines].join('\n')) });
const rows = (result: ImportResult) =>
  result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits, t.deadline?.iso ?? null]);

describe('a note in brackets after a column name', () => {
  it('reads the column by its name, whatever the brackets', () => {
    assert.equal(columnRole('责任单位（排在第一位的为牵头单位）'), 'responsible');
    assert.equal(columnRole('年度投资（万元）'), 'other');
    assert.equal(columnRole('年度投资【亿元】'), 'other');
    assert.equal(columnRole('完成时限(月)'), 'deadline');
  });

  it('does not make a title of a name that is none, note or not', () => {
    assert.equal(columnRole('市教育局（牵头）'), null);
    assert.equal(columnRole('新建学校（3所）'), null);
  });

  it('reads a whole table whose unit column carries the notice’s rule for its list', async () => {
    const result = await read([
      '| 序号 | 重点工作 | 责任单位（排在第一位的为牵头单位） | 完成时限 |',
      '| 1 | 新建学校3所。 | 县教育局、县财政局 | 2025年12月底 |',
      '| 2 | 改造道路10公里。 | 县交通局、县住建局、各乡镇 | 6月底前 |',
    ]);
    assert.deepEqual(rows(result), [
      ['新建学校3所。', ['县教育局'], ['县财政局'], '2025-12-31'],
      ['改造道路10公里。', ['县交通局'], ['县住建局', '各乡镇'], '2025-06-30'],
    ]);
  });
});

describe('the role verb alone as a label', () => {
  it('reads 牵头: and 配合: inside a unit cell', async () => {
    const result = await read([
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
      '| 1 | 新建学校3所。 | 牵头：县教育局；配合：县财政局、县自然资源局 | 2025年底 |',
    ]);
    assert.deepEqual(rows(result), [
      ['新建学校3所。', ['县教育局'], ['县财政局', '县自然资源局'], '2025-12-31'],
    ]);
  });

  it('takes the verb only as a whole label, not at the end of a longer word or in prose', () => {
    assert.deepEqual(parseLabels('牵头:县教育局;协办:县财政局'), [
      { role: 'lead', value: '县教育局' },
      { role: 'co', value: '县财政局' },
    ]);
    assert.equal(parseLabels('各单位要密切配合:按时报送进展'), null);
    assert.equal(columnRole('牵头'), null);
  });
});

describe('由X牵头', () => {
  it('keeps the preposition out of the unit’s name', () => {
    assert.deepEqual(parseRoleSentence('由县教育局牵头,县财政局、县自然资源局配合'), {
      lead: ['县教育局'],
      co: ['县财政局、县自然资源局'],
    });
  });

  it('leaves a unit that merely starts alike untouched', () => {
    assert.deepEqual(parseRoleSentence('县教育局牵头'), { lead: ['县教育局'], co: [] });
  });
});

describe('a task’s labels run on after its text', () => {
  it('puts the labels after a sentence’s end on a line of their own', () => {
    const lines = splitTrailingLabels({
      text: '新建学校3所。牵头单位:县教育局。配合单位:县财政局。',
      line: 4,
    });
    assert.deepEqual(lines, [
      { text: '新建学校3所。', line: 4 },
      { text: '牵头单位:县教育局。配合单位:县财政局。', line: 4 },
    ]);
  });

  it('leaves labels inside a bracket, prose with a colon and a line of labels alone', () => {
    for (const text of [
      '地区生产总值增长11%。(牵头单位:县发改局;责任单位:各镇人民政府)',
      '推进改革。主要目标是:完成三项改革。',
      '牵头单位:县教育局。配合单位:县财政局。',
    ]) {
      assert.deepEqual(splitTrailingLabels({ text, line: 1 }), [{ text, line: 1 }], text);
    }
  });

  it('reads each task’s units and deadline from its own paragraph', async () => {
    const result = await read([
      '(一)新建学校3所。牵头单位:县教育局。配合单位:县财政局、县自然资源局。完成时限:2025年9月底。',
      '(二)改造道路10公里。牵头单位:县交通局。配合单位:县住建局。完成时限:持续推进。',
    ]);
    assert.deepEqual(rows(result), [
      ['新建学校3所。', ['县教育局'], ['县财政局', '县自然资源局'], '2025-09-30'],
      ['改造道路10公里。', ['县交通局'], ['县住建局'], '2025-12-31'],
    ]);
  });
});
