// Indicator values travel in base units (330万平方米 is 3300000); people read and type them in the
// scale the notice uses, so the form shows 万平方米 when the target says 330万平方米.
import type { Indicator } from '../../api/reports.types.ts';

export interface DisplayScale {
  factor: number;
  /** What follows the number on screen: 万平方米, %, 家. */
  unit: string;
}

const MULTIPLIERS: readonly [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
];

export function displayScale(indicator: Pick<Indicator, 'unit' | 'raw'>): DisplayScale {
  const { unit, raw } = indicator;
  const at = unit === '' ? -1 : raw.indexOf(unit);
  const before = at >= 0 ? raw.slice(0, at) : raw;
  const found = MULTIPLIERS.find(([word]) => before.endsWith(word));
  return found ? { factor: found[1], unit: `${found[0]}${unit}` } : { factor: 1, unit };
}

/** Rounds away the binary noise of a scaled decimal (1.1 × 10⁴ = 11000.000000000002). */
const tidy = (value: number): number => Number(value.toPrecision(12));

export const toDisplay = (base: number, scale: DisplayScale): number => tidy(base / scale.factor);
export const toBase = (shown: number, scale: DisplayScale): number => tidy(shown * scale.factor);

/** '330 万平方米' for a base value, or '未填' when none was given. */
export function formatIndicatorValue(
  base: number | null,
  indicator: Pick<Indicator, 'unit' | 'raw'>,
): string {
  if (base === null) return '未填';
  const scale = displayScale(indicator);
  const shown = toDisplay(base, scale).toLocaleString('zh-CN', { maximumFractionDigits: 6 });
  return `${shown}${scale.unit}`;
}
