import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PeriodKey } from '../../src/core/period/period.ts';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import type {
  PublicationInput,
  PublicationTask,
  PublishedReport,
} from '../../src/exporter/documents.types.ts';
import { exportPublicationDocx } from '../../src/exporter/publication.docx.ts';
import { escapeHtml, exportPublicationHtml } from '../../src/exporter/publication.html.ts';
import { progressColumnTitle, publicationTable, publishedProgress } from '../../src/exporter/publication.ts';
import { exportPublicationXlsx } from '../../src/exporter/publication.xlsx.ts';
import { count, loadWorkbook, packagePart, seedPlan, sheetOf } from '../support/documents.ts';

const report = (unitName: string, state: PublishedReport['state'], progress: string): PublishedReport => ({
  unitName,
  state,
  progress,
  indicatorActuals: [],
});

/** The seed's tasks, each lead unit's report accepted when the task number is odd. */
function seedPublication(plan: ImportResult, period: PeriodKey): PublicationInput {
  const tasks = plan.tasks.map((task): PublicationTask => ({
    taskId: 1000 + task.seq,
    seq: task.seq,
    path: task.path,
    text: task.text,
    leadUnits: task.leadUnits,
    indicators: [],
    leadReports: task.leadUnits.map((unit) =>
      report(unit, task.seq % 2 === 1 ? 'accepted' : 'signed_off', `1.第${task.seq}项已推进。`),
    ),
    remark: task.seq === 220 ? '持续推进' : '',
  }));
  return { period, issuer: '芜湖市', structure: plan.structure, tasks };
}

const GDP_TASK: PublicationTask = {
  taskId: 1,
  seq: 1,
  path: ['一'],
  text: '地区生产总值增长7.5%左右。',
  leadUnits: ['市发改委'],
  indicators: [{ indicatorId: 11, metric: '地区生产总值增长', raw: '增长7.5%左右', unit: '%', value: 7.5 }],
  leadReports: [
    {
      ...report('市发改委', 'accepted', '一季度全市经济运行总体平稳。'),
      indicatorActuals: [{ indicatorId: 11, value: 6.1 }],
    },
  ],
};

