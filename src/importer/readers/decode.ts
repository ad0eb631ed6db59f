// Bytes -> text for notices saved by any Chinese office PC: UTF-8 (with or without BOM), GB18030, UTF-16.

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the bytes ended inside a multi-byte character (a cut-off upload); that character is dropped. */
  cutCharacter: boolean;
}

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8-bom'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Never throws: anything that is not valid UTF-8 is read as GB18030, which accepts every byte string. */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) {
      const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
      const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
      return { text, encoding, cutCharacter: false };
    }
  }
  const whole = strictUtf8(bytes);
  if (whole !== null) return { text: whole, encoding: 'utf-8', cutCharacter: false };
  const cut = completeUtf8Length(bytes);
  const head = cut < bytes.length ? strictUtf8(bytes.subarray(0, cut)) : null;
  if (head !== null) return { text: head, encoding: 'utf-8', cutCharacter: true };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', cutCharacter: false };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The length of bytes without a trailing, incomplete UTF-8 sequence. */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/** Share of the sample that no text file contains: NUL and C0 controls other than tab, line breaks, FF, SUB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  let odd = 0;
  for (const byte of sample) {
    if (isControl(byte)) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.01;
}

function isControl(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b].includes(byte);
}

/** How many U+FFFD the decoding produced: a sign that the guessed encoding is wrong or the bytes are damaged. */
export function countReplacements(text: string): number {
  let count = 0;
  for (const ch of text) if (ch === '\ufffd') count++;
  return count;
}
