import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { importNotice } from '../../src/importer/import-notice.ts';
import { parseFeedbackTemplate } from '../../src/importer/feedback-template/parse.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import { InflatedTooLarge } from '../../src/importer/zip/inflate-limits.ts';
import { openZip } from '../../src/importer/zip/zip-archive.ts';
import { expected } from '../support/documents.ts';
import { templateBytes } from '../support/feedback-template.ts';
import { bombPart, docxBomb, xlsxBomb, zipOf, type ZipPart } from '../support/zip-bomb.ts';

const MIB = 1024 * 1024;
const LIMITS = { maxTotalBytes: 10 * MIB, maxPartBytes: 4 * MIB };
/** A PNG of one pixel. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The parts of a real archive, stored, plus the extra parts given. */
function withParts(bytes: Uint8Array, extra: ZipPart[]): Buffer {
  const archive = openZip(bytes, { maxTotalBytes: 64 * MIB, maxPartBytes: 64 * MIB });
  const parts = archive.names().map((name): ZipPart => {
    const data = archive.read(name) ?? new Uint8Array();
    return { name, data, method: 0, declaredSize: data.length };
  });
  return zipOf([...parts, ...extra]);
}

describe('zip bombs are refused before memory grows', () => {
  test('each part is bounded: a part that inflates past the limit is refused, even one that declares less', () => {
    const honest = openZip(zipOf([bombPart('a.xml', 4000)]), LIMITS);
    assert.throws(() => honest.read('a.xml'), InflatedTooLarge);
    const lying = openZip(zipOf([bombPart('a.xml', 4000, 100)]), LIMITS);
    assert.throws(() => lying.read('a.xml'), InflatedTooLarge);
  });

  test('the parts read add up against one total: parts each under the part limit still stop at it', () => {
    const archive = openZip(zipOf([1, 2, 3, 4].map((n) => bombPart(`p${n}.xml`, 3))), LIMITS);
    assert.equal(archive.read('p1.xml')?.length, 3 * MIB);
    assert.equal(archive.read('p2.xml')?.length, 3 * MIB);
    assert.equal(archive.read('p3.xml')?.length, 3 * MIB);
    assert.throws(() => archive.read('p4.xml'), InflatedTooLarge);
  });

  test('a feedback template that is a bomb is refused with upload.too_large_inflated', async () => {
    for (const bytes of [xlsxBomb('xl/sharedStrings.xml', 4000), xlsxBomb('xl/styles.xml', 4000, 2000)]) {
      const parsed = await parseFeedbackTemplate({ bytes, expected });
      assert.deepEqual(
        parsed.errors.map((e) => e.code),
        ['upload.too_large_inflated'],
      );
      assert.match(parsed.errors[0]?.message ?? '', /解压后超过16MB/);
    }
  });

  test('a template is read without inflating the parts it does not use: a bomb among them changes nothing', async () => {
    const plain = await templateBytes();
    const bytes = withParts(plain, [bombPart('xl/media/image9.png', 4000)]);
    const withBomb = await parseFeedbackTemplate({ bytes, expected });
    const without = await parseFeedbackTemplate({ bytes: plain, expected });
    assert.deepEqual(withBomb.errors, []);
    assert.deepEqual(withBomb.rows, without.rows);
  });

  test('a notice .xlsx or .docx that is a bomb is refused as an error issue, and the importer does not throw', async () => {
    const bombs = [
      xlsxBomb('xl/worksheets/sheet1.xml', 4000),
      xlsxBomb('xl/sharedStrings.xml', 4000, 1000),
      docxBomb(4000),
      docxBomb(4000, 5000),
    ];
    for (const bytes of bombs) {
      const read = await readSource({ bytes });
      assert.deepEqual(
        read.problems.map((p) => p.code),
        ['upload.too_large_inflated'],
      );
      const imported = await importNotice({ bytes });
      const issue = imported.issues.find((i) => i.code === 'upload.too_large_inflated');
      assert.equal(issue?.severity, 'error');
      assert.equal(imported.tasks.length, 0);
    }
  });

  test('a bomb in a notice part the readers never use (a picture) is left compressed', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([
      ['序号', '工作任务', '牵头单位'],
      [1, '推进重点项目建设', '市发改委'],
    ]);
    const bytes = withParts(new Uint8Array(await workbook.xlsx.writeBuffer()), [
      bombPart('xl/media/image1.png', 4000),
    ]);
    const read = await readSource({ bytes });
    assert.deepEqual(read.problems, []);
    assert.equal(read.source?.kind, 'table');
  });

  test('notices with pictures still read: pictures are left out, the text and tables stay', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRows([
      ['序号', '工作任务', '牵头单位'],
      [1, '推进重点项目建设', '市发改委'],
    ]);
    sheet.addImage(
      workbook.addImage({ buffer: PIXEL as unknown as ExcelJS.Buffer, extension: 'png' }),
      'D1:E2',
    );
    const xlsx = await readSource({ bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    assert.equal(xlsx.source?.kind, 'table');
    const picture = new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } });
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [picture] }),
            new Table({ rows: [new TableRow({ children: [cell('序号'), cell('工作任务')] })] }),
          ],
        },
      ],
    });
    const docx = await readSource({ bytes: await Packer.toBuffer(document) });
    assert.equal(docx.source?.kind, 'table');
  });

  test('reading every bomb above kept this process under 400 MB', () => {
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    assert.ok(peakMiB < 400, `peak RSS ${Math.round(peakMiB)} MiB`);
  });
});
