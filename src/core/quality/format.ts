// Figures as the flags' messages show them.

/** 0.873 -> 87% */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A figure without float noise: 2.1000000000000001 -> 2.1, 120000000 -> 1.2亿. */
export function formatFigure(value: number, unit: string): string {
  const abs = Math.abs(value);
  if (unit !== '%' && unit !== '百分点' && abs >= 1e8) return `${round(value / 1e8)}亿${unit}`;
  if (unit !== '%' && unit !== '百分点' && abs >= 1e4) return `${round(value / 1e4)}万${unit}`;
  return `${round(value)}${unit}`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
