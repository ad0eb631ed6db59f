import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32, deflateRawSync } from 'node:zlib';
import { readXlsx } from '../../src/importer/feedback-template/xlsx-reader.ts';
import { TEMPLATE_INFLATE_LIMITS } from '../../src/importer/zip/inflate-limits.ts';
import { openZip } from '../../src/importer/zip/zip-archive.ts';

/** A ZIP archive of the given parts, deflated or stored, written the way the format says. */
function zip(parts: Record<string, string>, method: 0 | 8 = 8): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const raw = Buffer.from(text, 'utf8');
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc32(raw), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    directory.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook as a spreadsheet program writes it: a prefixed namespace, shared strings, styles. */
function workbook(options: { date1904?: boolean } = {}): Uint8Array {
  return zip({
    'xl/workbook.xml': `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${REL_NS}>
      <x:workbookPr${options.date1904 ? ' date1904="1"' : ''}/>
      <x:sheets><x:sheet name="说明" sheetId="2" r:id="rId2"/><x:sheet name="反馈&amp;表" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst ${NS} count="3" uniqueCount="3">
      <si><t>序号</t></si>
      <si><r><rPr><b/></rPr><t>推进</t></r><r><t xml:space="preserve"> 重点项目 </t></r><rPh sb="0" eb="2"><t>すいしん</t></rPh></si>
      <si><t>第一行_x000D_
第二行 &lt;完成&gt;</t></si></sst>`,
    'xl/styles.xml': `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
      <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"/></row>
      <row r="2"><c r="A2"><v>12</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>0.85</v></c><c r="D2" s="2"><v>45413</v></c></row>
      <row r="3"/>
      <row r="4"><c r="A4" t="inlineStr"><is><t>行内</t></is></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="str"><f>A4</f><v>公式结果</v></c><c r="D4" t="e"><v>#N/A</v></c><c r="E4" s="3"><v>45292</v></c></row>
      <row r="6"><c r="A6"><v>7</v></c></row>
    </sheetData><mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells></worksheet>`,
    'xl/worksheets/sheet2.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>`,
  });
}

describe('the feedback template reader', () => {
  test('finds sheets by name, with escaped names and absolute or relative targets', () => {
    const book = readXlsx(workbook());
    assert.ok(book.getWorksheet('反馈&表'));
    assert.equal(book.getWorksheet('说明')?.getRow(1).getCell(1).value, '说明');
    assert.equal(book.getWorksheet('没有这张表'), undefined);
  });

  test('reads each kind of cell as exceljs hands it over', () => {
    const sheet = readXlsx(workbook()).getWorksheet('反馈&表');
    assert.ok(sheet);
    const row1 = sheet.getRow(1);
    assert.equal(row1.getCell(1).value, '序号');
    assert.equal(
      row1.getCell(2).value,
      '推进 重点项目 ',
      'rich text runs joined, the phonetic guide left out',
    );
    assert.equal(row1.getCell(3).value, null);
    assert.equal(row1.getCell(3).numFmt, '0%');
    const row2 = sheet.getRow(2);
    assert.equal(row2.getCell(1).value, 12);
    assert.equal(row2.getCell(2).value, '第一行\r\n第二行 <完成>');
    assert.equal(row2.getCell(3).value, 0.85);
    assert.equal(row2.getCell(3).numFmt, '0%');
    assert.deepEqual(row2.getCell(4).value, new Date('2024-05-01T00:00:00Z'));
    assert.equal(row2.getCell(4).address, 'D2');
    const row4 = sheet.getRow(4);
    assert.equal(row4.getCell(1).value, '行内');
    assert.equal(row4.getCell(2).value, true);
    assert.equal(row4.getCell(3).value, '公式结果');
    assert.equal(row4.getCell(4).value, null, 'an error value reads as blank');
    assert.deepEqual(row4.getCell(5).value, new Date('2024-01-01T00:00:00Z'), 'a built-in date format');
    assert.equal(sheet.getRow(9).getCell(28).address, 'AB9');
  });

  test('a merged range reads its first cell everywhere; rows without values are skipped', () => {
    const sheet = readXlsx(workbook()).getWorksheet('反馈&表');
    assert.ok(sheet);
    assert.equal(sheet.getRow(7).getCell(2).value, 7);
    const visited: number[] = [];
    sheet.eachRow((row, number) => {
      assert.equal(row.number, number);
      visited.push(number);
    });
    assert.deepEqual(visited, [1, 2, 4, 6, 7]);
  });

  test('counts dates from 1904 when the workbook says so', () => {
    const sheet = readXlsx(workbook({ date1904: true })).getWorksheet('反馈&表');
    assert.deepEqual(sheet?.getRow(2).getCell(4).value, new Date('2028-05-02T00:00:00Z'));
  });

  test('reads stored entries, and refuses what is not a readable archive', () => {
    const stored = openZip(zip({ 'a.txt': '你好' }, 0), TEMPLATE_INFLATE_LIMITS);
    assert.equal(new TextDecoder().decode(stored.read('a.txt') ?? undefined), '你好');
    assert.throws(() => openZip(new Uint8Array([1, 2, 3]), TEMPLATE_INFLATE_LIMITS), /not a ZIP archive/);
    const cut = workbook().slice(0, 200);
    assert.throws(() => readXlsx(cut));
    assert.throws(() => readXlsx(zip({ 'x.txt': 'not a workbook' })), /no xl\/workbook.xml/);
  });
});
