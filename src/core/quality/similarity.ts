// Character trigram overlap between two texts, and the parts they share as ranges in each.
// Linear in the texts' lengths: trigrams are numbers in a Set, every position is visited once,
// and a text is prepared once however many others it is compared with.
import type { TextRange } from './quality.types.ts';

/** A text reduced to its content characters (no spaces or punctuation): offsets and trigrams. */
export interface Grams {
  text: string;
  offsets: number[];
  grams: number[];
}

/** The filing's own text, with an index of its distinct trigrams to look candidates up in. */
export interface Prepared extends Grams {
  alphabet: Map<number, number>;
  /** Distinct trigram -> its number; idOf[position] is the number of the trigram at a position. */
  distinct: Map<number, number>;
  idOf: Int32Array;
}

/** Whitespace and punctuation: ASCII, general punctuation, CJK symbols, full-width forms. */
function ignored(code: number): boolean {
  if (code < 128)
    return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65)
  );
}

function contentOf(text: string): { codes: number[]; offsets: number[] } {
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (ignored(code)) continue;
    // Full-width digits read as ASCII ones, so ３ matches 3.
    codes.push(code >= 0xff10 && code <= 0xff19 ? code - 0xfee0 : code);
    offsets.push(i);
  }
  return { codes, offsets };
}

/**
 * Trigrams as numbers over the filing's own alphabet (its distinct characters numbered 1..n), so
 * they stay small integers that hash fast; a trigram with a character the filing lacks is -1.
 */
function trigrams(codes: readonly number[], alphabet: ReadonlyMap<number, number>): number[] {
  const base = alphabet.size + 1;
  const grams: number[] = [];
  for (let i = 0; i + 2 < codes.length; i += 1) {
    const a = alphabet.get(codes[i] ?? 0) ?? 0;
    const b = alphabet.get(codes[i + 1] ?? 0) ?? 0;
    const c = alphabet.get(codes[i + 2] ?? 0) ?? 0;
    grams.push(a === 0 || b === 0 || c === 0 ? -1 : (a * base + b) * base + c);
  }
  return grams;
}

export function prepare(text: string): Prepared {
  const { codes, offsets } = contentOf(text);
  const alphabet = new Map<number, number>();
  for (const code of codes) if (!alphabet.has(code)) alphabet.set(code, alphabet.size + 1);
  const grams = trigrams(codes, alphabet);
  const distinct = new Map<number, number>();
  const idOf = new Int32Array(grams.length);
  grams.forEach((gram, position) => {
    let id = distinct.get(gram);
    if (id === undefined) {
      id = distinct.size;
      distinct.set(gram, id);
    }
    idOf[position] = id;
  });
  return { text, offsets, grams, alphabet, distinct, idOf };
}

/** Another text's trigrams over the filing's alphabet, to compare with it. */
export function gramsAgainst(own: Prepared, text: string): Grams {
  const { codes, offsets } = contentOf(text);
  return { text, offsets, grams: trigrams(codes, own.alphabet) };
}

/** The number of content characters, the length the rules compare by. */
export function contentLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) if (!ignored(text.charCodeAt(i))) length += 1;
  return length;
}

/** Which of the filing's distinct trigrams occur in the other text. */
function foundIn(own: Prepared, other: Grams): Uint8Array {
  const found = new Uint8Array(own.distinct.size);
  for (const gram of other.grams) {
    const id = own.distinct.get(gram);
    if (id !== undefined) found[id] = 1;
  }
  return found;
}

/** Share of the filing's trigrams found in the other text, 0..1 (0 when it has none). */
export function similarityOf(own: Prepared, other: Grams): number {
  if (own.grams.length === 0) return 0;
  const found = foundIn(own, other);
  let hits = 0;
  for (const id of own.idOf) hits += found[id] ?? 0;
  return hits / own.grams.length;
}

export interface Overlap {
  similarity: number;
  textRanges: TextRange[];
  otherRanges: TextRange[];
}

export function overlapOf(own: Prepared, other: Grams, minSpan: number): Overlap {
  const found = foundIn(own, other);
  const ownShared = Array.from(own.idOf, (id) => found[id] === 1);
  const otherShared = other.grams.map((gram) => own.distinct.has(gram));
  return {
    similarity: similarityOf(own, other),
    textRanges: sharedRanges(own, ownShared, minSpan),
    otherRanges: sharedRanges(other, otherShared, minSpan),
  };
}

export function overlap(text: string, other: string, minSpan: number): Overlap {
  const own = prepare(text);
  return overlapOf(own, gramsAgainst(own, other), minSpan);
}

/** Runs of shared trigrams as ranges of the original text, at least minSpan characters long. */
function sharedRanges({ offsets, text }: Grams, shared: readonly boolean[], minSpan: number): TextRange[] {
  const ranges: TextRange[] = [];
  let runStart = -1;
  for (let i = 0; i <= shared.length; i += 1) {
    if (i < shared.length && shared[i] === true) {
      if (runStart === -1) runStart = i;
      continue;
    }
    if (runStart === -1) continue;
    // A run of k trigrams covers k + 2 content characters.
    const lastChar = i + 1;
    if (lastChar - runStart + 1 >= minSpan) {
      const endOffset = offsets[lastChar] ?? text.length - 1;
      ranges.push({
        start: offsets[runStart] ?? 0,
        end: endOffset + 1 + (isHighSurrogate(text, endOffset) ? 1 : 0),
      });
    }
    runStart = -1;
  }
  return ranges;
}

function isHighSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff;
}
