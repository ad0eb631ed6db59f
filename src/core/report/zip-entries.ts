// The file names inside a ZIP archive, read from its central directory. Office files (docx, xlsx,
// pptx) are ZIP archives, and their inner parts say which kind they are.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
/** Entries the readers walk at most: no genuine office file has more parts. */
export const MAX_ZIP_ENTRIES = 10_000;
/** A ZIP comment is at most 65535 bytes, so the end record starts within this distance of the end. */
const MAX_END_SEARCH = END_RECORD_SIZE + 0xffff;

/** The entry names, or null when the bytes are not a readable ZIP archive. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count > MAX_ZIP_ENTRIES) return null;
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + ENTRY_HEADER_SIZE > view.byteLength) return null;
    if (view.getUint32(position, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const nameStart = position + ENTRY_HEADER_SIZE;
    if (nameStart + nameLength > view.byteLength) return null;
    names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    position = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Where the end-of-central-directory record starts, or null when there is none. */
export function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - END_RECORD_SIZE;
  const first = Math.max(0, view.byteLength - MAX_END_SEARCH);
  for (let position = last; position >= first; position -= 1) {
    if (view.getUint32(position, true) === END_OF_DIRECTORY) return position;
  }
  return null;
}
