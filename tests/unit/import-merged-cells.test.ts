// Offices merge a lead unit's cell down over all the tasks it leads (rowspan in a web page, vMerge in
// Word). Every row the merged cell spans owes that unit: each task gets it, not only the first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const TITLE = '某县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解方案的通知';

const summary = (result: ImportResult) =>
  result.tasks.map((t) => [
    t.seq,
    t.leadUnits,
    t.responsibleUnits,
    t.leaderName ?? null,
    t.deadline?.text ?? null,
  ]);

const EXPECTED = [
  [1, ['县发展改革局'], ['县财政局'], '张明', '12月底前'],
  [2, ['县发展改革局'], ['县统计局'], '张明', '12月底前'],
  [3, ['县发展改革局'], ['各乡镇人民政府'], '张明', '6月底前'],
  [4, ['县农业农村局'], ['县水利局', '各乡镇人民政府'], '李华', '6月底前'],
  [5, ['县农业农村局'], [], '李华', '全年'],
];

const ROWS: readonly (readonly [string, string, string, string, string])[] = [
  ['1', '全县地区生产总值增长6.5%左右。', '县发展改革局', '县财政局', '12月底前'],
  ['2', '固定资产投资增长8%。', '', '县统计局', ''],
  ['3', '争取中央预算内投资项目20个以上。', '', '各乡镇人民政府', '6月底前'],
  ['4', '新建高标准农田3万亩。', '县农业农村局', '县水利局、各乡镇人民政府', ''],
  ['5', '粮食播种面积稳定在80万亩以上。', '', '', '全年'],
];

const TEXTS = ROWS.map((row) => row[1]);

describe('cells merged down over several tasks', () => {
  it('a web page: a rowspan lead, leader and deadline cell belongs to every row it spans', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<div class="banner">某县人民政府门户网站 | 政务公开</div>
<h1>${TITLE}</h1><p>发布时间:2024-03-15</p>
<p>各乡镇人民政府,县政府各部门:现将任务分解方案印发给你们,请认真抓好落实。</p>
<table border="1">
<tr><td>序号</td><td>重点任务</td><td>分管县领导</td><td>牵头单位</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td colspan="6">一、主要预期目标</td></tr>
<tr><td>1</td><td>${TEXTS[0]}</td><td rowspan="3">张明</td><td rowspan="3">县发展改革局</td><td>县财政局</td><td rowspan="2">12月底前</td></tr>
<tr><td>2</td><td>${TEXTS[1]}</td><td>县统计局</td></tr>
<tr><td>3</td><td>${TEXTS[2]}</td><td>各乡镇人民政府</td><td rowspan="2">6月底前</td></tr>
<tr><td>4</td><td>${TEXTS[3]}</td><td rowspan="2">李华</td><td rowspan="2">县农业农村局</td><td>县水利局、各乡镇人民政府</td></tr>
<tr><td>5</td><td>${TEXTS[4]}</td><td></td><td>全年</td></tr>
</table><div>分享到:</div></body></html>`;
    const result = await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' });
    assert.deepEqual(summary(result), EXPECTED);
  });

  it('a Word file: a vMerge lead, leader and deadline cell belongs to every row it spans', async () => {
    const merges: Record<number, [number, number, number]> = {
      // row index -> vMerge state of leader, lead and deadline: 1 restart, 2 continue, 0 none
      0: [1, 1, 1],
      1: [2, 2, 2],
      2: [2, 2, 1],
      3: [1, 1, 2],
      4: [2, 2, 0],
    };
    const leaders = ['张明', '', '', '李华', ''];
    const bytes = await docx(
      ROWS.map((row, index) => {
        const [leader, lead, deadline] = merges[index] ?? [0, 0, 0];
        return [
          cell(row[0]),
          cell(row[1]),
          cell(leaders[index] ?? '', leader),
          cell(row[2], lead),
          cell(row[3]),
          cell(row[4], deadline),
        ];
      }),
    );
    const result = await importNotice({ bytes, fileName: 'notice.docx' });
    assert.deepEqual(summary(result), EXPECTED);
  });

  it('an Excel sheet: a lead, leader and deadline cell merged down belongs to every row it spans', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务分解');
    sheet.addRow([TITLE]);
    sheet.mergeCells('A1:F1');
    sheet.addRow(['序号', '重点任务', '分管县领导', '牵头单位', '责任单位', '完成时限']);
    const leaders = ['张明', '', '', '李华', ''];
    const leads = ['县发展改革局', '', '', '县农业农村局', ''];
    const deadlines = ['12月底前', '', '6月底前', '', '全年'];
    ROWS.forEach((row, i) => {
      sheet.addRow([row[0], row[1], leaders[i], leads[i], row[3], deadlines[i]]);
    });
    // Rows 3-7 hold tasks 1-5: 张明 and 县发展改革局 over tasks 1-3, 李华 and 县农业农村局 over 4-5,
    // 12月底前 over tasks 1-2, 6月底前 over 3-4.
    for (const range of ['C3:C5', 'D3:D5', 'C6:C7', 'D6:D7', 'F3:F4', 'F5:F6']) sheet.mergeCells(range);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importNotice({ bytes, fileName: 'notice.xlsx' });
    assert.deepEqual(summary(result), EXPECTED);
  });

  it('a sheet that names no issuer takes its level from the level its units are named at', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('民生实事');
    sheet.addRow(['序号', '民生实事', '责任单位', '完成时限']);
    sheet.addRow(['1', '新建2座人行天桥。', '县住建局', '9月投入使用']);
    sheet.addRow(['2', '城区再新建1个农贸市场。', '县商务局\n县市场监管局', '12月底前']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importNotice({ bytes, fileName: 'notice.xlsx' });
    assert.equal(result.plan.level, 'county');
    assert.deepEqual(result.tasks[1]?.leadUnits, ['县商务局', '县市场监管局']);
  });

  it('a merged 序号 cell still joins its sub-rows into one task, and its units are not counted twice', async () => {
    const html = `<table>
<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td rowspan="2">1</td><td>新建公办幼儿园3所。</td><td rowspan="2">县教育局</td><td>县住建局</td></tr>
<tr><td>新增学位1200个。</td><td>县财政局</td></tr>
<tr><td>2</td><td>改造农村公路100公里。</td><td>县交通运输局</td><td></td></tr>
</table>`;
    const result = await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' });
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits]),
      [
        [1, '新建公办幼儿园3所。新增学位1200个。', ['县教育局'], ['县住建局', '县财政局']],
        [2, '改造农村公路100公里。', ['县交通运输局'], []],
      ],
    );
  });
});

function cell(text: string, merge = 0): TableCell {
  const verticalMerge =
    merge === 1 ? VerticalMergeType.RESTART : merge === 2 ? VerticalMergeType.CONTINUE : undefined;
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun(merge === 2 ? '' : text)] })],
    verticalMerge,
  });
}

async function docx(rows: TableCell[][]): Promise<Uint8Array> {
  const header = ['序号', '重点任务', '分管县领导', '牵头单位', '责任单位', '完成时限'].map((h) => cell(h));
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header }),
      ...rows.map((children) => new TableRow({ children })),
    ],
  });
  const before = [TITLE, '各乡镇人民政府,县政府各部门:', '附件', '2024年县政府工作报告重点工作任务分解表'];
  const doc = new Document({
    sections: [{ children: [...before.map((t) => new Paragraph({ children: [new TextRun(t)] })), table] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
