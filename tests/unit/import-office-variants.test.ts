// Task tables laid out the ways offices hand them out: a table split over worksheets named by area, a
// Word file with one table per area and a heading between them, 完成时限 kept as Excel date cells.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const TITLE = '某市人民政府办公室关于印发2025年市政府工作报告重点任务分工方案的通知';
const HEAD = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
const ROWS = [
  ['1', '全市地区生产总值增长6%左右。', '市发展改革委', '市统计局、市财政局', '12月底前'],
  ['2', '新建5G基站2000个。', '市经信局', '市通信发展办', '6月底前'],
  ['3', '完成老旧小区改造120个。', '市住建局', '各区人民政府', '9月底前'],
] as const;

const summary = (result: ImportResult) =>
  result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits, t.path]);

const codes = (result: ImportResult) => result.issues.map((i) => i.code);

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<ImportResult> {
  const book = new ExcelJS.Workbook();
  build(book);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return importNotice({ bytes, fileName: 'tasks.xlsx' });
}

/** A header over two rows: 责任单位 over 牵头单位 | 配合单位. */
function twoRowHeader(sheet: ExcelJS.Worksheet, top: number): void {
  sheet.addRow(['序号', '重点任务', '责任单位', '', '完成时限']);
  sheet.addRow(['', '', '牵头单位', '配合单位', '']);
  for (const c of ['A', 'B', 'E']) sheet.mergeCells(`${c}${top}:${c}${top + 1}`);
  sheet.mergeCells(`C${top}:D${top}`);
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const row = (cells: readonly string[]) => new TableRow({ children: cells.map(cell) });

/** Word's automatic numbering: 一、 for parts, 1. for tasks, bullets. */
const LISTS = {
  config: [
    { reference: 'part', format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
    { reference: 'task', format: LevelFormat.DECIMAL, text: '%1.' },
    { reference: 'seq', format: LevelFormat.DECIMAL, text: '%1' },
    { reference: 'dot', format: LevelFormat.BULLET, text: '•' },
  ].map(({ reference, format, text }) => ({
    reference,
    levels: [{ level: 0, format, text, alignment: AlignmentType.LEFT }],
  })),
};

const listed = (reference: string, text = '') => new Paragraph({ text, numbering: { reference, level: 0 } });

async function word(children: (Paragraph | Table)[]): Promise<ImportResult> {
  const document = new Document({ numbering: LISTS, sections: [{ children }] });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return importNotice({ bytes, fileName: 'tasks.docx' });
}

void describe('a task table split over worksheets named by area', () => {
  void it('every sheet that repeats the header goes on with the table; its title is a heading', async () => {
    const result = await workbook((book) => {
      const first = book.addWorksheet('经济发展');
      first.addRow([TITLE]);
      first.mergeCells('A1:E1');
      twoRowHeader(first, 2);
      first.addRow([...ROWS[0]]);
      const second = book.addWorksheet('城市建设');
      second.addRow(['二、城市建设']);
      second.mergeCells('A1:E1');
      twoRowHeader(second, 2);
      second.addRow([...ROWS[1]]);
      second.addRow([...ROWS[2]]);
    });
    assert.deepEqual(summary(result), [
      [1, ROWS[0][1], ['市发展改革委'], ['市统计局', '市财政局'], []],
      [2, ROWS[1][1], ['市经信局'], ['市通信发展办'], ['二']],
      [3, ROWS[2][1], ['市住建局'], ['各区人民政府'], ['二']],
    ]);
    assert.equal(result.plan.year, 2025);
    assert.ok(!codes(result).includes('xlsx.other_sheets'));
  });

  void it('a sheet under another header (填报说明, an indicator table) adds no task and is reported', async () => {
    const result = await workbook((book) => {
      const first = book.addWorksheet('任务分工');
      first.addRow(HEAD);
      first.addRow([...ROWS[0]]);
      const notes = book.addWorksheet('填报说明');
      notes.addRow(['序号', '填报要求']);
      notes.addRow(['2', '请于每月5日前报送进展情况。']);
      const figures = book.addWorksheet('指标');
      figures.addRow(['序号', '指标名称', '单位', '目标值', '责任单位']);
      figures.addRow(['3', '地区生产总值增速', '%', '6', '市统计局']);
    });
    assert.deepEqual(
      result.tasks.map((t) => t.text),
      [ROWS[0][1]],
    );
    assert.ok(codes(result).includes('xlsx.other_sheets'));
  });
});

void describe('a Word file with one table per area and a heading between them', () => {
  void it('the tables read as one, each heading over the rows after it, with or without a repeated header', async () => {
    for (const repeat of [true, false]) {
      const result = await word([
        new Paragraph(TITLE),
        new Paragraph('一、经济发展'),
        new Table({ rows: [row(HEAD), row(ROWS[0])] }),
        new Paragraph('二、城市建设'),
        new Table({ rows: [...(repeat ? [row(HEAD)] : []), row(ROWS[1]), row(ROWS[2])] }),
      ]);
      assert.deepEqual(summary(result), [
        [1, ROWS[0][1], ['市发展改革委'], ['市统计局', '市财政局'], ['一']],
        [2, ROWS[1][1], ['市经信局'], ['市通信发展办'], ['二']],
        [3, ROWS[2][1], ['市住建局'], ['各区人民政府'], ['二']],
      ]);
      assert.deepEqual(
        result.structure.map((p) => p.title),
        ['经济发展', '城市建设'],
      );
    }
  });

  void it('a table of another width (the contact list under the task table) is not joined', async () => {
    const result = await word([
      new Paragraph(TITLE),
      new Table({ rows: [row(HEAD), ...ROWS.map(row)] }),
      new Paragraph('联系人名单'),
      new Table({ rows: [row(['单位', '联系人', '电话']), row(['4', '市发展改革委', '张三'])] }),
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.text),
      ROWS.map((r) => r[1]),
    );
  });
});

void describe('完成时限 kept as a date cell', () => {
  const deadlines = (values: readonly unknown[], format?: string) =>
    workbook((book) => {
      const sheet = book.addWorksheet('任务分工');
      sheet.addRow(HEAD);
      ROWS.forEach((r, i) => sheet.addRow([...r.slice(0, 4), values[i]]));
      if (format) sheet.getColumn(5).numFmt = format;
    }).then((result) => result.tasks.map((t) => [t.deadline?.text, t.deadline?.iso]));

  void it('a date cell, the day count of a cell without a date format, and written dates all give the day', async () => {
    const dates = [new Date(Date.UTC(2025, 11, 31)), new Date(Date.UTC(2025, 5, 30)), '2025年9月底前'];
    assert.deepEqual(await deadlines(dates, 'yyyy"年"m"月"d"日"'), [
      ['2025-12-31', '2025-12-31'],
      ['2025-06-30', '2025-06-30'],
      ['2025年9月底前', '2025-09-30'],
    ]);
    assert.deepEqual(await deadlines([46022, 45657, '2025/6/30']), [
      ['46022', '2025-12-31'],
      ['45657', '2024-12-31'],
      ['2025/6/30', '2025-06-30'],
    ]);
  });

  void it('a number that is no day of this century, or a bare figure, gives no date', async () => {
    assert.deepEqual(await deadlines([12000, 3, '2025.13']), [
      ['12000', null],
      ['3', null],
      ['2025.13', null],
    ]);
  });
});

void describe('a total row under a column of figures', () => {
  const projects = (total: readonly unknown[]) =>
    workbook((book) => {
      const sheet = book.addWorksheet('项目清单');
      sheet.addRow(['序号', '项目名称', '牵头单位', '配合单位', '年度投资（万元）']);
      sheet.addRow([1, '城北污水处理厂建设', '市住建局', '市财政局', 3000]);
      sheet.addRow([2, '城南学校建设', '市教育局', '市住建局', 2000]);
      sheet.addRow([...total]);
    });

  void it('合计 in the number cell or in the name cell is neither a task nor part of the task above', async () => {
    for (const total of [
      ['合计', '', '', '', 5000],
      ['', '合计', '', '', 5000],
      ['', '总计：2项', '', '', '5000'],
    ]) {
      const result = await projects(total);
      assert.deepEqual(
        result.tasks.map((t) => t.text),
        ['城北污水处理厂建设', '城南学校建设'],
      );
      assert.ok(!codes(result).includes('text.unrecognised'));
    }
  });

  void it('a row that goes on with its task keeps doing so when its words only start with 合计', async () => {
    const result = await projects(['', '合计新增污水管网20公里', '', '', '']);
    // How the sub-row's words are joined (a space or none) is not what this asks.
    assert.deepEqual(
      result.tasks.map((t) => t.text.replace(/\s+/g, '')),
      ['城北污水处理厂建设', '城南学校建设合计新增污水管网20公里'],
    );
  });
});

void describe('numbers Word draws itself (automatic numbering)', () => {
  void it('a 序号 column filled by a numbered list gives each row its number', async () => {
    const numbered = (r: readonly string[]) =>
      new TableRow({ children: [new TableCell({ children: [listed('seq')] }), ...r.slice(1).map(cell)] });
    const result = await word([
      new Paragraph(TITLE),
      new Table({ rows: [row(HEAD), ...ROWS.map(numbered)] }),
    ]);
    assert.deepEqual(summary(result), [
      [1, ROWS[0][1], ['市发展改革委'], ['市统计局', '市财政局'], []],
      [2, ROWS[1][1], ['市经信局'], ['市通信发展办'], []],
      [3, ROWS[2][1], ['市住建局'], ['各区人民政府'], []],
    ]);
  });

  void it('parts numbered 一、 and tasks numbered 1. as lists read as written; bullets stay unnumbered', async () => {
    const result = await word([
      new Paragraph(TITLE),
      listed('part', '经济发展'),
      listed('task', '全市地区生产总值增长6%左右。(牵头单位:市发展改革委;配合单位:市统计局)'),
      listed('dot', '各单位每季度末报送进展。'),
      listed('part', '城市建设'),
      listed('task', '完成老旧小区改造120个。(牵头单位:市住建局)'),
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.text, t.leadUnits, t.responsibleUnits, t.path]),
      [
        ['1.', '全市地区生产总值增长6%左右。', ['市发展改革委'], ['市统计局'], ['一']],
        ['2.', '完成老旧小区改造120个。', ['市住建局'], [], ['二']],
      ],
    );
    assert.deepEqual(
      result.structure.map((p) => p.title),
      ['经济发展', '城市建设'],
    );
  });
});

void describe('a part heading written across the 序号 and task cells', () => {
  const sheet = (first: readonly unknown[], second: readonly unknown[]) =>
    workbook((book) => {
      const tasks = book.addWorksheet('任务分工');
      tasks.addRow(HEAD);
      tasks.addRow([...first]);
      tasks.addRow([...ROWS[0]]);
      tasks.addRow([...ROWS[1]]);
      tasks.addRow([...second]);
      tasks.addRow([...ROWS[2]]);
    });

  void it('一 | 经济发展 reads as the part 一、经济发展 over the rows below it', async () => {
    const result = await sheet(['一', '经济发展'], ['二', '城市建设']);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.path]),
      [
        [1, ['一']],
        [2, ['一']],
        [3, ['二']],
      ],
    );
    assert.deepEqual(
      result.structure.map((p) => p.title),
      ['经济发展', '城市建设'],
    );
  });

  void it('a row with a part number and units too is no heading', async () => {
    const result = await sheet(['一', '经济发展', '市发展改革委'], ['二', '城市建设', '市住建局']);
    assert.deepEqual(result.structure, []);
    assert.deepEqual(
      result.tasks.map((t) => t.path),
      [[], [], []],
    );
  });
});

