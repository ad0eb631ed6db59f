import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { ParagraphSource, Source, TableSource } from '../../src/importer/source.types.ts';
import { decodeText } from '../../src/importer/readers/decode.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import { readText } from '../../src/importer/readers/text.reader.ts';
import { NBSP, TASKS, TITLE, seedParagraphs } from '../fixtures/layouts/excerpt.ts';

const fixture = (name: string): Promise<Buffer> =>
  readFile(new URL(`../fixtures/layouts/${name}`, import.meta.url));
const seed = (): Promise<Buffer> => readFile(new URL('../../samples/wuhu-2024-notice.txt', import.meta.url));

function paragraphs(source: Source | null): ParagraphSource {
  assert.ok(source, 'expected a source');
  assert.equal(source.kind, 'paragraphs');
  return source;
}

function table(source: Source | null): TableSource {
  assert.ok(source, 'expected a source');
  assert.equal(source.kind, 'table');
  return source;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

void describe('decoding text bytes', () => {
  void it('valid UTF-8 without a BOM is utf-8', () => {
    assert.deepEqual(decodeText(utf8('市发改委')), {
      text: '市发改委',
      encoding: 'utf-8',
      cutCharacter: false,
    });
  });

  void it('a UTF-8 BOM is stripped and reported as utf-8-bom', () => {
    const decoded = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('序号')]));
    assert.equal(decoded.text, '序号');
    assert.equal(decoded.encoding, 'utf-8-bom');
  });

  void it('bytes that are not UTF-8 are read as GB18030', () => {
    const decoded = decodeText(Uint8Array.from([0xca, 0xd0, 0xb7, 0xa2, 0xb8, 0xc4, 0xce, 0xaf])); // 市发改委
    assert.deepEqual([decoded.text, decoded.encoding], ['市发改委', 'gb18030']);
  });

  void it('UTF-16 files are read by their BOM, little- or big-endian', () => {
    assert.deepEqual(decodeText(Uint8Array.from([0xff, 0xfe, 0x8f, 0x5e, 0xf7, 0x53])), {
      text: '序号',
      encoding: 'utf-16le',
      cutCharacter: false,
    });
    assert.equal(decodeText(Uint8Array.from([0xfe, 0xff, 0x5e, 0x8f, 0x53, 0xf7])).text, '序号');
  });

  void it('UTF-8 bytes cut inside the last character stay UTF-8 and drop only that character', () => {
    const bytes = utf8('市政府督查办').subarray(0, 13);
    assert.deepEqual(decodeText(bytes), { text: '市政府督', encoding: 'utf-8', cutCharacter: true });
  });
});

