// Ranking by total with ties: equal totals share a rank and the next rank skips (1, 2, 2, 4),
// the way bulletins rank units. Ties list in ascending unit id so the order never depends on input.
import type { UnitResult } from './assessment.types.ts';

export function rankUnits(totals: ReadonlyArray<{ unitId: number; total: number }>): UnitResult[] {
  const sorted = [...totals].sort((a, b) => b.total - a.total || a.unitId - b.unitId);
  const results: UnitResult[] = [];
  sorted.forEach((entry, index) => {
    const previous = results[index - 1];
    const rank = previous && previous.total === entry.total ? previous.rank : index + 1;
    results.push({ unitId: entry.unitId, total: entry.total, rank });
  });
  return results;
}