void describe('rows numbered under the task above them (1.1, 1.2 under 1)', () => {
  const sheet = (subNumbers: readonly string[]) =>
    workbook((book) => {
      const tasks = book.addWorksheet('任务分工');
      tasks.addRow(HEAD);
      tasks.addRow(['1', '推进重大项目建设。', '', '', '']);
      tasks.addRow([subNumbers[0], '新开工项目100个。', '市发展改革委', '市财政局', '6月底前']);
      tasks.addRow([subNumbers[1], '竣工项目50个。', '市住建局', '', '12月底前']);
      tasks.addRow([...ROWS[1]]);
    });

  void it('go on with that task: their words, units and the last deadline are its own', async () => {
    const result = await sheet(['1.1', '1.2']);
    assert.deepEqual(
      result.tasks.map((t) => [
        t.seq,
        t.text.replace(/\s+/g, ''),
        t.leadUnits,
        t.responsibleUnits,
        t.deadline?.text,
      ]),
      [
        [
          1,
          '推进重大项目建设。新开工项目100个。竣工项目50个。',
          ['市发展改革委', '市住建局'],
          ['市财政局'],
          '12月底前',
        ],
        [2, ROWS[1][1], ['市经信局'], ['市通信发展办'], '6月底前'],
      ],
    );
  });

  void it('a row numbered under another task (2.1 under 1) is not taken into task 1', async () => {
    const result = await sheet(['2.1', '2.2']);
    const first = result.tasks.find((t) => t.seq === 1);
    assert.equal(first?.text, '推进重大项目建设。');
    assert.deepEqual(first?.leadUnits, []);
  });
});
