// The other text a filing shares most with, among earlier quarters or other units' filings.
import type { QualityRules } from './quality.types.ts';
import type { Overlap } from './similarity.ts';
import { contentLength, overlap } from './similarity.ts';

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
  let best: Match<T> | null = null;
  for (const candidate of candidates) {
    const other = textOf(candidate);
    if (typeof other !== 'string' || other.length > rules.maxTextLength) continue;
    const found = overlap(text, other, rules.minSharedSpan);
    if (best === null || found.similarity > best.overlap.similarity) best = { candidate, overlap: found };
  }
  return best;
}
