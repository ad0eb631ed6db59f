// The parts of a ZIP archive (an .xlsx is one), read from its central directory: stored or
// deflated entries, inflated with node's zlib. Throws on anything else (ZIP64, encryption, a
// damaged archive); the template reader turns that into "file unreadable".
import { inflateRawSync } from 'node:zlib';
import { findEndRecord, MAX_ZIP_ENTRIES } from '../../core/report/zip-entries.ts';

const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A template inflates to well under this; a zip bomb stops here. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) throw new Error('not a ZIP archive');
  const count = view.getUint16(end + 10, true);
  let position = view.getUint32(end + 16, true);
  if (count > MAX_ZIP_ENTRIES) throw new Error('too many entries');
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index++) {
    if (view.getUint32(position, true) !== DIRECTORY_ENTRY) throw new Error('damaged central directory');
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const compressedSize = view.getUint32(position + 20, true);
    const size = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const localOffset = view.getUint32(position + 42, true);
    const name = decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength));
    position += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new Error('encrypted entry');
    if (size > MAX_PART_BYTES) throw new Error('entry too large');
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new Error('damaged local header');
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize) throw new Error('truncated entry');
    if (method === 0) parts.set(name, data);
    else if (method === 8) parts.set(name, inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }));
    else throw new Error(`unsupported compression ${method}`);
  }
  return parts;
}
