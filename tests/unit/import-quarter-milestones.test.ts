// A notice that plans each task quarter by quarter (进度安排 or 时间节点 over 第一季度…第四季度, or
// columns titled 一季度…四季度) gives each task its milestone for every quarter it fills, in whatever
// form the table comes: flattened one cell per paragraph, '|' text, a web page, an Excel file. The
// cells are the plan, not the task's progress; under a progress title (完成情况) they stay progress.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ColumnRole, ImportResult, TaskMilestone } from '../../src/core/plan/plan.types.ts';
import { quarterDueBy, quarterOfTitle } from '../../src/importer/assemble/quarter-milestones.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const TITLE = '2024年某县重点工作任务分解表';
const NBSP = '\u00a0';

const TASK_1 = '新建公办学校3所。';
const TASK_2 = '改造老旧小区12个。';
const PLAN_1 = ['', '完成设计招标。', '主体封顶。', '竣工交付。'];
const PLAN_2 = ['完成摸底。', '开工6个。', '开工12个。', '全部完工。'];

/** The milestones a plan row gives: its blank quarters left out. */
const milestones = (plan: readonly string[]): TaskMilestone[] =>
  plan.flatMap((text, i) => (text === '' ? [] : [{ quarter: (i + 1) as 1 | 2 | 3 | 4, text }]));

const EXPECTED = [
  [1, TASK_1, ['县教育局'], ['各乡镇'], milestones(PLAN_1)],
  [2, TASK_2, ['县住建局'], ['各乡镇'], milestones(PLAN_2)],
];

const summary = (result: ImportResult) =>
  result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits, t.milestones ?? []]);

const fromText = (text: string, fileName = 'notice.txt') =>
  importNotice({ bytes: new TextEncoder().encode(text), fileName });

const paragraphs = (header: string[], rows: string[][]) =>
  fromText([TITLE, ...header, ...rows.flat().map((cell) => (cell === '' ? NBSP : cell))].join('\n'));

const ROWS = [
  ['1', TASK_1, ...PLAN_1, '县教育局', '各乡镇'],
  ['2', TASK_2, ...PLAN_2, '县住建局', '各乡镇'],
];

