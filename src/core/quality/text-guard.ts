// Whether a text can be read by the text rules at all: empty, too long or in another script is
// skipped with a reason instead of judged.
import type { QualityRules, SkipReason } from './quality.types.ts';

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

/** Share of letters that are Han characters; 1 for a text with no letters at all (only figures). */
export function hanShare(text: string): number {
  let letters = 0;
  let han = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    if (HAN.test(char)) han += 1;
  }
  return letters === 0 ? 1 : han / letters;
}

export function unreadableReason(text: string, rules: QualityRules): SkipReason | null {
  if (typeof text !== 'string' || text.trim() === '') return 'emptyText';
  if (text.length > rules.maxTextLength) return 'tooLong';
  if (hanShare(text) < rules.minHanShare) return 'otherScript';
  return null;
}
