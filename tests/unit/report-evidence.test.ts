import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { DomainError } from '../../src/core/errors.ts';
import { detectEvidenceType, evidenceTypeOf, safeFileName } from '../../src/core/report/evidence-type.ts';
import { zipEntryNames } from '../../src/core/report/zip-entries.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );
const ole2 = (stream: string) =>
  new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Uint8Array(100),
    ...Buffer.from(stream, 'utf16le'),
  ]);

async function zipWith(...names: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const name of names) zip.file(name, 'x');
  return zip.generateAsync({ type: 'uint8array' });
}

const mediaOf = (content: Uint8Array) => detectEvidenceType(content)?.mediaType ?? null;

describe('evidence files are recognised by their content', () => {
  test('PDF and the four image kinds by their signatures', () => {
    assert.equal(mediaOf(bytes('%PDF-1.4')), 'application/pdf');
    assert.equal(mediaOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a])), 'image/png');
    assert.equal(mediaOf(bytes([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(mediaOf(bytes('GIF89a')), 'image/gif');
    assert.equal(mediaOf(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')), 'image/webp');
  });

  test('docx, xlsx and pptx are ZIP archives with their own main part', async () => {
    assert.match(
      mediaOf(await zipWith('[Content_Types].xml', 'word/document.xml')) ?? '',
      /wordprocessingml/,
    );
    assert.match(mediaOf(await zipWith('[Content_Types].xml', 'xl/workbook.xml')) ?? '', /spreadsheetml/);
    assert.match(
      mediaOf(await zipWith('[Content_Types].xml', 'ppt/presentation.xml')) ?? '',
      /presentationml/,
    );
  });

  test('a plain ZIP, or a ZIP without content types, is not an office file', async () => {
    assert.equal(mediaOf(await zipWith('word/document.xml')), null);
    assert.equal(mediaOf(await zipWith('[Content_Types].xml', 'payload.exe')), null);
  });

  test('legacy doc and xls are OLE2 files holding a WordDocument or Workbook stream', () => {
    assert.equal(mediaOf(ole2('WordDocument')), 'application/msword');
    assert.equal(mediaOf(ole2('Workbook')), 'application/vnd.ms-excel');
    assert.equal(mediaOf(ole2('SummaryInformation')), null);
  });

  test('programs, scripts and empty files are none of the accepted kinds', () => {
    for (const content of [
      bytes('MZ', [0x90, 0, 3]),
      bytes([0x7f], 'ELF'),
      bytes('#!/bin/sh'),
      new Uint8Array(),
    ]) {
      assert.equal(mediaOf(content), null);
    }
  });

  test('a truncated or corrupt ZIP is read as no archive, never a crash', async () => {
    const zip = await zipWith('[Content_Types].xml', 'word/document.xml');
    assert.equal(zipEntryNames(zip.subarray(0, zip.length - 10)), null);
    assert.equal(zipEntryNames(bytes('PK', [3, 4])), null);
  });

  test('the name must agree with the content; a renamed program is refused either way', () => {
    const code = (content: Uint8Array, name: string) => {
      try {
        return evidenceTypeOf(content, name).mediaType;
      } catch (error) {
        assert.ok(error instanceof DomainError);
        return error.code;
      }
    };
    assert.equal(code(bytes('%PDF-1.7'), '报告.PDF'), 'application/pdf');
    assert.equal(code(bytes('%PDF-1.7'), 'scan.png'), 'attachment.extension_mismatch');
    assert.equal(code(bytes('MZ'), 'report.pdf'), 'attachment.unsupported_type');
  });

  test('stored names lose folders and control characters', () => {
    assert.equal(safeFileName('C:\\Users\\张三\\材料.pdf'), '材料.pdf');
    assert.equal(safeFileName('../../etc/passwd\u0000.pdf'), 'passwd.pdf');
    assert.equal(safeFileName('  '), 'file');
  });
});
