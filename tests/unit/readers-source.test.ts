import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { ReadResult } from '../../src/importer/source.types.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';

const fixture = (name: string): Promise<Buffer> =>
  readFile(new URL(`../fixtures/layouts/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (read: ReadResult): string[] => read.problems.map((p) => p.code);

function assertRefused(read: ReadResult, code: string): void {
  assert.equal(read.source, null);
  assert.deepEqual(codes(read), [code]);
  assert.ok((read.problems[0]?.message ?? '').length > 0);
}

void describe('inputs that are not a notice file', () => {
  void it('an empty file gives no source and input.empty', async () => {
    assertRefused(
      await readSource({ bytes: await fixture('empty.txt'), fileName: 'empty.txt' }),
      'input.empty',
    );
  });

  void it('a file of only blank lines and no-break spaces is empty too', async () => {
    assertRefused(await readSource({ bytes: utf8('\n  \n\u00a0\n\r\n') }), 'input.empty');
  });

  void it('random bytes give no source and input.binary', async () => {
    assertRefused(
      await readSource({ bytes: await fixture('binary.bin'), fileName: 'binary.bin' }),
      'input.binary',
    );
  });

  void it('a damaged .docx (cut in half) gives input.corrupt_zip', async () => {
    const bytes = await fixture('small.docx');
    assertRefused(
      await readSource({ bytes: bytes.subarray(0, bytes.length >> 1), fileName: 'small.docx' }),
      'input.corrupt_zip',
    );
  });

  void it('a zip that is neither a Word nor an Excel file gives input.unsupported_zip', async () => {
    const zip = new JSZip();
    zip.file('notice.txt', '芜湖市人民政府');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    assertRefused(await readSource({ bytes, fileName: 'notice.zip' }), 'input.unsupported_zip');
  });

  void it('an old .doc/.xls file and a PDF give input.unsupported_format with a way out', async () => {
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const doc = await readSource({ bytes: ole2, fileName: 'notice.doc' });
    assertRefused(doc, 'input.unsupported_format');
    assert.match(doc.problems[0]?.message ?? '', /\.docx/);
    assertRefused(await readSource({ bytes: utf8('%PDF-1.7\n...') }), 'input.unsupported_format');
  });

  void it('ordinary prose is read as paragraphs: judging whether it is a notice is left to the assembler', async () => {
    const read = await readSource({ bytes: await fixture('not-a-notice.txt') });
    assert.equal(read.source?.kind, 'paragraphs');
    assert.deepEqual(read.problems, []);
  });
});

void describe('damaged or odd notices still read', () => {
  void it('a file cut inside a character reads as UTF-8 up to the cut and reports text.cut_character', async () => {
    const read = await readSource({ bytes: await fixture('truncated.txt') });
    assert.equal(read.source?.kind, 'paragraphs');
    assert.equal(read.source.encoding, 'utf-8');
    assert.deepEqual(read.source.lines.at(-1)?.text, '市政府督');
    assert.deepEqual(codes(read), ['text.cut_character']);
  });

  void it('out-of-order and duplicate task numbers are read as written, for the assembler to report', async () => {
    const numbers = async (name: string): Promise<string[]> => {
      const read = await readSource({ bytes: await fixture(name) });
      assert.equal(read.source?.kind, 'paragraphs');
      return read.source.lines.map((l) => l.text).filter((t) => /^\d{2,3}$|^[1-4]$/.test(t));
    };
    assert.deepEqual((await numbers('out-of-order.txt')).slice(0, 4), ['1', '2', '4', '3']);
    assert.deepEqual((await numbers('duplicate.txt')).slice(3, 8), ['1', '11', '12', '12', '14']);
  });

  void it('bytes that are not valid in any reading are replaced and reported', async () => {
    const read = await readSource({
      bytes: Uint8Array.from([...utf8('市发改委'), 0xff, 0x0a, ...utf8('市财政局')]),
    });
    assert.equal(read.source?.kind, 'paragraphs');
    assert.equal(read.source.encoding, 'gb18030');
    assert.ok(codes(read).includes('text.undecodable'));
  });
});

void describe('format detection', () => {
  void it('content decides: a web page named .txt is read as HTML, with a note that the name disagrees', async () => {
    const read = await readSource({ bytes: await fixture('small.html'), fileName: 'notice.txt' });
    assert.equal(read.source?.format, 'html');
    assert.deepEqual(codes(read), ['format.hint_mismatch']);
  });

  void it('text named .docx is read as text, with a note that the name disagrees', async () => {
    const read = await readSource({ bytes: await fixture('small.utf8.txt'), fileName: 'notice.docx' });
    assert.equal(read.source?.format, 'text');
    assert.deepEqual(codes(read), ['format.hint_mismatch']);
  });

  void it('a page is HTML when its first character after a BOM and blank space is <', async () => {
    const read = await readSource({ bytes: utf8('\ufeff \n <TABLE><TR><TD>序号</TD></TR></TABLE>') });
    assert.equal(read.source?.format, 'html');
  });

  void it('the name breaks a tie: text starting with prose but named .html and holding tags is HTML', async () => {
    const bytes = utf8('通知正文\n<table><tr><td>序号</td><td>目标与任务</td></tr></table>');
    assert.equal((await readSource({ bytes, fileName: 'page.html' })).source?.format, 'html');
    assert.equal((await readSource({ bytes })).source?.format, 'text');
  });

  void it('a .docx is recognised by content whatever it is called, and so is a .xlsx', async () => {
    const docx = await readSource({ bytes: await fixture('small.docx'), fileName: 'upload.bin' });
    const xlsx = await readSource({
      bytes: await fixture('small.xlsx'),
      mediaType: 'application/octet-stream',
    });
    assert.deepEqual([docx.source?.format, xlsx.source?.format], ['docx', 'xlsx']);
  });

  void it('never throws or rejects, whatever the bytes', async () => {
    const zipLike = fc
      .uint8Array({ maxLength: 300 })
      .map((t) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...t]));
    const tags = [
      '<table>',
      '<tr>',
      '<td rowspan="0">',
      '<td colspan="9">',
      '</td>',
      '<br>',
      '&nbsp;',
      '|',
      '\n',
      '市发改委',
    ];
    const htmlLike = fc.array(fc.constantFrom(...tags)).map((parts) => utf8(`<${parts.join('')}`));
    const names = fc.constantFrom(undefined, 'a.docx', 'a.xlsx', 'a.html', 'a.txt');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 600 }), zipLike, htmlLike),
        names,
        async (bytes, fileName) => {
          const read = await readSource({ bytes, ...(fileName ? { fileName } : {}) });
          assert.ok(read.source !== null || read.problems.length > 0);
        },
      ),
      { numRuns: 400, seed: 20240409 },
    );
  });
});
