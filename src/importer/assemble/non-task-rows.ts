// Rows of a table that are no task although they sit among the tasks:
// - a total row (合计 / 总计 / 小计 under a column of figures): it sums the rows above and is no task,
//   nor a sub-row going on with the task above it, wherever its word stands (序号 or 项目名称 cell);
// - a row numbered under the task above it (1.1, 1.2 under 1): one of that task's sub-rows, its words
//   and units going on with the task as an unnumbered sub-row's do;
// - a part heading written across the 序号 and task cells (一 | 经济发展): the number closes with 、 as
//   the outline writes it, so it reads as the heading 一、经济发展.
import type { SourceRow } from '../source.types.ts';

const TOTAL = /^(?:合计|总计|小计|共计)[:：]?(?:\d+(?:\.\d+)?\s*(?:项|个|件|万元|亿元)?)?$/u;

/** True when the row's first filled cell is only 合计 (小计, 总计) and no other cell holds words. */
export function isTotalRow(row: SourceRow): boolean {
  const filled = row.cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  const [first, ...rest] = filled;
  if (first === undefined || !TOTAL.test(first)) return false;
  return rest.every((c) => /^[\d.,%()（）万亿元项个]*$/u.test(c));
}

const BARE_PART = /^[一二三四五六七八九十]{1,3}$/u;

/**
 * A row's filled cells, the bare part number of its 序号 cell (一) joined to the one cell of words after
 * it as the outline writes a heading (一、经济发展); other rows' cells as they are.
 */
export function outlineFilled(seq: string, filled: string[]): string[] {
  const number = seq.trim();
  if (!BARE_PART.test(number) || filled.length !== 2 || filled[0]?.trim() !== number) return filled;
  return [`${number}、${filled[1]?.trim() ?? ''}`];
}

/** A 序号 cell numbering a row under the task above it: 1.1 (1-1, 1．2) under task 1. */
export function isSubNumber(seq: string, task: { number: number }): boolean {
  const m = /^(\d{1,4})\s*[.．\-－]\s*\d{1,3}$/u.exec(seq.trim());
  return m !== null && Number(m[1]) === task.number;
}
