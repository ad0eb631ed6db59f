// An indicator's target as the quality rules need it: the plan's parsed Indicator, or a phrase as
// written (增长6%左右, 不低于92%, 达到50万人次) read here.
import type { Comparator, Indicator } from '../plan/plan.types.ts';
import { directionOf, measureOf } from '../supervision/indicator-measure.ts';
import type { IndicatorMeasure } from '../supervision/indicator-measure.ts';
import { chineseNumber, foldWidth, scaled } from './numbers.ts';

export interface ReadTarget {
  indicator: Indicator;
  metric: string;
  unit: string;
  falling: boolean;
  cumulative: boolean;
  measure: IndicatorMeasure;
}

const PREFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['不低于', 'ge'],
  ['不少于', 'ge'],
  ['达到', 'ge'],
  ['提高至', 'ge'],
  ['提高到', 'ge'],
  ['提升至', 'ge'],
  ['提升到', 'ge'],
  ['增加到', 'ge'],
  ['突破', 'gt'],
  ['超过', 'gt'],
  ['高于', 'gt'],
  ['稳定在', 'approx'],
  ['不超过', 'le'],
  ['不高于', 'le'],
  ['控制在', 'le'],
  ['降至', 'le'],
  ['降到', 'le'],
  ['下降到', 'le'],
  ['低于', 'lt'],
  ['达', 'ge'],
  ['超', 'gt'],
  ['约', 'approx'],
];
const SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['左右', 'approx'],
  ['以上', 'ge'],
  ['以内', 'le'],
  ['以下', 'le'],
];
const FIGURE =
  /(百分之[零〇一二两三四五六七八九十点]+)|(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?\s*(%|个百分点|百分点|(?:(?!左右|以上|以内|以下)[\u4e00-\u9fa5]){0,3})|([一二两三四五六七八九十]+)成/;

/** The target as a plan Indicator, or null when the phrase holds no figure. */
export function readTarget(target: Indicator | string): ReadTarget | null {
  const indicator = typeof target === 'string' ? parseTarget(target) : target;
  if (indicator === null || !Number.isFinite(indicator.value)) return null;
  const measure = measureOf(indicator);
  return {
    indicator,
    metric: indicator.metric === '' ? indicator.raw : indicator.metric,
    unit: indicator.unit,
    falling: directionOf(indicator.comparator) === 'falling',
    cumulative: measure === 'cumulative',
    measure,
  };
}

export function parseTarget(raw: string): Indicator | null {
  const text = foldWidth(raw.trim());
  const match = FIGURE.exec(text);
  if (!match) return null;
  const figure = figureOf(match);
  if (figure === null) return null;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  const prefix = PREFIXES.find(([word]) => before.endsWith(word));
  const suffix = SUFFIXES.find(([word]) => after.startsWith(word) || figure.unitTail.endsWith(word));
  const comparator: Comparator = suffix?.[1] ?? prefix?.[1] ?? 'eq';
  const metric = (prefix ? before.slice(0, -prefix[0].length) : before).replace(/[,,、\s]+$/u, '');
  const stretch = /力争|争取/.test(before);
  return {
    metric: metric.replace(/^(力争|争取)/, ''),
    value: figure.value,
    unit: figure.unit,
    comparator,
    stretch,
    raw,
  };
}

interface Figure {
  value: number;
  unit: string;
  unitTail: string;
}

function figureOf(match: RegExpExecArray): Figure | null {
  const [, percentWords, digits, multiplier, unitWritten, tenths] = match;
  if (percentWords !== undefined) {
    const value = chineseNumber(percentWords.slice(3));
    return value === null ? null : { value, unit: '%', unitTail: '' };
  }
  if (tenths !== undefined) {
    const value = chineseNumber(tenths);
    return value === null ? null : { value: value * 10, unit: '%', unitTail: '' };
  }
  if (digits === undefined) return null;
  const tail = unitWritten ?? '';
  const unit = tail === '个百分点' ? '百分点' : tail;
  return { value: scaled(Number(digits), multiplier ?? ''), unit, unitTail: tail };
}
