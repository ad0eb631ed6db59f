// How an indicator's figure moves through the year, which decides what "on pace" means for it.
import type { Comparator, Indicator } from '../plan/plan.types.ts';
import { invalid } from '../errors.ts';

/**
 * cumulative: a count or amount that builds up from zero over the year (新增2500家, 150亿元);
 *   its expected value by now is the target pro-rated by the elapsed share.
 * growth: a rate of change (增长7.5%左右, 高于…10个百分点); the year-to-date rate is compared
 *   with the target directly, since a growth rate is not earned a quarter at a time.
 * level: a state the figure is brought to (覆盖率提升至92.5%, 降至12.5%, 余额, 装机); with a
 *   baseline the expected value follows a straight line from the baseline to the target.
 */
export type IndicatorMeasure = 'cumulative' | 'growth' | 'level';

export type Direction = 'rising' | 'falling';

/** An allowed deviation: in the indicator's own unit (percentage points for %), or relative. */
export type Tolerance = { kind: 'absolute'; value: number } | { kind: 'relative'; value: number };

/** ±0.5 percentage point for % and 百分点 targets: statistics offices round growth to 0.1. */
export const DEFAULT_POINT_TOLERANCE: Tolerance = { kind: 'absolute', value: 0.5 };
/** ±5% of the compared value for everything else (约1000个 accepts 950..1050). */
export const DEFAULT_RELATIVE_TOLERANCE: Tolerance = { kind: 'relative', value: 0.05 };

const RATE_UNITS = new Set(['%', '百分点']);
const GROWTH_WORDS = /增长|增速|增幅|涨幅|下降|降低|减少|高于|低于/;
const LEVEL_WORDS = /余额|装机|总规模|覆盖|占比|比率|率$|占全/;

/** The measure a plan's indicator most likely has; callers may override it per indicator. */
export function measureOf(indicator: Indicator): IndicatorMeasure {
  if (RATE_UNITS.has(indicator.unit)) {
    return GROWTH_WORDS.test(indicator.metric) || indicator.unit === '百分点' ? 'growth' : 'level';
  }
  return LEVEL_WORDS.test(indicator.metric) ? 'level' : 'cumulative';
}

export function directionOf(comparator: Comparator): Direction {
  return comparator === 'le' || comparator === 'lt' ? 'falling' : 'rising';
}

export function defaultTolerance(indicator: Indicator): Tolerance {
  return RATE_UNITS.has(indicator.unit) ? DEFAULT_POINT_TOLERANCE : DEFAULT_RELATIVE_TOLERANCE;
}

/** The tolerance as an amount in the indicator's unit around a reference value. */
export function toleranceAround(tolerance: Tolerance, reference: number): number {
  return tolerance.kind === 'absolute' ? tolerance.value : Math.abs(reference) * tolerance.value;
}

/** Whether the full-year target is met by a figure, allowing the tolerance only for 左右. */
export function meetsTarget(indicator: Indicator, actual: number, tolerance: Tolerance): boolean {
  const target = indicator.value;
  switch (indicator.comparator) {
    case 'ge':
    case 'eq':
      // 完成921个 is met by 921 or more: an exact target is never failed by overshooting.
      return actual >= target;
    case 'gt':
      return actual > target;
    case 'approx':
      return actual >= target - toleranceAround(tolerance, target);
    case 'le':
      return actual <= target;
    case 'lt':
      return actual < target;
  }
}

export function validateTolerance(tolerance: Tolerance): void {
  if (!Number.isFinite(tolerance.value) || tolerance.value < 0) {
    throw invalid('pace.invalid_tolerance', 'a tolerance must be a number of at least 0', {
      tolerance: tolerance.value,
    });
  }
}
