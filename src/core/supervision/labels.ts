// Chinese wording shared by the supervision rules' explanations, so every message reads alike.
import { parsePeriod } from '../period/period.ts';

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** '2024-Q2' -> '二季度', the way bulletins name a quarter within its year. */
export function quarterLabel(period: string): string {
  const { quarter } = parsePeriod(period);
  return `${QUARTER_NAMES[quarter - 1]}季度`;
}

/** '2024-Q2' -> '2024年二季度', for messages read outside the year's context. */
export function periodLabel(period: string): string {
  return `${parsePeriod(period).year}年${quarterLabel(period)}`;
}

/** Up to two decimals, no trailing zeros: 1250 -> '1250', 12.345 -> '12.35', 0.5 -> '0.5'. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A value in base units as the notice would write it: 1e10 元 -> '100亿元', 1550000 标箱 ->
 * '155万标箱', 2500 家 -> '2500家', 7.5 % -> '7.5%'. Scaling starts at 万 only from 10^5 so
 * counts like 2500家 or 50000人次 stay as officials usually print them.
 */
export function formatQuantity(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === '百分点') return `${formatNumber(value)}个百分点`;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8) return `${formatNumber(value / 1e8)}亿${unit}`;
  if (magnitude >= 1e5) return `${formatNumber(value / 1e4)}万${unit}`;
  return `${formatNumber(value)}${unit}`;
}

/** A share of the year (0..1) as a whole percent: 0.5 -> '50%'. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
