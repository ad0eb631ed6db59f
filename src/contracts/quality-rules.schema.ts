// The quality flags' thresholds and phrase lists as the plan's rules carry them.
import { z } from 'zod';

const Share = z.number().gt(0).max(1);
const Whole = z.number().int().min(1).max(1_000_000);
const Words = z.array(z.string().min(1).max(40)).max(500);

export const QualityRulesSchema = z
  .strictObject({
    repeatedThreshold: Share.describe("share of the text's trigrams found in an earlier quarter's text"),
    copiedThreshold: Share.describe("the same share against another unit's filing of the quarter"),
    minSharedSpan: Whole.describe('shared spans shorter than this many characters are not marked'),
    minComparableLength: Whole.describe('texts shorter than this are not compared'),
    vagueShareThreshold: Share.describe("share of the text's characters in stock phrases that flags it"),
    stockPhrases: Words.describe('套话: 稳步推进, 有序开展…'),
    completionWords: Words.describe('words that claim the task is done'),
    reasonWords: Words.describe('words that state why a figure went down'),
    basisWords: Words.describe('words that state a statistical basis'),
    minHanShare: Share.describe('below this share of Han characters the text is in another script'),
    maxTextLength: Whole.describe('longer texts are not compared or scanned'),
  })
  .meta({ id: 'QualityRules' });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type QualityRules = z.output<typeof QualityRulesSchema>;
