// Finding a list's words in a text: every occurrence, longest word first where two overlap.
import type { TextRange } from './quality.types.ts';

export interface WordHit {
  word: string;
  range: TextRange;
}

/** Every non-overlapping occurrence of the words; a longer word wins over one it contains. */
export function findWords(text: string, words: readonly string[]): WordHit[] {
  const hits: WordHit[] = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      hits.push({ word, range: { start: at, end: at + word.length } });
    }
  }
  hits.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const kept: WordHit[] = [];
  let reached = 0;
  for (const hit of hits) {
    if (hit.range.start < reached) continue;
    kept.push(hit);
    reached = hit.range.end;
  }
  return kept;
}

export function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => word !== '' && text.includes(word));
}
