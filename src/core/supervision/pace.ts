// Indicator pace (欠进度 / 达进度 / 超进度 / 已完成): a reported figure against the target and
// the share of the year that has passed. Every result carries the sentence that justifies it.
import type { Indicator } from '../plan/plan.types.ts';
import { invalid } from '../errors.ts';
import { parsePeriod } from '../period/period.ts';
import type { Direction, IndicatorMeasure, Tolerance } from './indicator-measure.ts';
import {
  defaultTolerance,
  directionOf,
  measureOf,
  meetsTarget,
  toleranceAround,
  validateTolerance,
} from './indicator-measure.ts';
import { formatQuantity, formatShare } from './labels.ts';
import { namedCodes } from '../named-codes.ts';

export const { codes: PACES, names: PACE_LABELS } = namedCodes({
  behind: '欠进度',
  on_pace: '达进度',
  ahead: '超进度',
  achieved: '已完成',
});
export type Pace = (typeof PACES)[number];

export interface PaceInput {
  indicator: Indicator;
  /** The figure reported for the year so far, in the indicator's base unit. */
  actual: number;
  /** Share of the year elapsed, 0..1 (0.5 at the end of Q2). */
  elapsedShare: number;
  /** Defaults: ±0.5 percentage point for % targets, ±5% relative otherwise. */
  tolerance?: Tolerance;
  /** The figure at the start of the year; level targets then follow a straight line to the target. */
  baseline?: number | null;
  /** Overrides the measure read from the indicator's metric and unit. */
  measure?: IndicatorMeasure;
}

export interface PaceResult {
  pace: Pace;
  label: (typeof PACE_LABELS)[Pace];
  measure: IndicatorMeasure;
  /** The figure the pace was judged against: the target pro-rated, on the baseline path, or itself. */
  expected: number;
  explanation: string;
}

interface Judged {
  input: PaceInput;
  measure: IndicatorMeasure;
  direction: Direction;
  tolerance: Tolerance;
  expected: number;
}

export function paceOf(input: PaceInput): PaceResult {
  validatePaceInput(input);
  const { indicator } = input;
  const measure = input.measure ?? measureOf(indicator);
  const tolerance = input.tolerance ?? defaultTolerance(indicator);
  const direction = directionOf(indicator.comparator);
  const judged: Judged = { input, measure, direction, tolerance, expected: expectedByNow(input, measure) };
  // Once the year is over a target is either met or missed; there is no pace left to keep.
  const yearOver = input.elapsedShare >= 1;
  const pace = isAchieved(judged) ? 'achieved' : yearOver ? 'behind' : classify(judged);
  return {
    pace,
    label: PACE_LABELS[pace],
    measure,
    expected: judged.expected,
    explanation: explain(judged, pace),
  };
}

/** The share of the year elapsed when a quarter ends: the figure quarterly reports are judged by. */
export function elapsedShareAtPeriodEnd(period: string): number {
  return parsePeriod(period).quarter / 4;
}

function expectedByNow(input: PaceInput, measure: IndicatorMeasure): number {
  const target = input.indicator.value;
  if (measure === 'cumulative') return target * input.elapsedShare;
  if (measure === 'level' && input.baseline != null) {
    return input.baseline + (target - input.baseline) * input.elapsedShare;
  }
  return target;
}

function isAchieved({ input, measure, direction, tolerance }: Judged): boolean {
  // A growth rate or a cap on a running total (事故起数控制在10起以内) can still be lost before
  // the year is out, so reaching it early only counts as being on pace.
  const settledAtYearEnd = measure === 'growth' || (measure === 'cumulative' && direction === 'falling');
  if (settledAtYearEnd && input.elapsedShare < 1) return false;
  return meetsTarget(input.indicator, input.actual, tolerance);
}

function classify({ input, direction, tolerance, expected }: Judged): Pace {
  const band = toleranceAround(tolerance, expected);
  const { actual } = input;
  if (direction === 'falling') {
    if (actual > expected) return 'behind';
    return actual < expected - band ? 'ahead' : 'on_pace';
  }
  // Only 左右 targets accept a shortfall within the tolerance; the band always marks 超进度.
  const floor = input.indicator.comparator === 'approx' ? expected - band : expected;
  if (actual < floor) return 'behind';
  return actual > expected + band ? 'ahead' : 'on_pace';
}

function explain(judged: Judged, pace: Pace): string {
  const { input, measure, direction, expected } = judged;
  const { indicator, elapsedShare, baseline } = input;
  const q = (value: number): string => formatQuantity(value, indicator.unit);
  const actual = `实际${q(input.actual)}`;
  const share = formatShare(elapsedShare);
  if (pace === 'achieved') return `${actual},已达到全年目标(${indicator.raw})`;
  if (measure === 'growth') {
    return `${actual},对照全年目标${indicator.raw}${toleranceNote(judged)},增速类指标不按时间折算`;
  }
  if (measure === 'cumulative') {
    const verb = direction === 'rising' ? '应达' : '应不超过';
    return `${actual},按进度${verb}${q(expected)}(全年${q(indicator.value)}×${share})${toleranceNote(judged)}`;
  }
  if (baseline == null) return `${actual},目标${indicator.raw}(未提供基数,直接对照目标)`;
  const verb = direction === 'rising' ? '应达到' : '应降至';
  return `${actual},按进度${verb}${q(expected)}(基数${q(baseline)}→目标${q(indicator.value)},时间已过${share})`;
}

function toleranceNote({ input, tolerance }: Judged): string {
  if (input.indicator.comparator !== 'approx') return '';
  const { unit } = input.indicator;
  const amount =
    tolerance.kind === 'relative'
      ? formatShare(tolerance.value)
      : formatQuantity(tolerance.value, unit === '%' ? '百分点' : unit);
  return `(允许±${amount})`;
}

function validatePaceInput(input: PaceInput): void {
  const { actual, elapsedShare, baseline, tolerance } = input;
  if (!Number.isFinite(actual)) {
    throw invalid('pace.invalid_actual', 'the reported figure must be a finite number', { actual });
  }
  if (!Number.isFinite(elapsedShare) || elapsedShare < 0 || elapsedShare > 1) {
    throw invalid('pace.invalid_elapsed_share', 'the elapsed share of the year must lie in 0..1', {
      elapsedShare,
    });
  }
  if (baseline != null && !Number.isFinite(baseline)) {
    throw invalid('pace.invalid_baseline', 'a baseline must be a finite number', { baseline });
  }
  if (tolerance) validateTolerance(tolerance);
}