void describe('text paragraphs', () => {
  void it('a line of only no-break spaces (with or without other spaces) is one U+00A0 paragraph: an empty cell', () => {
    const { lines } = paragraphs(readText(`市财政局\n${NBSP}\n ${NBSP}${NBSP} \n`, 'utf-8').source);
    assert.deepEqual(lines, [
      { text: '市财政局', line: 1 },
      { text: NBSP, line: 2 },
      { text: NBSP, line: 3 },
    ]);
  });

  void it('a line of ordinary or ideographic spaces only is dropped', () => {
    const { lines } = paragraphs(readText('一\n   \n\t\n\u3000\u3000\n二', 'utf-8').source);
    assert.deepEqual(lines, [
      { text: '一', line: 1 },
      { text: '二', line: 5 },
    ]);
  });

  void it('paragraphs are trimmed of spaces, tabs, ideographic and no-break spaces at both ends only', () => {
    const { lines } = paragraphs(
      readText(`\t\u3000${NBSP}${NBSP}202446 \n 监督电话:3902532。\u2002完成 `, 'utf-8').source,
    );
    assert.deepEqual(
      lines.map((l) => l.text),
      ['202446', '监督电话:3902532。\u2002完成'],
    );
  });

  void it('line numbers count physical lines whatever the line break (CRLF, CR, LF)', () => {
    const { lines } = paragraphs(readText('一\r\n\r\n二\r三\n\n四', 'utf-8').source);
    assert.deepEqual(
      lines.map((l) => l.line),
      [1, 3, 4, 6],
    );
  });

  void it('the real seed reads as paragraphs: title first, 220 task and 37 subsection numbers, the date as 202446', async () => {
    const read = await readSource({ bytes: await seed(), fileName: 'wuhu-2024-notice.txt' });
    const source = paragraphs(read.source);
    assert.deepEqual(read.problems, []);
    assert.deepEqual([source.format, source.encoding], ['text', 'utf-8']);
    assert.deepEqual(source.lines[0], { text: TITLE, line: 1 });
    const numbers = source.lines.filter((l) => /^\d+$/.test(l.text)).map((l) => l.text);
    assert.equal(numbers.length, 258);
    // The signing date lost its 年月日 in copying; trimmed of its leading no-break spaces it is digits only.
    assert.deepEqual(
      numbers.filter((n) => Number(n) > 220),
      ['202446'],
    );
    assert.ok(source.lines.some((l) => l.text === NBSP));
  });

  void it('the small seed-style fixture copies every task paragraph for paragraph from the seed', async () => {
    const seedTexts = paragraphs((await readSource({ bytes: await seed() })).source).lines.map((l) => l.text);
    const small = paragraphs((await readSource({ bytes: await fixture('small.utf8.txt') })).source).lines;
    for (const task of TASKS) {
      const expected = seedParagraphs(task);
      const inSeed = seedTexts.indexOf(task.text) - 1;
      assert.deepEqual(
        seedTexts.slice(inSeed, inSeed + expected.length),
        expected,
        `task ${task.seq} in the seed`,
      );
      const inSmall = small.findIndex((l) => l.text === task.text) - 1;
      assert.deepEqual(
        small.slice(inSmall, inSmall + expected.length).map((l) => l.text),
        expected,
      );
    }
  });

  void it('the BOM+CRLF and GB18030 copies read to the same paragraphs and lines as UTF-8, each with its encoding', async () => {
    const plain = paragraphs((await readSource({ bytes: await fixture('small.utf8.txt') })).source);
    for (const [name, encoding] of [
      ['small.utf8-bom.txt', 'utf-8-bom'],
      ['small.gb18030.txt', 'gb18030'],
    ] as const) {
      const read = await readSource({ bytes: await fixture(name), fileName: name });
      assert.deepEqual(read.problems, []);
      const source = paragraphs(read.source);
      assert.equal(source.encoding, encoding);
      assert.deepEqual(source.lines, plain.lines, name);
    }
  });

  void it('labelled, inline and space-separated lists read one paragraph per line, units left as written', async () => {
    const labelled = paragraphs((await readSource({ bytes: await fixture('labelled.txt') })).source).lines;
    assert.deepEqual(labelled.slice(5, 8), [
      { text: '1. 地区生产总值增长7.5%左右。', line: 7 },
      { text: '牵头单位:市发改委', line: 8 },
      { text: '责任单位:各县市区政府、开发区管委会', line: 9 },
    ]);
    const inline = paragraphs((await readSource({ bytes: await fixture('inline.txt') })).source).lines;
    assert.equal(
      inline[5]?.text,
      '1.地区生产总值增长7.5%左右。(牵头单位:市发改委;配合单位:各县市区政府、开发区管委会)',
    );
    const spaces = paragraphs((await readSource({ bytes: await fixture('spaces.txt') })).source).lines;
    assert.ok(spaces.some((l) => l.text === '牵头单位:市经信局 市科技局 市发改委'));
  });
});

void describe('| tables in text', () => {
  void it('a | table reads as a table: header row first, |---| skipped, the other lines as preamble', async () => {
    const read = await readSource({ bytes: await fixture('pipe-table.txt'), fileName: 'pipe-table.txt' });
    const source = table(read.source);
    assert.deepEqual(read.problems, []);
    assert.equal(source.format, 'text');
    assert.equal(source.preamble[0]?.text, TITLE);
    assert.deepEqual(source.rows[0], { cells: ['序号', '目标与任务', '牵头责任单位', '责任单位'], line: 6 });
    assert.deepEqual(source.rows[1], { cells: ['一、主要预期目标', '', '', ''], line: 8 });
    const task2 = source.rows.find((r) => r.cells[0] === '2' && r.cells[2] !== '');
    assert.deepEqual(task2?.cells.slice(2), ['市经信局', '市发改委、各县市区政府、开发区管委会']);
    assert.deepEqual(source.rows.find((r) => r.cells[0] === '12')?.cells.slice(2), ['市财政局', '']);
  });

  void it('a | line with a single cell is a heading merged across the table', () => {
    const source = table(
      readText('| 序号 | 任务 | 牵头 |\n| 一、目标 |\n| 1 | 甲 | 市发改委 |', 'utf-8').source,
    );
    assert.deepEqual(source.rows[1], { cells: ['一、目标', '', ''], line: 2, merged: true });
  });

  void it('a | line with fewer cells than the table is padded and reported', () => {
    const read = readText('| 序号 | 任务 | 牵头 |\n| 1 | 甲 | 市发改委 |\n| 2 | 乙 |', 'utf-8');
    assert.deepEqual(table(read.source).rows[2]?.cells, ['2', '乙', '']);
    assert.deepEqual(
      read.problems.map((p) => [p.code, p.line]),
      [['text.ragged_row', 3]],
    );
  });

  void it('<br> inside a | cell is a line break within the cell', () => {
    const source = table(readText('| 序号 | 牵头 |\n| 1 | 市发改委<br>市财政局 |', 'utf-8').source);
    assert.equal(source.rows[1]?.cells[1], '市发改委\n市财政局');
  });

  void it('prose with an occasional | stays paragraphs', () => {
    assert.equal(readText('一段文字\n另一段 | 带竖线\n第三段\n第四段', 'utf-8').source.kind, 'paragraphs');
  });
});
