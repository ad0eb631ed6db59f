import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { Source, SourceRow, TableSource } from '../../src/importer/source.types.ts';
import { MAX_HTML_DEPTH } from '../../src/importer/readers/html-depth.ts';
import { readHtml } from '../../src/importer/readers/html.reader.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import { HOTLINE, PUBLISHED, TASKS, TITLE } from '../fixtures/layouts/excerpt.ts';

const fixture = (name: string): Promise<Buffer> =>
  readFile(new URL(`../fixtures/layouts/${name}`, import.meta.url));

function table(source: Source | null): TableSource {
  assert.ok(source, 'expected a source');
  assert.equal(source.kind, 'table');
  return source;
}

async function readFixture(name: string): Promise<TableSource> {
  const read = await readSource({ bytes: await fixture(name), fileName: name });
  assert.deepEqual(read.problems, []);
  return table(read.source);
}

/** The row of a task, found by its text (subsection numbers repeat task numbers). */
const rowOf = (source: TableSource, seq: string): SourceRow | undefined => {
  const text = TASKS.find((t) => String(t.seq) === seq)?.text ?? '-';
  return source.rows.find((r) => r.cells[0] === seq && r.cells.includes(text));
};

const page = (body: string): Source => {
  const { source } = readHtml(`<html><body>${body}</body></html>`, opts);
  assert.ok(source, 'the page is read');
  return source;
};
const opts = { format: 'html', encoding: 'utf-8', lines: 'offset' } as const;

void describe('HTML tables', () => {
  void it('the page reads as a table with the header row first and the text before it as preamble', async () => {
    const source = await readFixture('small.html');
    assert.deepEqual([source.format, source.encoding], ['html', 'utf-8']);
    assert.deepEqual(source.rows[0]?.cells, ['序号', '目标与任务', '牵头责任单位', '责任单位']);
    const texts = source.preamble.map((l) => l.text);
    assert.equal(texts[0], TITLE);
    assert.equal(texts[1], `${PUBLISHED}信息来源:芜湖市人民政府`);
    assert.ok(texts.includes(HOTLINE), 'the EN SPACEs written as &ensp; are kept');
    assert.ok(
      !texts.some((t) => t.includes('_hmt') || t.includes('text-indent')),
      'script and style are not text',
    );
  });

  void it('a cell spanning the whole width is a merged row, its text in the first cell', async () => {
    const source = await readFixture('small.html');
    const merged = source.rows.filter((r) => r.merged).map((r) => r.cells);
    assert.deepEqual(merged[0], ['一、主要预期目标', '', '', '']);
    assert.equal(merged.length, 5);
    assert.equal(source.rows.length, 20);
  });

  void it('a subsection row keeps its number and title in their own cells and is not merged', async () => {
    const source = await readFixture('small.html');
    const row = source.rows.find((r) => r.cells[1] === '提高政策工具质效。');
    assert.deepEqual(row?.cells, ['1', '提高政策工具质效。', '', '']);
    assert.equal(row?.merged, undefined);
  });

  void it('units separated by <br> or <p> in a cell are joined by \\n; an &nbsp; cell is empty', async () => {
    const source = await readFixture('small.html');
    assert.deepEqual(rowOf(source, '1')?.cells.slice(2), ['市发改委', '各县市区政府、\n开发区管委会']);
    assert.equal(rowOf(source, '3')?.cells[2], '市发改委');
    assert.equal(
      rowOf(source, '14')?.cells[2],
      '市税务局\n市地方金融局\n市人社局\n人行芜湖分行\n国家金融监管\n总局芜湖分局',
    );
    assert.equal(rowOf(source, '208')?.cells[3], '');
  });

  void it('a rowspan repeats nothing: the row below gets an empty cell and keeps its own cells in their columns', async () => {
    const small = await readFixture('small.html');
    assert.deepEqual(rowOf(small, '12')?.cells.slice(2), ['市财政局', '']);
    const reordered = await readFixture('reordered.html');
    assert.deepEqual(reordered.rows[0]?.cells, ['序号', '目标与任务', '责任单位', '牵头责任单位']);
    assert.deepEqual(rowOf(reordered, '12')?.cells.slice(2), ['', '市财政局']);
    assert.deepEqual(rowOf(reordered, '13')?.cells.slice(2), [
      '各县市区政府、\n开发区管委会',
      '市经信局\n市科技局\n市发改委',
    ]);
  });

  void it('an extra 分管市领导 column is read like any other, five cells per row', async () => {
    const source = await readFixture('leader-column.html');
    assert.deepEqual(source.rows[0]?.cells, ['序号', '目标与任务', '分管市领导', '牵头责任单位', '责任单位']);
    assert.deepEqual(rowOf(source, '11')?.cells.slice(2, 4), [
      '李四',
      '市发改委\n市自规局\n市财政局\n市经信局\n市科技局\n市地方金融局',
    ]);
    assert.ok(source.rows.every((r) => r.cells.length === 5));
    assert.deepEqual(source.rows[1], {
      cells: ['一、主要预期目标', '', '', '', ''],
      line: source.rows[1]?.line,
      merged: true,
    });
  });

  void it("a row's line is the line of the page where its <tr> starts", async () => {
    const text = (await fixture('small.html')).toString('utf8').split('\n');
    const source = await readFixture('small.html');
    for (const row of source.rows) assert.equal(text[row.line - 1], '<tr>');
    assert.equal(text[(source.preamble[0]?.line ?? 0) - 1], `<h1 class="title">${TITLE}</h1>`);
  });

  void it('a page saved in GB18030 reads to the same rows as the UTF-8 page', async () => {
    const html = (await fixture('small.html')).toString('utf8');
    const read = await readSource({ bytes: iconv.encode(html, 'gb18030'), fileName: 'small.htm' });
    const source = table(read.source);
    assert.equal(source.encoding, 'gb18030');
    assert.deepEqual(source.rows, (await readFixture('small.html')).rows);
  });
});

