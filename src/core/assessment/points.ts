// Scores are integers in tenths of a point; these helpers are the only place they become text.
import { invalid } from '../errors.ts';

/** 125 -> '12.5', -5 -> '-0.5', 0 -> '0.0'. */
export function formatPoints(tenths: number): string {
  if (!Number.isSafeInteger(tenths)) {
    throw invalid('points.not_integer', 'points are whole tenths', { value: tenths });
  }
  const sign = tenths < 0 ? '-' : '';
  const magnitude = Math.abs(tenths);
  return `${sign}${Math.floor(magnitude / 10)}.${magnitude % 10}`;
}

/** Like formatPoints with an explicit plus: 20 -> '+2.0', -5 -> '-0.5', 0 -> '0.0'. */
export function formatSignedPoints(tenths: number): string {
  const text = formatPoints(tenths);
  return tenths > 0 ? `+${text}` : text;
}

/** Sum of tenths, kept exact because every term is an integer. */
export function sumPoints(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}
