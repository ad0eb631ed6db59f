// A table flattened to text keeps its column titles; when a row's cells can be counted, each cell is
// read by the title above it (分管县领导 / 牵头责任单位 / 责任单位), not by what it looks like.
import type { ColumnRole, Labelled } from './columns.ts';

const UNIT_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co', 'roles']);

/** The titles after 序号 and the task column, when the header starts with both. */
export function cellTitles(columns: readonly ColumnRole[]): ColumnRole[] | null {
  if (columns[0] !== 'seq' || columns[1] !== 'text' || columns.length < 3) return null;
  return columns.slice(2);
}

/**
 * Each cell labelled by its column, or null when the cells cannot be placed for certain: their count
 * differs from the columns', or every column holds units (the seed's 牵头责任单位 / 责任单位 pair,
 * where two unit paragraphs may both be leads). Cells split by spaces on the row's own line are real
 * cells; the extra lines such a row wraps onto belong to its first unit column.
 */
export function placeCells(
  cells: readonly string[],
  titles: readonly ColumnRole[],
  inline: boolean,
): Labelled[] | null {
  const placed = inline ? foldExtraCells(cells, titles) : cells;
  if (placed === null || placed.length !== titles.length) return null;
  const unitColumns = titles.filter((t) => UNIT_ROLES.has(t)).length;
  if (!inline && unitColumns > 1 && unitColumns === titles.length) return null;
  const labels: Labelled[] = [];
  titles.forEach((role, i) => {
    const value = placed[i] ?? '';
    if (role !== 'seq' && role !== 'text' && role !== 'other' && value !== '') labels.push({ role, value });
  });
  return labels;
}

function foldExtraCells(cells: readonly string[], titles: readonly ColumnRole[]): readonly string[] | null {
  const extra = cells.length - titles.length;
  if (extra <= 0) return cells;
  const first = titles.findIndex((t) => UNIT_ROLES.has(t));
  if (first < 0) return null;
  const merged = cells.slice(first, first + extra + 1).join('、');
  return [...cells.slice(0, first), merged, ...cells.slice(first + extra + 1)];
}
