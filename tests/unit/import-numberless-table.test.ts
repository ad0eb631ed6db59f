// A Word table dumped one cell per paragraph with no number column: the lead column first and wrapped
// over several paragraphs (市政 / 府办 / 公厅), a spaced-out header, tasks numbered by their position.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { wrappedCells } from '../../src/importer/assemble/numberless-table.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n\n')) });
}

const rows = (result: ImportResult) =>
  result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits, t.complete]);

const TITLE = '某市人民政府关于对2012年《政府工作报告》目标任务实施责任分解管理的通知';
const TASK_1 = '强化行政监督,自觉接受人大和政协监督,优质高效办理人大代表议案和政协提案';
const TASK_2 = '加快重大项目建设,全年完成固定资产投资增长百分之二十以上';
const TASK_3 = '深化财政体制改革,全面推进预算公开和绩效管理工作';

describe('a table with no number column, one cell per paragraph', () => {
  it('lead column first, wrapped over paragraphs; rows numbered by position', async () => {
    const result = await read([
      TITLE,
      '附件:',
      '牵头单位',
      '目   标   任   务',
      '责  任  单  位',
      ...['市政', '府办', '公厅', TASK_1, '市直各单位'],
      ...['市发', '改委', TASK_2, '市财政局'],
      ...['市财政局', TASK_3, '各区县(市)政府'],
    ]);
    assert.deepEqual(rows(result), [
      [1, TASK_1, ['市政府办公厅'], ['市直各单位'], true],
      [2, TASK_2, ['市发改委'], ['市财政局'], true],
      [3, TASK_3, ['市财政局'], ['各区县(市)政府'], true],
    ]);
    assert.equal(result.tasks[0]?.label, undefined);
  });

  it('is found without an attachment mark, and a copy ending before the last cell cuts the row', async () => {
    const result = await read([
      TITLE,
      '牵头单位',
      '目标任务',
      '责任单位',
      ...['市发改委', TASK_2, '市财政局'],
      ...['市财政局', TASK_3],
    ]);
    assert.deepEqual(rows(result), [
      [1, TASK_2, ['市发改委'], ['市财政局'], true],
      [2, TASK_3, ['市财政局'], [], false],
    ]);
  });

  it('two whole units of one width between two tasks are two cells, not one wrapped name', () => {
    assert.deepEqual(wrappedCells(['市财政局', '市发改委'], 2), ['市财政局', '市发改委']);
    assert.deepEqual(wrappedCells(['市直各', '单位', '市发', '改委'], 2), ['市直各单位', '市发改委']);
    assert.deepEqual(wrappedCells(['市政', '府办', '公厅'], 1), ['市政府办公厅']);
    const many = Array.from({ length: 5000 }, () => '市政');
    assert.ok(wrappedCells(many, 1).length >= 1);
  });

  it('column titles in a cover letter with a numbered list after them start no such table', async () => {
    const result = await read([
      TITLE,
      '牵头单位',
      '目标任务',
      '责任单位',
      '1.加快重大项目建设。',
      '牵头单位:市发改委',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leadUnits]),
      [[1, ['市发改委']]],
    );
  });
});