describe('importer: a plan for each quarter', () => {
  it('reads which quarter a schedule sub-column closes', () => {
    assert.deepEqual(['第一季度', '二季度', '3季度', '第四季度'].map(quarterOfTitle), [1, 2, 3, 4]);
    assert.equal(quarterOfTitle('上半年'), null);
    assert.deepEqual(
      ['第二季度', '上半年', '下半年', '全年', '1-3月', '6月底', '九月', '12月份', '5月'].map(quarterDueBy),
      [2, 2, 4, 4, 1, 2, 3, 4, null],
    );
  });

  it('flattened one cell per paragraph: 进度安排 over the quarters, a blank quarter keeping its place', async () => {
    const header = ['序号', '重点任务', '进度安排', '牵头单位', '责任单位'];
    const result = await paragraphs([...header, '第一季度', '第二季度', '第三季度', '第四季度'], ROWS);
    assert.deepEqual(summary(result), EXPECTED);
    assert.deepEqual(
      result.tasks.map((t) => [t.progress ?? null, t.deadline ?? null]),
      [
        [null, null],
        [null, null],
      ],
    );
  });

  it('flattened one cell per paragraph: columns titled 一季度…四季度 where they stand', async () => {
    const header = ['序号', '重点任务', '一季度', '二季度', '三季度', '四季度', '牵头单位', '责任单位'];
    assert.deepEqual(summary(await paragraphs(header, ROWS)), EXPECTED);
  });

  it('a numbered list inside a quarter is that quarter, and the 落实情况 column stays the progress', async () => {
    const header = ['序号', '重点任务', '时间节点', '牵头单位', '责任单位', '落实情况'];
    const quarters = ['一季度', '二季度', '三季度', '四季度'];
    const row = ['1', TASK_1, '1.完成选址。', '2.完成立项。', ...PLAN_1.slice(1), '县教育局', '各乡镇'];
    const { tasks } = await paragraphs([...header, ...quarters], [[...row, '已完成选址。']]);
    assert.deepEqual(tasks[0]?.milestones, [
      { quarter: 1, text: '1.完成选址。 2.完成立项。' },
      ...milestones(PLAN_1),
    ]);
    assert.equal(tasks[0]?.progress, '已完成选址。');
  });

  it('half years under a schedule are the plan by the end of the second and the fourth quarter', async () => {
    const header = ['序号', '重点任务', '进度安排', '牵头单位', '上半年', '下半年'];
    const rows = [['1', TASK_1, '完成设计招标。', '竣工交付。', '县教育局']];
    const { tasks } = await paragraphs(header, rows);
    assert.deepEqual(tasks[0]?.milestones, [
      { quarter: 2, text: '完成设计招标。' },
      { quarter: 4, text: '竣工交付。' },
    ]);
  });

  it('quarters under a progress title (完成情况) are progress, not a plan', async () => {
    const header = ['序号', '重点任务', '牵头单位', '完成情况', '第一季度', '第二季度'];
    const { tasks } = await paragraphs(header, [['1', TASK_1, '县教育局', '已完成选址。', '已开工。']]);
    assert.equal(tasks[0]?.milestones, undefined);
    assert.equal(tasks[0]?.progress, '已开工。');
  });

  it("'|' text: a header over two rows, 进度安排 above the quarters", async () => {
    const text = [
      TITLE,
      '| 序号 | 重点任务 | 进度安排 | | | | 牵头单位 | 责任单位 |',
      '| | | 第一季度 | 第二季度 | 第三季度 | 第四季度 | | |',
      ...ROWS.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
    const result = await fromText(text);
    assert.deepEqual(summary(result), EXPECTED);
    assert.deepEqual(
      result.columns?.map((c) => c.role),
      ['seq', 'text', 'milestone-q1', 'milestone-q2', 'milestone-q3', 'milestone-q4', 'lead', 'responsible'],
    );
  });

  const html = (group: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h1>${TITLE}</h1><table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="4">${group}</td><td rowspan="2">牵头单位</td><td rowspan="2">责任单位</td></tr>
<tr><td>一季度</td><td>二季度</td><td>三季度</td><td>四季度</td></tr>
${ROWS.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}
</table></body></html>`;

  it('a web page: 时间节点 merged over the quarters', async () => {
    const result = await fromText(html('时间节点'), 'notice.html');
    assert.deepEqual(summary(result), EXPECTED);
    assert.equal(result.tasks[0]?.deadline, undefined);
  });

  it("a web page: a task's sub-row adds to the quarters it fills", async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h1>${TITLE}</h1><table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="4">进度安排</td><td rowspan="2">牵头单位</td></tr>
<tr><td>第一季度</td><td>第二季度</td><td>第三季度</td><td>第四季度</td></tr>
<tr><td rowspan="2">1</td><td>新建公办学校3所:</td><td>完成选址。</td><td>完成设计招标。</td><td></td><td>竣工交付。</td><td rowspan="2">县教育局</td></tr>
<tr><td>其中城区2所。</td><td></td><td>城区2所开工。</td><td>城区2所封顶。</td><td></td></tr>
</table></body></html>`;
    const { tasks } = await fromText(page, 'notice.html');
    assert.deepEqual(
      tasks.map((t) => [t.text, t.milestones]),
      [
        [
          '新建公办学校3所:其中城区2所。',
          [
            { quarter: 1, text: '完成选址。' },
            { quarter: 2, text: '完成设计招标。 城区2所开工。' },
            { quarter: 3, text: '城区2所封顶。' },
            { quarter: 4, text: '竣工交付。' },
          ],
        ],
      ],
    );
  });

  it('a web page: quarters under 完成情况 give no milestones', async () => {
    const result = await fromText(html('完成情况'), 'notice.html');
    assert.deepEqual(
      result.tasks.map((t) => t.milestones),
      [undefined, undefined],
    );
  });

  it('an Excel file: 进度安排 merged over the quarters, the other titles merged down', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务');
    sheet.addRow([TITLE]);
    sheet.mergeCells('A1:H1');
    sheet.addRow(['序号', '重点任务', '进度安排', '', '', '', '牵头单位', '责任单位']);
    sheet.addRow(['', '', '第一季度', '第二季度', '第三季度', '第四季度', '', '']);
    for (const range of ['C2:F2', 'A2:A3', 'B2:B3', 'G2:G3', 'H2:H3']) sheet.mergeCells(range);
    for (const row of ROWS) sheet.addRow(row);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importNotice({ bytes, fileName: 'notice.xlsx' });
    assert.deepEqual(summary(result), EXPECTED);
  });

  it("the admin's reading of the columns names a quarter's plan", async () => {
    const text = [
      TITLE,
      '| 序号 | 重点任务 | 计划 | 牵头单位 |',
      `| 1 | ${TASK_1} | 主体封顶。 | 县教育局 |`,
    ].join('\n');
    assert.equal((await fromText(text)).tasks[0]?.milestones, undefined);
    const columnRoles: ColumnRole[] = ['seq', 'text', 'milestone-q3', 'lead'];
    const bytes = new TextEncoder().encode(text);
    const result = await importNotice({ bytes, fileName: 'notice.txt', columnRoles });
    assert.deepEqual(result.tasks[0]?.milestones, [{ quarter: 3, text: '主体封顶。' }]);
    assert.equal(result.columns?.[2]?.role, 'milestone-q3');
  });

  it('the Longgang table: each quarter of 進度安排 is that quarter, the fourth cut where the copy ends', async () => {
    const folder = 'tests/fixtures/notices/longgang-district-2023-minsheng-progress';
    const bytes = new Uint8Array(readFileSync(`${folder}/source.txt`));
    const [task] = (await importNotice({ bytes, fileName: 'source.txt' })).tasks;
    assert.deepEqual(
      task?.milestones?.map((m) => [m.quarter, /至(\d+)%。 2\./u.exec(m.text)?.[1] ?? m.text.slice(-8)]),
      [
        [1, '70'],
        [2, '80'],
        [3, '90'],
        [4, '100'],
      ],
    );
    assert.ok(task?.milestones?.[3]?.text.endsWith('外科綜合樓工程開展'));
    assert.equal(task?.progress, undefined);
  });
});
