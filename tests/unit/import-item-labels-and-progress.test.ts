// Two layouts of county notices: a project list whose label lines name the item before the label
// (项目责任单位:, 项目实施时间:), and a progress table whose progress column is titled 当前进度.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnRole, parseLabels } from '../../src/importer/assemble/columns.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const read = async (lines: string[]) =>
  (await importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'notice.txt' })).tasks;

describe('importer: a label that names its item first', () => {
  it('reads 项目责任单位: and 任务牵头单位: as unit labels that open the line', () => {
    assert.deepEqual(parseLabels('项目责任单位:甲乡、水利局'), [
      { role: 'responsible', value: '甲乡、水利局' },
    ]);
    assert.deepEqual(parseLabels('任务牵头单位:县交通局'), [{ role: 'lead', value: '县交通局' }]);
    assert.equal(columnRole('项目实施时间'), 'deadline');
  });

  it('keeps prose and other words before a unit label out of the labels', () => {
    assert.equal(parseLabels('请各责任单位:按时报送进展'), null);
    assert.equal(parseLabels('县财政局责任单位:县税务局'), null);
    assert.equal(parseLabels('项目概况:新建道路3公里'), null);
  });

  it('gives a project its units and deadline from its label lines, never from its own sentences', async () => {
    const tasks = await read([
      '现将项目有关情况公示如下:',
      '1.甲乡2026年灌溉渠配套建设项目:投资300万元。由甲乡组织实施,水利局负责监督指导服务,由县财政局、审计局负责监督。',
      '项目责任领导:张三(副县长)',
      '项目责任单位:甲乡、水利局',
      '项目责任人:李四、王五',
      '项目实施时间:2026年1月-2026年10月',
      '2.乙镇2026年村道硬化项目:投资120万元。由乙镇组织实施。',
      '项目责任单位:乙镇、交通局',
      '项目实施时间:2026年3月-2026年9月',
    ]);
    assert.equal(tasks.length, 2);
    const [first, second] = tasks;
    assert.equal(
      first?.text,
      '甲乡2026年灌溉渠配套建设项目:投资300万元。由甲乡组织实施,水利局负责监督指导服务,由县财政局、审计局负责监督。',
    );
    assert.deepEqual(first?.leadUnits, ['甲乡', '水利局']);
    assert.deepEqual(first?.responsibleUnits, []);
    assert.equal(first?.deadline?.iso, '2026-10-31');
    assert.equal(second?.text, '乙镇2026年村道硬化项目:投资120万元。由乙镇组织实施。');
    assert.deepEqual(second?.leadUnits, ['乙镇', '交通局']);
  });
});

describe('importer: a progress table whose progress column is titled 当前进度', () => {
  it('knows 当前进度 and its kin as progress, a schedule as a deadline', () => {
    assert.equal(columnRole('当前进度'), 'progress');
    assert.equal(columnRole('项目进展'), 'progress');
    assert.equal(columnRole('进度安排'), 'deadline');
  });

  it('reads each row by the titles: the progress cell is neither task text nor a unit', async () => {
    const header = ['序号', '项目内容', '当前进度', '牵头单位', '备注'];
    const rows = [
      ['1', '新建公办幼儿园5所。', '80%(一所进度滞后)', '县教育局', '市民生实事'],
      ['2', '建设农村公路55公里。', '95%', '县交通局', '县民生实事'],
      ['3', '改造老旧小区3个。', '60%(甲镇、乙镇偏慢)', '县住建局', '县民生实事'],
    ];
    const tasks = await read(['民生实事项目进度表', '', ...[header, ...rows].flat().flatMap((c) => [c, ''])]);
    assert.deepEqual(
      tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits]),
      [
        ['新建公办幼儿园5所。', ['县教育局'], []],
        ['建设农村公路55公里。', ['县交通局'], []],
        ['改造老旧小区3个。', ['县住建局'], []],
      ],
    );
  });
});
