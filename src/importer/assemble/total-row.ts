// A table's total row (合计 / 总计 / 小计 under a column of figures): it sums the rows above and is no
// task, nor a sub-row going on with the task above it, wherever its word stands (序号 or 项目名称 cell).
import type { SourceRow } from '../source.types.ts';

const TOTAL = /^(?:合计|总计|小计|共计)[:：]?(?:\d+(?:\.\d+)?\s*(?:项|个|件|万元|亿元)?)?$/u;

/** True when the row's first filled cell is only 合计 (小计, 总计) and no other cell holds words. */
export function isTotalRow(row: SourceRow): boolean {
  const filled = row.cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  const [first, ...rest] = filled;
  if (first === undefined || !TOTAL.test(first)) return false;
  return rest.every((c) => /^[\d.,%()（）万亿元项个]*$/u.test(c));
}
