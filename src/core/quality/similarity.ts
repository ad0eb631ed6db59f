// Character trigram overlap between two texts, and the parts they share as ranges in each.
// Linear in the texts' lengths: trigrams are numbers in a Set, every position is visited once.
import type { TextRange } from './quality.types.ts';

/** A text reduced to its content characters (no spaces or punctuation) with their offsets. */
interface Content {
  codes: number[];
  offsets: number[];
}

const IGNORED = /[\s\p{P}\p{S}]/u;

function contentOf(text: string): Content {
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits pass quickly; everything else is tested once against the class.
    if (code < 128 ? !/[0-9A-Za-z]/.test(text[i] ?? '') : IGNORED.test(text[i] ?? '')) continue;
    codes.push(code >= 0xff10 && code <= 0xff19 ? code - 0xfee0 : code);
    offsets.push(i);
  }
  return { codes, offsets };
}

/** Three UTF-16 units packed into one safe integer (16 bits each). */
function trigramsOf(codes: readonly number[]): number[] {
  const grams: number[] = [];
  for (let i = 0; i + 2 < codes.length; i += 1) {
    grams.push(((codes[i] ?? 0) * 65536 + (codes[i + 1] ?? 0)) * 65536 + (codes[i + 2] ?? 0));
  }
  return grams;
}

export interface Overlap {
  /** Share of the first text's trigrams found in the second, 0..1 (0 when it has none). */
  similarity: number;
  textRanges: TextRange[];
  otherRanges: TextRange[];
}

/** The number of content characters, the length the rules compare by. */
export function contentLength(text: string): number {
  return contentOf(text).codes.length;
}

export function overlap(text: string, other: string, minSpan: number): Overlap {
  const a = contentOf(text);
  const b = contentOf(other);
  const gramsA = trigramsOf(a.codes);
  const gramsB = trigramsOf(b.codes);
  const setA = new Set(gramsA);
  const setB = new Set(gramsB);
  const sharedA = gramsA.map((gram) => setB.has(gram));
  const sharedB = gramsB.map((gram) => setA.has(gram));
  const hits = sharedA.reduce((count, shared) => count + (shared ? 1 : 0), 0);
  return {
    similarity: gramsA.length === 0 ? 0 : hits / gramsA.length,
    textRanges: rangesOf(sharedA, a.offsets, text, minSpan),
    otherRanges: rangesOf(sharedB, b.offsets, other, minSpan),
  };
}

/** Runs of shared trigrams as character ranges of the original text, at least minSpan long. */
function rangesOf(
  shared: readonly boolean[],
  offsets: readonly number[],
  text: string,
  minSpan: number,
): TextRange[] {
  const ranges: TextRange[] = [];
  let runStart = -1;
  for (let i = 0; i <= shared.length; i += 1) {
    if (i < shared.length && shared[i]) {
      if (runStart === -1) runStart = i;
      continue;
    }
    if (runStart === -1) continue;
    // A run of k trigrams covers k + 2 content characters.
    const lastChar = i + 1;
    if (lastChar - runStart + 1 >= minSpan) {
      const start = offsets[runStart] ?? 0;
      const endOffset = offsets[lastChar] ?? text.length - 1;
      ranges.push({ start, end: endOffset + 1 + (isHighSurrogate(text, endOffset) ? 1 : 0) });
    }
    runStart = -1;
  }
  return ranges;
}

function isHighSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff;
}
