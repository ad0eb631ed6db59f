// Zip bombs for the upload tests, built small: one megabyte of zeros deflates to about a kilobyte
// ending on a byte boundary (a sync flush), and copies of it make one valid stream of any length.
// The test holds only the compressed bytes; nothing here ever inflates them.
import { constants, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;
const SEGMENT = deflateRawSync(Buffer.alloc(MIB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
/** An empty final block (fixed Huffman, end of block), closing the stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** Raw deflate data that inflates to `mebibytes` MiB of zeros. */
export function deflatedZeros(mebibytes: number): Buffer {
  return Buffer.concat([...Array.from({ length: mebibytes }, () => SEGMENT), FINAL_BLOCK]);
}

export interface ZipPart {
  name: string;
  /** Raw deflate data (method 8) or the stored bytes (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the central directory claims the part inflates to: a bomb may lie. */
  declaredSize: number;
}

export const textPart = (name: string, text: string): ZipPart => {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), method: 8, declaredSize: raw.length };
};

export const bombPart = (name: string, mebibytes: number, declaredSize = mebibytes * MIB): ZipPart => ({
  name,
  data: deflatedZeros(mebibytes),
  method: 8,
  declaredSize: Math.min(declaredSize, 0xfffffffe),
});

/** A ZIP archive of the parts (CRCs left at 0: the readers under test do not check them). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(part.data));
    directory.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const size = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

const WORKBOOK =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>' +
  '<sheet name="Sheet1" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>' +
  '</sheets></workbook>';

/** An .xlsx whose named part is a bomb of `mebibytes` MiB (the rest tiny and valid). */
export function xlsxBomb(bombName: string, mebibytes: number, declaredSize?: number): Buffer {
  return zipOf([
    textPart(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    textPart('xl/workbook.xml', WORKBOOK),
    bombPart(bombName, mebibytes, declaredSize),
  ]);
}

/** A .docx whose document part is a bomb. */
export function docxBomb(mebibytes: number, declaredSize?: number): Buffer {
  return zipOf([
    textPart(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    bombPart('word/document.xml', mebibytes, declaredSize),
  ]);
}