void describe('HTML layout details', () => {
  void it('the table with the most rows of its own is read, not the layout table around it', () => {
    const inner =
      '<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr></table>';
    const source = table(page(`<table><tr><td>导航</td></tr><tr><td>${inner}</td></tr></table>`));
    assert.deepEqual(
      source.rows.map((r) => r.cells),
      [
        ['序号', '任务'],
        ['1', '甲'],
        ['2', '乙'],
      ],
    );
    assert.deepEqual(
      source.preamble.map((l) => l.text),
      ['导航'],
    );
  });

  void it('a page without a table reads as paragraphs of its text blocks', () => {
    const read = readHtml('<p>标题</p>\n<div>第一段<br>第二段</div>', opts);
    assert.deepEqual(read.source, {
      kind: 'paragraphs',
      format: 'html',
      encoding: 'utf-8',
      lines: [
        { text: '标题', line: 1 },
        { text: '第一段', line: 2 },
        { text: '第二段', line: 2 },
      ],
    });
    assert.deepEqual(
      read.problems.map((p) => p.code),
      ['html.no_table'],
    );
  });

  void it('entities decode, runs of spaces and source line breaks collapse within a line, edges are trimmed', () => {
    const source = table(
      page(
        '<table><tr><td>\n  市住建局\n  (市人民城建办)&nbsp;</td><td>A&amp;B&#x3001;&lt;C&gt;</td></tr></table>',
      ),
    );
    assert.deepEqual(source.rows[0]?.cells, ['市住建局 (市人民城建办)', 'A&B、<C>']);
  });

  void it('a colspan narrower than the table pads empty cells to its right and is not a merged row', () => {
    const source = table(
      page(
        '<table><tr><td>1</td><td colspan="3">提高政策工具质效。</td></tr><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>',
      ),
    );
    assert.deepEqual(source.rows[0], { cells: ['1', '提高政策工具质效。', '', ''], line: 1 });
  });

  void it('a rowspan in the first column keeps the cells of the rows below in their columns', () => {
    const source = table(
      page(
        '<table><tr><td rowspan="3">一</td><td>1</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr><tr><td>3</td><td>丙</td></tr></table>',
      ),
    );
    assert.deepEqual(
      source.rows.map((r) => r.cells),
      [
        ['一', '1', '甲'],
        ['', '2', '乙'],
        ['', '3', '丙'],
      ],
    );
  });

  void it('th cells, unclosed td/tr and <p> or <div> blocks inside a cell are read like td', () => {
    const source = table(
      page('<table><tr><th>序号<th>牵头<tr><td>1<td><p>市发改委</p><div>市财政局</div></table>'),
    );
    assert.deepEqual(
      source.rows.map((r) => r.cells),
      [
        ['序号', '牵头'],
        ['1', '市发改委\n市财政局'],
      ],
    );
  });
});

void describe('HTML reader cost', () => {
  /** The fastest of three reads, in milliseconds: a busy machine slows a run, never speeds one up. */
  const fastestRead = (html: string): number =>
    Math.min(
      ...[1, 2, 3].map(() => {
        const started = performance.now();
        readHtml(html, opts);
        return performance.now() - started;
      }),
    );

  void it('tables nested as deep as a page may go cost about what as many tables side by side cost', () => {
    // <table><tr><td> opens three elements: the deepest nesting the depth check lets through.
    const depth = Math.floor(MAX_HTML_DEPTH / 3);
    const nested = `${'<table><tr><td>'.repeat(depth)}一、x${'</td></tr></table>'.repeat(depth)}`;
    const sideBySide = '<table><tr><td>一、x</td></tr></table>'.repeat(depth);
    assert.ok(readHtml(nested, opts).source, 'the nested page is read, not given up');
    // Asking each table for its rows and each row for its table took seconds here (cubic in depth).
    const sideBySideMs = fastestRead(sideBySide);
    const nestedMs = fastestRead(nested);
    assert.ok(
      nestedMs < 10 * sideBySideMs + 100,
      `nested ${nestedMs.toFixed(0)} ms against ${sideBySideMs.toFixed(0)} ms side by side`,
    );
  });

  void it('unclosed divs nested past what a page may go are given up before parsing, with an issue saying so', () => {
    // The parser's cost grows with the square of the nesting: 50,000 unclosed divs took 28 s.
    const count = 3 * MAX_HTML_DEPTH;
    const unclosed = readHtml(`<html><body>${'<div>一、任务'.repeat(count)}</body></html>`, opts);
    assert.equal(unclosed.source, null, `${count} unclosed divs were parsed instead of given up`);
    assert.deepEqual(
      unclosed.problems.map((p) => p.code),
      ['input.too_complex'],
    );
    assert.match(unclosed.problems[0]?.message ?? '', /未闭合的<div>/);
    const closed = readHtml(`<html><body>${'<div>一、任务</div>'.repeat(count)}</body></html>`, opts);
    assert.ok(closed.source, 'as many divs side by side are read');
  });
});
