// A table's header written on one line with spaces between its titles ("序号 重点工作任务 主要责任单位
// 协同配合单位"), the rows below it one per line the same way.
import type { ColumnRole } from './columns.ts';
import { columnRole } from './columns.ts';

const UNIT_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co']);
/** Bounded work: a line with more pieces is prose, not a header. */
const MAX_TITLES = 16;

/**
 * The roles of a one-line header opening with 序号: every title known, or all but a few that hold
 * nothing we keep (监督方式, read as `other`) when the task's column and a unit column are known and
 * no more than a quarter of the titles are unknown. Null when the line is no such header.
 */
export function inlineHeaderRoles(text: string): ColumnRole[] | null {
  const titles = text.trim().split(/[\s\u3000]+/u, MAX_TITLES + 1);
  if (titles.length < 3 || titles.length > MAX_TITLES || columnRole(titles[0] ?? '') !== 'seq') return null;
  const roles = titles.map(columnRole);
  const unknown = roles.filter((r) => r === null).length;
  if (unknown > 0) {
    const units = roles.some((r) => r !== null && UNIT_ROLES.has(r));
    if (!roles.includes('text') || !units || unknown * 4 > roles.length) return null;
  }
  return roles.map((r) => r ?? 'other');
}
