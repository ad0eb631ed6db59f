// The other text a filing shares most with, among earlier quarters or other units' filings. The
// filing is prepared once; shared ranges are worked out only for the best match.
import type { QualityRules } from './quality.types.ts';
import type { Overlap } from './similarity.ts';
import { contentLength, gramsAgainst, overlapOf, prepare, similarityOf } from './similarity.ts';
import type { Grams } from './similarity.ts';

export interface Match<T> {
  candidate: T;
  overlap: Overlap;
}

/** 'tooShort' when the filing's text is too short to judge; null when no candidate is readable. */
export function bestMatch<T>(
  text: string,
  candidates: readonly T[],
  textOf: (candidate: T) => string,
  rules: QualityRules,
): Match<T> | 'tooShort' | null {
  if (contentLength(text) < rules.minComparableLength) return 'tooShort';
  const own = prepare(text);
  let best: { candidate: T; grams: Grams; similarity: number } | null = null;
  for (const candidate of candidates) {
    const other = textOf(candidate);
    if (typeof other !== 'string' || other.length > rules.maxTextLength) continue;
    const grams = gramsAgainst(own, other);
    const similarity = similarityOf(own, grams);
    if (best === null || similarity > best.similarity) best = { candidate, grams, similarity };
  }
  if (best === null) return null;
  return { candidate: best.candidate, overlap: overlapOf(own, best.grams, rules.minSharedSpan) };
}
