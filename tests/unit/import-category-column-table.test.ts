// A county office's table flattened one cell per paragraph: a 指标 column names the category a few
// rows share (printed once over them), the sections of the office (股) are its units, a unit cell
// prints one unit per line, and a two-character leader is spaced out to three (周 斐).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnRole } from '../../src/importer/assemble/columns.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { looksLikePerson, looksLikeUnit } from '../../src/importer/units/unit-grammar.ts';

const HEADER = ['序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注'];

const read = async (lines: string[]) =>
  (await importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'table.txt' })).tasks;

describe('importer: the names of an office and its sections', () => {
  it('knows a section (股, 科室) as a unit and a column of sections as a unit column', () => {
    assert.ok(looksLikeUnit('文化宣传股'));
    assert.ok(looksLikeUnit('广电事业股'));
    assert.ok(!looksLikeUnit('村集体入股'));
    assert.ok(!looksLikeUnit('控股'));
    assert.equal(columnRole('责任股室(单位)'), 'responsible');
    assert.equal(columnRole('牵头科室'), 'lead');
    assert.equal(columnRole('配合处室'), 'co');
  });

  it('reads a name spaced out to the width of three characters as a person, a unit never', () => {
    assert.ok(looksLikePerson('周 斐'));
    assert.ok(looksLikePerson('周斐'));
    assert.ok(!looksLikePerson('县 委'));
    assert.ok(!looksLikePerson('周 斐 王'));
  });
});

describe('importer: a table whose 指标 column is a category over its rows', () => {
  it('keeps the category out of the task text and reads a unit per line as one cell', async () => {
    const tasks = await read([
      ...HEADER,
      '1',
      '公共文化服务',
      '图书馆免费开放服务人次较上年增长15%。',
      '12月底前',
      '张三',
      '文化宣传股',
      '文化馆',
      '图书馆',
      '2',
      '文化产业',
      '培育规模以上文化服务企业1家。',
      '6月底前',
      '李四',
      '产业股',
      '3',
      '三建设一整治',
      '新建旅游厕所6座。',
      '5月底',
      '周 斐',
      '旅游股',
    ]);
    assert.deepEqual(
      tasks.map((t) => [t.text, t.leadUnits]),
      [
        ['图书馆免费开放服务人次较上年增长15%。', ['文化宣传股', '文化馆', '图书馆']],
        ['培育规模以上文化服务企业1家。', ['产业股']],
        ['新建旅游厕所6座。', ['旅游股']],
      ],
    );
    assert.equal(tasks[2]?.deadline?.text, '5月底');
  });

  it('still joins a project name to its content: only a category title is set apart', async () => {
    const tasks = await read([
      '序号',
      '项目名称',
      '建设内容',
      '责任单位',
      '备注',
      '1',
      '城北小学门前道路建设项目',
      '建成唐塔北路延伸段道路。',
      '住建局',
      '2',
      '老旧小区改造项目',
      '改造三个小区的配套设施。',
      '住建局',
    ]);
    assert.deepEqual(
      tasks.map((t) => t.text),
      ['城北小学门前道路建设项目建成唐塔北路延伸段道路。', '老旧小区改造项目改造三个小区的配套设施。'],
    );
  });
});
