// The quality flags' thresholds and phrase lists as the plan's rules carry them.
import { z } from 'zod';
import { QUALITY_SETTING_LIMITS } from '../core/quality/quality-rules.ts';

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

// What the office sends to change the quality settings: the same fields, with tighter bounds so a
// slip of the keyboard cannot switch a flag off or flood every filing with it.
const L = QUALITY_SETTING_LIMITS;
const PhraseList = (max: number) =>
  z
    .array(z.string().trim().min(L.phraseLength.min).max(L.phraseLength.max))
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'the list names a phrase twice' });
const Threshold = z.number().min(L.minThreshold).max(1);
const Between = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);

export const QualitySettingsBodySchema = z
  .strictObject({
    repeatedThreshold: Threshold,
    copiedThreshold: Threshold,
    minSharedSpan: Between(L.sharedSpan),
    minComparableLength: Between(L.comparableLength),
    vagueShareThreshold: Threshold,
    stockPhrases: PhraseList(L.phraseCount),
    completionWords: PhraseList(L.wordCount),
    reasonWords: PhraseList(L.wordCount),
    basisWords: PhraseList(L.wordCount),
    minHanShare: Threshold,
    maxTextLength: Between(L.textLength),
  })
  .meta({ id: 'QualitySettingsBody' });

export const QualitySettingsSchema = z
  .strictObject({
    year: z.number().int(),
    /** True while the plan uses the shipped quality settings. */
    isDefault: z.boolean(),
    quality: QualityRulesSchema,
  })
  .meta({ id: 'QualitySettings' });

export type QualitySettingsBody = z.input<typeof QualitySettingsBodySchema>;
export type QualitySettings = z.output<typeof QualitySettingsSchema>;
