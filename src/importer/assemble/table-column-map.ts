// Which column of a real table holds what: the header row's titles, under any of the names notices
// give them, and a second header row's titles under a merged one (牵头单位 | 配合单位 under 责任单位,
// 第一季度…第四季度 under 进度安排).
import { COLUMN_ROLES, type MilestoneRole } from '../../core/plan/plan.types.ts';
import type { SourceRow } from '../source.types.ts';
import type { ColumnRole } from './columns.ts';
import { columnRole } from './columns.ts';
import {
  isPeriodTitle,
  milestoneRole,
  quarterOfTitle,
  scheduleSubColumnRoles,
} from './quarter-milestones.ts';
import { isBlankCell, trimCell } from './text-normalise.ts';

/** The index of each column by what it holds; a milestone column per quarter the table plans. */
export interface ColumnMap extends Record<MilestoneRole, number | null> {
  seq: number | null;
  text: number;
  lead: number | null;
  responsible: number | null;
  co: number | null;
  roles: number | null;
  leader: number | null;
  deadline: number | null;
  progress: number | null;
  /** Further task columns (项目名称 | 主要内容, 任务名称 | 指标要求): their cells join the task's text. */
  moreText?: number[];
}

const KEPT: readonly ColumnRole[] = COLUMN_ROLES.filter((role) => role !== 'ignore');

/** A header cell's role: a known title, or a quarter standing as a column of its own (一季度). */
function headerRole(cell: string): ColumnRole | null {
  const quarter = quarterOfTitle(cell);
  return columnRole(cell) ?? (quarter === null ? null : milestoneRole(quarter));
}

/** Reads a header row: which column holds what. Null when the row is not a header. */
export function mapColumns(row: SourceRow): ColumnMap | null {
  const found: Partial<Record<ColumnRole, number>> = {};
  const moreText: number[] = [];
  row.cells.forEach((cell, index) => {
    const role = headerRole(cell);
    if (role === 'text' && found.text !== undefined) moreText.push(index);
    if (role !== null && KEPT.includes(role) && found[role] === undefined) found[role] = index;
  });
  const units = [found.lead, found.responsible, found.co, found.roles].some((i) => i !== undefined);
  if (found.text === undefined || !units) return null;
  if (found.seq === undefined && Object.keys(found).length < 3) return null;
  const map = columnMapOf(found.text, (role) => found[role] ?? null);
  return moreText.length > 0 ? { ...map, moreText } : map;
}

/** The column map of a task column and where each other role's column is (null: none). */
export function columnMapOf(
  text: number,
  at: (role: Exclude<ColumnRole, 'text' | 'other'>) => number | null,
): ColumnMap {
  return {
    seq: at('seq'),
    text,
    lead: at('lead'),
    responsible: at('responsible'),
    co: at('co'),
    roles: at('roles'),
    leader: at('leader'),
    deadline: at('deadline'),
    progress: at('progress'),
    ...milestoneColumns(at),
  };
}

export function milestoneColumns(
  at: (role: MilestoneRole) => number | null,
): Record<MilestoneRole, number | null> {
  return {
    'milestone-q1': at('milestone-q1'),
    'milestone-q2': at('milestone-q2'),
    'milestone-q3': at('milestone-q3'),
    'milestone-q4': at('milestone-q4'),
  };
}

const SUB_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co', 'leader', 'deadline', 'progress']);

/** The titles of a second header row (牵头单位 | 配合单位 under a merged 责任单位), by column. */
export function subHeaderRoles(row: SourceRow | undefined): Map<number, ColumnRole> | null {
  if (!row) return null;
  const roles = new Map<number, ColumnRole>();
  for (const [index, cell] of row.cells.entries()) {
    if (isBlankCell(cell)) continue;
    const role = columnRole(cell);
    if (role === null || !SUB_ROLES.has(role)) return null;
    roles.set(index, role);
  }
  return roles.size > 0 ? roles : null;
}

/** A row whose cells are all periods (第一季度 | 第二季度 …): a second header row, never a task. */
export function isPeriodRow(row: SourceRow): boolean {
  const filled = row.cells.map(trimCell).filter((c) => !isBlankCell(c));
  return filled.length > 0 && filled.every(isPeriodTitle);
}

/**
 * The periods of a second header row under a schedule title merged over them (进度安排 over
 * 第一季度…第四季度), by column: the milestone column of the quarter each closes. Null when the row
 * holds other titles, the title above is no schedule, or the periods close no distinct quarters.
 */
function scheduleSubRoles(map: ColumnMap, row: SourceRow | undefined): Map<number, ColumnRole> | null {
  if (!row || !isPeriodRow(row)) return null;
  const periods = [...row.cells.entries()].filter(([, cell]) => !isBlankCell(cell));
  if (map.deadline === null || !periods.some(([index]) => index === map.deadline)) return null;
  const roles = scheduleSubColumnRoles(periods.map(([, cell]) => trimCell(cell)));
  return roles && new Map(roles.map((role, i): [number, ColumnRole] => [periods[i]?.[0] ?? -1, role]));
}

/** A header over two rows: the second row's titles replace the first's in the columns they name. */
export function withSubHeader(map: ColumnMap, next: SourceRow | undefined): ColumnMap {
  const sub = subHeaderRoles(next) ?? scheduleSubRoles(map, next);
  if (!sub) return map;
  const merged: ColumnMap = { ...map };
  type Single = Exclude<keyof ColumnMap, 'moreText' | 'text'>;
  const keys = Object.keys(merged).filter((k) => k !== 'moreText' && k !== 'text') as Single[];
  for (const [index, role] of sub) {
    for (const key of keys) if (merged[key] === index) merged[key] = null;
    if (role in merged && role !== 'text') merged[role as Single] = index;
  }
  return merged;
}
