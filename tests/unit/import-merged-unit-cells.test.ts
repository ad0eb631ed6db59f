// A web table flattened one cell per paragraph prints a unit cell merged down over several rows once,
// in its first row; a cell may print two units run together that other rows print apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importNotice } from '../../src/importer/import-notice.ts';

const HEADER = ['序号', '工作任务', '完成时限', '责任单位', '备注'];

const read = async (lines: string[]) =>
  (await importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'table.txt' })).tasks;

describe('importer: a unit cell merged down over the rows below it', () => {
  it('gives a row that prints no unit cell the units printed last above it', async () => {
    const tasks = await read([
      ...HEADER,
      '1',
      '开展专项整治行动4次以上。',
      '12月底前',
      '执法大队',
      '2',
      '净化网络文化环境,抽查合格率达到92%以上。',
      '3',
      '完成县级应急广播系统建设。',
      '广电事业股',
      '4',
      '新建旅游厕所6座。',
      '旅游股',
    ]);
    assert.deepEqual(
      tasks.map((t) => t.leadUnits),
      [['执法大队'], ['执法大队'], ['广电事业股'], ['旅游股']],
    );
  });

  it('carries nothing into the row the input ends in, nor into a table under a new header', async () => {
    const tasks = await read([
      ...HEADER,
      '1',
      '开展专项整治行动4次以上。',
      '12月底前',
      '执法大队',
      '2',
      '净化网络文化环境,抽查合格率达到92%以上。',
    ]);
    assert.deepEqual(
      tasks.map((t) => t.leadUnits),
      [['执法大队'], []],
    );
    const next = await read([
      ...HEADER,
      '1',
      '开展专项整治行动4次以上。',
      '12月底前',
      '执法大队',
      ...HEADER,
      '1',
      '新建旅游厕所6座。',
      '2',
      '完成县级应急广播系统建设。',
      '广电事业股',
    ]);
    assert.deepEqual(
      next.map((t) => t.leadUnits),
      [['执法大队'], [], ['广电事业股']],
    );
  });
});

describe('importer: two units printed run together in one cell', () => {
  it('splits them when the table printed both apart in an earlier row', async () => {
    const tasks = await read([
      ...HEADER,
      '1',
      '两馆免费开放服务人次较上年增长15%。',
      '12月底前',
      '文化宣传股',
      '文化馆',
      '2',
      '全年组织开展文化下乡演出不少于100场。',
      '文化宣传股文化馆',
    ]);
    assert.deepEqual(tasks[1]?.leadUnits, ['文化宣传股', '文化馆']);
  });

  it('keeps a name whole when its parts were not printed apart, or only its start was', async () => {
    const tasks = await read([
      ...HEADER,
      '1',
      '两馆免费开放服务人次较上年增长15%。',
      '12月底前',
      '文化馆',
      '2',
      '全年组织开展文化下乡演出不少于100场。',
      '文化馆分馆',
      '3',
      '推进总分馆制建设。',
      '文化宣传股图书馆',
    ]);
    assert.deepEqual(tasks[1]?.leadUnits, ['文化馆分馆']);
    assert.deepEqual(tasks[2]?.leadUnits, ['文化宣传股图书馆']);
  });
});