void describe('what the publication says', () => {
  void it('the progress column is titled the way the city titles each quarter', () => {
    assert.deepEqual((['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] as const).map(progressColumnTitle), [
      '一季度工作进展',
      '二季度进展情况',
      '三季度进展情况',
      '全年完成情况',
    ]);
  });

  void it('only accepted lead reports are published; a headline figure follows the narrative', () => {
    assert.equal(
      publishedProgress(GDP_TASK),
      '一季度全市经济运行总体平稳。\n指标完成情况\uff1a地区生产总值增长6.1%\uff08目标增长7.5%左右\uff09',
    );
    const waiting = { ...GDP_TASK, leadReports: [report('市发改委', 'signed_off', '待审核的内容')] };
    assert.equal(publishedProgress(waiting), '');
  });

  void it('with several lead units each accepted report speaks under its unit name', () => {
    const task: PublicationTask = {
      ...GDP_TASK,
      indicators: [],
      leadReports: [
        report('市发改委', 'accepted', '出台方案。'),
        report('市财政局', 'returned', '退回的内容'),
        report('市经信局', 'accepted', '开工项目3个。'),
      ],
    };
    assert.equal(publishedProgress(task), '【市发改委】出台方案。\n【市经信局】开工项目3个。');
  });

  void it("the seed's table keeps the notice's numbers 1–220 and its 3 parts, 14 sections and 37 subsections", async () => {
    const table = publicationTable(seedPublication(await seedPlan(), '2024-Q1'));
    const seqs = table.lines.flatMap((line) => (line.kind === 'item' ? [line.item.seq] : []));
    assert.deepEqual(
      seqs,
      Array.from({ length: 220 }, (_, index) => index + 1),
    );
    const levels = table.lines.map((line) => (line.kind === 'heading' ? line.level : line.kind));
    assert.deepEqual(
      [
        count(levels.join(' '), 'part'),
        count(levels.join(' '), 'section'),
        count(levels.join(' '), 'subsection'),
      ],
      [3, 14 + 37, 37],
    );
    assert.equal(table.title, '芜湖市2024年重点工作任务一季度进展情况');
    assert.deepEqual(table.header, ['序号', '目标与任务', '牵头责任单位', '一季度工作进展']);
  });

  void it('at year end the table reports 全年完成情况 and carries a 备注 column', async () => {
    const table = publicationTable(seedPublication(await seedPlan(), '2024-Q4'));
    assert.deepEqual(table.header, ['序号', '目标与任务', '牵头责任单位', '全年完成情况', '备注']);
    const last = table.lines.at(-1);
    assert.deepEqual(last?.kind === 'item' && [last.item.seq, last.item.remark], [220, '持续推进']);
  });
});

void describe('the publication files', () => {
  void it('xlsx: the quarter column title, part rows merged across the width, task numbers as numbers', async () => {
    const sheet = sheetOf(
      await loadWorkbook(await exportPublicationXlsx(seedPublication(await seedPlan(), '2024-Q2'))),
      '进展情况',
    );
    assert.equal(sheet.getCell('A1').value, '芜湖市2024年重点工作任务二季度进展情况');
    assert.deepEqual(
      [1, 2, 3, 4].map((c) => sheet.getRow(2).getCell(c).value),
      ['序号', '目标与任务', '牵头责任单位', '二季度进展情况'],
    );
    assert.equal(sheet.getCell('A3').value, '一、主要预期目标');
    assert.equal(sheet.getCell('D3').master.address, 'A3');
    assert.deepEqual(
      [1, 2, 3, 4].map((c) => sheet.getRow(4).getCell(c).value),
      [1, '地区生产总值增长7.5%左右。', '市发改委', '1.第1项已推进。'],
    );
    assert.equal(sheet.getRow(5).getCell(4).value, '');
    assert.equal(sheet.getCell('D4').alignment.wrapText, true);
    const view = sheet.views[0];
    assert.deepEqual(view && view.state === 'frozen' && view.ySplit, 2);
  });

  void it('xlsx at year end has the 备注 column', async () => {
    const sheet = sheetOf(
      await loadWorkbook(await exportPublicationXlsx(seedPublication(await seedPlan(), '2024-Q4'))),
      '进展情况',
    );
    assert.deepEqual(
      [4, 5].map((c) => sheet.getRow(2).getCell(c).value),
      ['全年完成情况', '备注'],
    );
    assert.equal(sheet.getCell('E3').master.address, 'A3');
  });

  void it('docx: header row repeated, 17 part and section rows spanning the width, the numbers and progress present', async () => {
    const xml = await packagePart(
      await exportPublicationDocx(seedPublication(await seedPlan(), '2024-Q3')),
      'word/document.xml',
    );
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    assert.equal(count(xml, '<w:tblHeader/>'), 1);
    assert.equal(count(xml, '<w:gridSpan w:val="4"/>'), 17);
    assert.ok(texts.includes('三季度进展情况') && texts.includes('芜湖市2024年重点工作任务三季度进展情况'));
    assert.ok(['1', '219', '220', '1.第219项已推进。'].every((text) => texts.includes(text)));
    assert.ok(!texts.includes('1.第220项已推进。'), 'a report not accepted stays unpublished');
  });
});

void describe('the publication as an HTML fragment', () => {
  const hostile: PublicationInput = {
    period: '2024-Q1',
    structure: [{ kind: 'part', number: '一', title: '主要<预期>目标', path: ['一'], children: [] }],
    tasks: [
      {
        ...GDP_TASK,
        text: '<script>alert("x")</script> & 任务',
        leadReports: [report('市发改委', 'accepted', "第一行<b>加粗</b>\n第二行 'quoted'")],
        indicators: [],
      },
    ],
  };

  void it('every text is escaped: no markup from a task or a report reaches the page', () => {
    const html = exportPublicationHtml(hostile);
    assert.ok(!html.includes('<script>') && !html.includes('<b>'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 任务'));
    assert.ok(html.includes('第一行&lt;b&gt;加粗&lt;/b&gt;<br>第二行 &#39;quoted&#39;'));
    assert.ok(html.includes('主要&lt;预期&gt;目标'));
    assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
  });

  void it('a real table: caption, column headers with scope, a row group per part, zh-CN language', () => {
    const html = exportPublicationHtml(hostile);
    assert.match(html, /^<section class="duban-publication" lang="zh-CN">/);
    assert.match(html, /<caption>2024年重点工作任务一季度进展情况<\/caption>/);
    assert.equal(count(html, '<th scope="col">'), 4);
    assert.match(html, /<th scope="col">一季度工作进展<\/th>/);
    assert.match(
      html,
      /<tbody>\n<tr class="part"><th scope="rowgroup" colspan="4">一、主要&lt;预期&gt;目标<\/th><\/tr>/,
    );
    assert.match(html, /<tr><th scope="row">1<\/th><td>/);
  });

  void it("the seed's page lists all 220 tasks under their notice numbers, with 5 columns at year end", async () => {
    const html = exportPublicationHtml(seedPublication(await seedPlan(), '2024-Q4'));
    assert.equal(count(html, '<th scope="row">'), 220);
    assert.equal(count(html, '<th scope="col">'), 5);
    assert.equal(count(html, '<tbody>'), 17);
    assert.ok(html.includes('<th scope="row">220</th>'));
  });
});
