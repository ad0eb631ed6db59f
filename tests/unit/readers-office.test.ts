import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import type { ReadResult, Source, TableSource } from '../../src/importer/source.types.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import { BODY, HOTLINE, PUBLISHED, TASKS, TITLE } from '../fixtures/layouts/excerpt.ts';

const fixture = (name: string): Promise<Buffer> =>
  readFile(new URL(`../fixtures/layouts/${name}`, import.meta.url));

function table(source: Source | null): TableSource {
  assert.ok(source, 'expected a source');
  assert.equal(source.kind, 'table');
  return source;
}

const cellsOf = (source: TableSource, seq: number): string[] | undefined => {
  const text = TASKS.find((t) => t.seq === seq)?.text ?? '-';
  return source.rows.find((r) => r.cells.includes(text))?.cells;
};

const docx = async (children: (Paragraph | Table)[]): Promise<ReadResult> =>
  readSource({ bytes: await Packer.toBuffer(new Document({ sections: [{ children }] })) });

const cell = (text: string, verticalMerge?: 'restart' | 'continue'): TableCell =>
  new TableCell({ children: [new Paragraph(text)], ...(verticalMerge ? { verticalMerge } : {}) });

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Sheet1'));
  return readSource({ bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
}

void describe('Word tables', () => {
  void it('the document reads as a table; paragraphs outside it are the preamble, numbered in order', async () => {
    const read = await readSource({ bytes: await fixture('small.docx'), fileName: 'small.docx' });
    assert.deepEqual(read.problems, []);
    const source = table(read.source);
    assert.deepEqual([source.format, source.encoding], ['docx', null]);
    assert.deepEqual(source.preamble.slice(0, 4), [
      { text: TITLE, line: 1 },
      { text: PUBLISHED, line: 2 },
      { text: BODY, line: 3 },
      { text: HOTLINE, line: 4 },
    ]);
    assert.deepEqual(source.rows[0], { cells: ['序号', '目标与任务', '牵头责任单位', '责任单位'], line: 1 });
  });

  void it('a heading cell with gridSpan over the width is a merged row; a title spanning three columns is not', async () => {
    const source = table((await readSource({ bytes: await fixture('small.docx') })).source);
    assert.deepEqual(source.rows[1], { cells: ['一、主要预期目标', '', '', ''], line: 2, merged: true });
    assert.deepEqual(source.rows.filter((r) => r.merged).length, 5);
    assert.deepEqual(source.rows[7], { cells: ['1', '提高政策工具质效。', '', ''], line: 8 });
  });

  void it('units in separate paragraphs of a cell are joined by \\n; a vertically merged empty cell stays empty', async () => {
    const source = table((await readSource({ bytes: await fixture('small.docx') })).source);
    assert.deepEqual(cellsOf(source, 3)?.slice(2), [
      '市发改委',
      '市经信局\n市商务局\n市交通运输局\n各县市区政府、开发区管委会',
    ]);
    assert.deepEqual(cellsOf(source, 11)?.[3], '');
    assert.deepEqual(cellsOf(source, 12)?.slice(2), ['市财政局', '']);
  });

  void it('a vertical merge in a middle column leaves the rows below an empty cell there, later cells in place', async () => {
    const rows = [
      new TableRow({ children: [cell('序号'), cell('牵头'), cell('责任')] }),
      new TableRow({ children: [cell('1'), cell('市发改委', VerticalMergeType.RESTART), cell('市财政局')] }),
      new TableRow({ children: [cell('2'), cell('', VerticalMergeType.CONTINUE), cell('市商务局')] }),
    ];
    const source = table((await docx([new Paragraph('标题'), new Table({ rows })])).source);
    assert.deepEqual(
      source.rows.map((r) => r.cells),
      [
        ['序号', '牵头', '责任'],
        ['1', '市发改委', '市财政局'],
        ['2', '', '市商务局'],
      ],
    );
  });

  void it('a Word file without a table reads as paragraphs and says so', async () => {
    const read = await docx([
      new Paragraph('1. 地区生产总值增长7.5%左右。'),
      new Paragraph('牵头单位:市发改委'),
    ]);
    assert.equal(read.source?.kind, 'paragraphs');
    assert.deepEqual(
      read.problems.map((p) => p.code),
      ['docx.no_table'],
    );
  });
});

void describe('Excel sheets', () => {
  void it('title rows merged across the width above the header are the preamble; rows start at the header', async () => {
    const read = await readSource({ bytes: await fixture('small.xlsx'), fileName: 'small.xlsx' });
    const source = table(read.source);
    assert.deepEqual([source.format, source.encoding], ['xlsx', null]);
    assert.deepEqual(source.preamble, [
      { text: TITLE, line: 1 },
      { text: PUBLISHED, line: 2 },
      { text: BODY, line: 3 },
      { text: HOTLINE, line: 4 },
    ]);
    assert.deepEqual(source.rows[0], { cells: ['序号', '目标与任务', '牵头责任单位', '责任单位'], line: 5 });
    assert.deepEqual(source.rows[1], { cells: ['一、主要预期目标', '', '', ''], line: 6, merged: true });
  });

  void it('a hidden row is skipped and reported with its row number', async () => {
    const read = await readSource({ bytes: await fixture('small.xlsx') });
    const source = table(read.source);
    assert.ok(!source.rows.some((r) => r.line === 16 || r.cells.some((c) => c.includes('草稿'))));
    assert.deepEqual(
      read.problems.map((p) => [p.code, p.line]),
      [['xlsx.hidden_row', 16]],
    );
  });

  void it('cells read as shown: numbers without .0, full-width digits kept, formulas by result, rich text joined', async () => {
    const source = table((await readSource({ bytes: await fixture('small.xlsx') })).source);
    assert.deepEqual(cellsOf(source, 1)?.slice(0, 1), ['1']);
    assert.deepEqual(cellsOf(source, 12)?.slice(0, 1), ['１２']);
    assert.deepEqual(cellsOf(source, 13)?.slice(0, 1), ['13']);
    assert.deepEqual(cellsOf(source, 15)?.slice(0, 1), ['15']);
    assert.equal(cellsOf(source, 11)?.[1], TASKS.find((t) => t.seq === 11)?.text);
    assert.deepEqual(source.rows.find((r) => r.cells[1] === '提高政策工具质效。')?.cells, [
      '1',
      '提高政策工具质效。',
      '',
      '',
    ]);
  });

  void it('trailing spaces are trimmed; units split by line breaks keep \\n, units split by 、 stay as written', async () => {
    const source = table((await readSource({ bytes: await fixture('small.xlsx') })).source);
    assert.deepEqual(cellsOf(source, 12)?.slice(2), ['市财政局', '']);
    assert.deepEqual(cellsOf(source, 2)?.slice(2), ['市经信局', '市发改委\n各县市区政府\n开发区管委会']);
    assert.deepEqual(cellsOf(source, 13)?.slice(2), [
      '市经信局、市科技局、市发改委',
      '各县市区政府、开发区管委会',
    ]);
  });

  void it('dates read as ISO dates, hyperlinks as their text, decimals and booleans as shown', async () => {
    const read = await xlsx((sheet) => {
      sheet.addRow(['序号', '发布', '链接', '比例', '完成']);
      sheet.addRow([
        1,
        new Date(Date.UTC(2024, 3, 9)),
        { text: '市政府办', hyperlink: 'https://www.wuhu.gov.cn' },
        0.1 + 0.2,
        true,
      ]);
    });
    assert.deepEqual(table(read.source).rows[1]?.cells, ['1', '2024-04-09', '市政府办', '0.3', 'TRUE']);
  });

  void it('a title that is not merged stays in the rows; hidden columns are skipped and reported', async () => {
    const read = await xlsx((sheet) => {
      sheet.addRow(['2024年度市政府重点工作任务分解']);
      sheet.addRow(['序号', '备注', '目标与任务']);
      sheet.addRow([1, '内部备注', '地区生产总值增长7.5%左右。']);
      sheet.getColumn(2).hidden = true;
    });
    const source = table(read.source);
    assert.deepEqual(source.preamble, []);
    assert.deepEqual(
      source.rows.map((r) => r.cells),
      [
        ['2024年度市政府重点工作任务分解', ''],
        ['序号', '目标与任务'],
        ['1', '地区生产总值增长7.5%左右。'],
      ],
    );
    assert.deepEqual(
      read.problems.map((p) => p.code),
      ['xlsx.hidden_column'],
    );
  });

  void it('a workbook whose sheets hold no data gives no source and a problem', async () => {
    const read = await xlsx(() => undefined);
    assert.equal(read.source, null);
    assert.deepEqual(
      read.problems.map((p) => p.code),
      ['input.empty'],
    );
  });
});
