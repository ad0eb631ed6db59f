// Finds the quantities in a task's text: number, multiplier, unit and the comparator words
// around them, and rejects numbers that are names, ordinals, years or dates.
import type { Comparator } from '../../core/plan/plan.types.ts';
import {
  CHANGE_WORDS,
  MULTIPLIERS,
  NOT_BEFORE_DA,
  PREFIX_COMPARATORS,
  SUFFIX_COMPARATORS,
  matchUnit,
} from './lexicon.ts';
import type { WordTable } from './lexicon.ts';
import { isClauseBreak } from './text.ts';

export interface Quantity {
  /** Start of the phrase as written: the change word, 各 or comparator before the number. */
  start: number;
  /** End of the phrase: after the unit and any comparator written after it. */
  end: number;
  /** Where the metric's text stops: after a change word, before 各 and the comparator. */
  metricEnd: number;
  /** 各360家: the figure applies to each item of the metric's list. */
  each: boolean;
  value: number;
  unit: string;
  comparator: Comparator;
}

/** Arabic numbers (1,500 and 7.5 included) and 一半, the one word-number the notices use. */
const NUMBER = /[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?|一半/g;
/** Before a number these make it part of a name or an ordinal: G60, PM2.5, “1%工作法, 第3批. */
const NAME_BEFORE = /^[A-Za-z0-9._\-/“‘「『《〈第]$/;
const HALF = '一半';
const MAX_DIGITS = 30;

export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const quantity = readQuantity(text, match.index, match[0]);
    if (quantity !== null) found.push(quantity);
  }
  return found;
}

interface Measure {
  end: number;
  power: number;
  unit: string | null;
}

function readQuantity(text: string, at: number, written: string): Quantity | null {
  if (NAME_BEFORE.test(text.charAt(at - 1)) || written.length > MAX_DIGITS) return null;
  const half = written === HALF;
  const measure: Measure = half
    ? { end: at + HALF.length, power: 0, unit: '%' }
    : readMeasure(text, at + written.length);
  const prefix = readPrefix(text, at);
  const suffix = matchAt(SUFFIX_COMPARATORS, text, measure.end);
  const end = measure.end + (suffix?.[0].length ?? 0);
  const qualified = suffix !== undefined || prefix.comparator !== null;
  const accepted = half
    ? qualified || prefix.changed
    : measure.unit !== null ||
      suffix !== undefined ||
      ((measure.power > 0 || qualified) && (end >= text.length || isClauseBreak(text.charAt(end))));
  const value = half ? 50 : scaleDecimal(written, measure.power);
  if (!accepted || !Number.isFinite(value)) return null;
  return {
    start: prefix.start,
    end,
    metricEnd: prefix.metricEnd,
    each: prefix.each,
    value,
    unit: measure.unit ?? '',
    comparator: suffix?.[1] ?? prefix.comparator ?? 'eq',
  };
}

/** 千 is a multiplier (5千家) unless it begins the unit itself (750万千瓦, 5千米). */
function readMeasure(text: string, at: number): Measure {
  const direct = matchUnit(text, at);
  if (direct?.written.startsWith('千') === true) {
    return { end: at + direct.written.length, power: 0, unit: direct.unit };
  }
  const multiplier = MULTIPLIERS.find(([word]) => text.startsWith(word, at));
  if (multiplier === undefined) {
    return { end: at + (direct?.written.length ?? 0), power: 0, unit: direct?.unit ?? null };
  }
  const unitAt = at + multiplier[0].length;
  const unit = matchUnit(text, unitAt);
  return { end: unitAt + (unit?.written.length ?? 0), power: multiplier[1], unit: unit?.unit ?? null };
}

interface Prefix {
  start: number;
  metricEnd: number;
  changed: boolean;
  each: boolean;
  comparator: Comparator | null;
}

/** Reads backwards from the number: [change word | 各] [comparator] number. */
function readPrefix(text: string, at: number): Prefix {
  const found = PREFIX_COMPARATORS.find(
    ([word]) => endsAt(text, at, word) && !(word === '达' && NOT_BEFORE_DA.has(text.charAt(at - 2))),
  );
  const comparatorStart = at - (found?.[0].length ?? 0);
  const comparator = found?.[1] ?? null;
  const change = CHANGE_WORDS.find((word) => endsAt(text, comparatorStart, word));
  if (change !== undefined) {
    const start = comparatorStart - change.length;
    return { start, metricEnd: comparatorStart, changed: true, each: false, comparator };
  }
  const each = text.charAt(comparatorStart - 1) === '各';
  const start = comparatorStart - (each ? 1 : 0);
  return { start, metricEnd: start, changed: false, each, comparator };
}

function endsAt(text: string, at: number, word: string): boolean {
  return at >= word.length && text.startsWith(word, at - word.length);
}

function matchAt(table: WordTable, text: string, at: number): WordTable[number] | undefined {
  return table.find(([word]) => text.startsWith(word, at));
}

/**
 * Scales a written decimal by 10^power on its digits, so 7.5万 is 75000 and 1.2亿 is
 * 120000000 exactly, with no binary floating-point product in between.
 */
export function scaleDecimal(written: string, power: number): number {
  const [whole = '', fraction = ''] = written.replace(/,/g, '').split('.');
  const digits = `${whole}${fraction}`.replace(/^0+(?=[0-9])/, '');
  const shift = power - fraction.length;
  if (shift >= 0) return Number(`${digits}${'0'.repeat(shift)}`);
  const padded = digits.padStart(1 - shift, '0');
  const point = padded.length + shift;
  return Number(`${padded.slice(0, point)}.${padded.slice(point)}`);
}
