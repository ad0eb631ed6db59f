// A ZIP archive read from its central directory, each part inflated only when a reader asks for it,
// with node's zlib and within InflateLimits: a part declared or found larger than what is left of
// the budget stops the inflater at the limit and throws InflatedTooLarge. Throws plain errors on
// anything else it cannot read (ZIP64, encryption, damage); callers answer "file unreadable".
import { inflateRawSync } from 'node:zlib';
import { findEndRecord, MAX_ZIP_ENTRIES } from '../../core/report/zip-entries.ts';
import { InflatedTooLarge, type InflateLimits } from './inflate-limits.ts';

const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  names(): string[];
  has(name: string): boolean;
  /** The part's bytes, or null when there is no such part; each call counts against the limits. */
  read(name: string): Uint8Array | null;
}

export function openZip(bytes: Uint8Array, limits: InflateLimits): ZipArchive {
  const entries = readDirectory(bytes);
  let inflated = 0;
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      const budget = Math.min(limits.maxPartBytes, limits.maxTotalBytes - inflated);
      if (entry.size > budget) throw new InflatedTooLarge(limits);
      const part = inflateEntry(bytes, entry, budget, limits);
      inflated += part.length;
      return part;
    },
  };
}

function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) throw new Error('not a ZIP archive');
  const count = view.getUint16(end + 10, true);
  let position = view.getUint32(end + 16, true);
  if (count > MAX_ZIP_ENTRIES) throw new Error('too many entries');
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, Entry>();
  for (let index = 0; index < count; index++) {
    if (view.getUint32(position, true) !== DIRECTORY_ENTRY) throw new Error('damaged central directory');
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const name = decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength));
    entries.set(name, {
      flags: view.getUint16(position + 8, true),
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      size: view.getUint32(position + 24, true),
      localOffset: view.getUint32(position + 42, true),
    });
    position += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateEntry(bytes: Uint8Array, entry: Entry, budget: number, limits: InflateLimits): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.flags & 0x1) throw new Error('encrypted entry');
  if (view.getUint32(entry.localOffset, true) !== LOCAL_HEADER) throw new Error('damaged local header');
  const dataStart =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error('truncated entry');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`unsupported compression ${entry.method}`);
  let part: Uint8Array;
  try {
    // The inflater stops as soon as its output passes the budget: a bomb never gets further.
    part = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if (error instanceof RangeError) throw new InflatedTooLarge(limits);
    throw error;
  }
  if (part.length !== entry.size) throw new Error('damaged entry: its size is not the one declared');
  return part;
}
