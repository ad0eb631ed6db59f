// A county notice as some sites publish it: the page's metadata as '|' rows, then the cover letter and
// the whole plan run into one paragraph, its parts named after the leader who leads them, numbering
// restarting at 1 in each part, and the rule "首位单位为牵头单位" written inside the first unit list.
// The notices here are written the way such pages read, not copied from the corpus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { readText } from '../../src/importer/readers/text.reader.ts';
import { pipesAreFurniture } from '../../src/importer/readers/page-furniture.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const numbered = (result: ImportResult) => result.tasks.map((t) => [t.label ?? null, t.text]);
const units = (result: ImportResult) => result.tasks.map((t) => [t.leadUnits, t.responsibleUnits]);
const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

const COVER =
  '各乡镇人民政府,县政府各部门: 《2023年政府工作报告重点工作责任分解》已经县政府同意,现印发给你们,请认真贯彻执行。各级各部门要加强组织领导,明确具体任务,细化工作方案,确保按时完成既定的目标任务。 某某县人民政府办公室 2023年3月1日 政府工作报告2023年重点工作责任分解';
const METADATA = [
  '索引号: | 000000000/2023-00001 | 成文日期: | 2023-03-01 |',
  '文件编号: | 某政办发〔2023〕5号 | 组配分类: | 政府工作报告 |',
  '发布机构: | 县政府办公室 | 有效性: |',
  '某某县人民政府办公室关于印发政府工作报告2023年重点工作责任分解的通知 |',
  '||',
];
const PLAN =
  ' 一、李明县长牵头重点工作 1.全县生产总值增长6%左右。 责任单位:县发改局(首位单位为牵头单位,下同)、县统计局、县财政局 2.严控一般性支出。 责任单位:县财政局 二、赵刚常务副县长牵头重点工作 1.完善重大行政决策程序。 责任单位:县司法局 2.推进全域土地综合整治。 责任单位:县自然资源和规划局、县农业农村局';

describe("a site's metadata rows above a notice written as prose", () => {
  it('a handful of label/value rows before long prose are page furniture, not the task table', () => {
    const read = readText([...METADATA, COVER + PLAN].join('\n'), 'utf-8');
    assert.equal(read.source.kind, 'paragraphs');
  });

  it('the same rows with no prose after them stay a table', () => {
    assert.equal(pipesAreFurniture(lines([...METADATA, '附件:责任分解表'])), false);
    assert.equal(readText(METADATA.join('\n'), 'utf-8').source.kind, 'table');
  });

  it('a real task table with a cover letter before it is not furniture', () => {
    const table = [
      COVER,
      '序号 | 重点工作 | 牵头单位 | 责任单位 |',
      '1 | 全县生产总值增长6%左右 | 县发改局 | 县统计局 |',
      '2 | 严控一般性支出 | 县财政局 | |',
    ];
    assert.equal(pipesAreFurniture(lines(table)), false);
    assert.equal(readText(table.join('\n'), 'utf-8').source.kind, 'table');
  });

  it('rows without label cells are not furniture, even above prose', () => {
    const rows = ['1 | 全县生产总值增长6%左右 | 县发改局 |', '2 | 严控一般性支出 | 县财政局 |'];
    assert.equal(pipesAreFurniture(lines([...rows, COVER])), false);
  });
});

describe('a run-together plan whose numbering restarts in each part', () => {
  it('splits the paragraph into its items under each part, numbered as printed', async () => {
    const result = await read([...METADATA, COVER + PLAN]);
    assert.deepEqual(numbered(result), [
      ['1.', '全县生产总值增长6%左右。'],
      ['2.', '严控一般性支出。'],
      ['1.', '完善重大行政决策程序。'],
      ['2.', '推进全域土地综合整治。'],
    ]);
    assert.deepEqual(
      result.structure.map((node) => node.title),
      ['李明县长牵头重点工作', '赵刚常务副县长牵头重点工作'],
    );
  });

  it('a 1 again with no part heading before it does not restart the list', async () => {
    const result = await read([
      `${COVER} 1.全县生产总值增长6%左右。 责任单位:县发改局 2.严控一般性支出,其中包括 1.会议费 2.培训费。 责任单位:县财政局`,
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.label ?? null),
      ['1.', '2.'],
    );
    assert.match(result.tasks[1]?.text ?? '', /1\.会议费 2\.培训费/u);
  });
});

describe('part headings that name the leader who leads them', () => {
  it('give that leader text to the items under them, and never a unit', async () => {
    const result = await read([...METADATA, COVER + PLAN]);
    assert.deepEqual(
      result.tasks.map((t) => t.leaderName ?? null),
      ['李明县长', '李明县长', '赵刚常务副县长', '赵刚常务副县长'],
    );
    const named = result.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]);
    assert.ok(!named.some((unit) => /李明|赵刚/u.test(unit)));
  });

  it('a part heading that names a unit gives no leader', async () => {
    const result = await read([
      '一、县发改局牵头重点工作',
      '1.全县生产总值增长6%左右。',
      '2.推进重大项目建设。',
      '3.严控一般性支出。',
      '责任单位:县财政局',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.leaderName ?? null),
      [null, null, null],
    );
    assert.deepEqual(units(result), [
      [['县发改局'], []],
      [['县发改局'], []],
      [['县财政局'], []],
    ]);
  });
});

describe('the rule 首位单位为牵头单位 written inside the first unit list', () => {
  it('makes the first unit of every list the lead, and stays out of the unit names', async () => {
    const result = await read([...METADATA, COVER + PLAN]);
    assert.deepEqual(units(result), [
      [['县发改局'], ['县统计局', '县财政局']],
      [['县财政局'], []],
      [['县司法局'], []],
      [['县自然资源和规划局'], ['县农业农村局']],
    ]);
  });

  it('without the rule, a lone 责任单位 list is all leads', async () => {
    const result = await read([
      '一、重点工作',
      '1.全县生产总值增长6%左右。',
      '责任单位:县发改局(按职责分工负责)、县统计局',
      '2.推进全域土地综合整治。',
      '责任单位:县自然资源和规划局、县农业农村局',
    ]);
    assert.deepEqual(units(result)[1], [['县自然资源和规划局', '县农业农村局'], []]);
  });

  it('首位 naming something else is no rule', async () => {
    const result = await read([
      '一、重点工作',
      '1.全县生产总值增长6%左右,总量位居全市首位。',
      '责任单位:县发改局、县统计局',
    ]);
    assert.deepEqual(units(result), [[['县发改局', '县统计局'], []]]);
  });
});
