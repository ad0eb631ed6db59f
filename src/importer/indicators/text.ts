// Character-level helpers: width folding and the clause/sentence layout of a task's text.

/**
 * Folds full-width digits, letters, ％ and ． to ASCII. Every folded character keeps its
 * position (one UTF-16 unit in, one out), so offsets found in the folded text point at the
 * same characters in the text as written.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

const SENTENCE_BREAKS = new Set(['。', ';', ';', '!', '!', '?', '?', '\n', '\r']);
const CLAUSE_BREAKS = new Set([...SENTENCE_BREAKS, ',', ',', ':', ':']);

export function isClauseBreak(char: string): boolean {
  return CLAUSE_BREAKS.has(char);
}

/** A comma-level clause: [start, end) excludes the break character. */
export interface Clause {
  start: number;
  end: number;
  /** True when the break after this clause also ends the sentence (or the text ends). */
  endsSentence: boolean;
}

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (CLAUSE_BREAKS.has(char)) {
      clauses.push({ start, end: index, endsSentence: SENTENCE_BREAKS.has(char) });
      start = index + 1;
    }
  }
  clauses.push({ start, end: text.length, endsSentence: true });
  return clauses;
}

/** Index of the clause holding position `at` (binary search; clauses are in order). */
export function clauseIndexAt(clauses: readonly Clause[], at: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const clause = clauses[middle];
    if (clause !== undefined && clause.start <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Position of the first non-blank character of a clause. */
export function clauseFirstChar(text: string, clause: Clause): number {
  let at = clause.start;
  while (at < clause.end && /\s/.test(text.charAt(at))) at += 1;
  return at;
}
