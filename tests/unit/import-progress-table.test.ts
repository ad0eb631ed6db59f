// A progress table flattened one cell per line: besides the task and its units, the header names
// columns the cells' looks cannot tell apart (a progress note per period, 是否达序, 说明). Each cell is
// read by the titles in order, so a progress note is not task text and 是 / 否 is not a unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnRole } from '../../src/importer/assemble/columns.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const HEADER = [
  '序号 |',
  '主要任务 |',
  '年度目标任务 |',
  '分管 领导 |',
  '牵头 单位 |',
  '责任主体与协同单位 |',
  '1-6月推进情况 |',
  '截至9月底完成情况 |',
  '是否达序 |',
  '说明 |',
];

// The 主要任务 cell is merged down over the rows, printed once above them: the rows give nine cells.
const ROWS = [
  [
    '7 |',
    '新建城市公园3个。 |',
    '王立新 |',
    '住建局 |',
    '城管局、相关街道 |',
    '已完成设计招标。 |',
    '2个已开工建设。 |',
    '是 |',
    '||',
  ],
  [
    '8 |',
    '改造老旧小区12个。 |',
    '王立新 |',
    '住建局 |',
    '各街道 |',
    '已完成摸底。 |',
    '5个小区已进场施工。 |',
    '否 |',
    '资金到位较晚,后期将加快推进。 |',
    '|',
  ],
];

const read = async (lines: string[]) => {
  const text = ['2024年区政府民生实事项目推进情况', ...lines].join('\n');
  return (await importNotice({ bytes: new TextEncoder().encode(text), fileName: 'progress.txt' })).tasks;
};

describe('importer: a progress table read by its column titles', () => {
  it('knows the titles of progress, yes/no and combined unit columns, wrapped or not', () => {
    assert.equal(columnRole('分管 领导'), 'leader');
    assert.equal(columnRole('牵头 单位'), 'lead');
    assert.equal(columnRole('责任主体与协同单位'), 'responsible');
    assert.equal(columnRole('1-10月推进情况'), 'progress');
    assert.equal(columnRole('截至9月底完成情况'), 'progress');
    assert.equal(columnRole('一季度进展情况'), 'progress');
    assert.equal(columnRole('是否达序'), 'other');
  });

  it('keeps progress notes out of the task text and 是/否 out of the units', async () => {
    const tasks = await read([...HEADER, ...ROWS.flat()]);
    assert.deepEqual(
      tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits, t.leaderName, t.progress]),
      [
        [7, '新建城市公园3个。', ['住建局'], ['城管局', '相关街道'], '王立新', '2个已开工建设。'],
        [8, '改造老旧小区12个。', ['住建局'], ['各街道'], '王立新', '5个小区已进场施工。'],
      ],
    );
  });

  it('reads a row by the looks of its cells when one fits no title left', async () => {
    const odd = [
      '9 |',
      '新增停车位500个。 |',
      '王立新 |',
      '住建局 |',
      '城管局 |',
      '已完成。 |',
      '已完成。 |',
      '是 |',
      '说明 |',
      '住建局 |',
    ];
    const [task] = await read([...HEADER, ...odd]);
    assert.equal(task?.seq, 9);
    assert.ok(task?.leadUnits.includes('住建局'));
  });
});
