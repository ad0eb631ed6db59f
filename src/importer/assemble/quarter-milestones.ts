// Columns that plan a task quarter by quarter: the sub-columns of a schedule title (进度安排 or 时间节点
// over 第一季度…第四季度, 上半年 / 下半年, 3月 / 6月 …) and columns titled 一季度…四季度 themselves. Each
// such column holds the task's milestone for one quarter: what it should reach by that quarter's end.
import type { MilestoneRole, Quarter, TaskMilestone } from '../../core/plan/plan.types.ts';
import type { ColumnRole } from './columns.ts';
import { columnRole, toSimplifiedTitle } from './columns.ts';
import { chineseNumeral } from './text-normalise.ts';

const MONTH = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

/** The period a sub-column of a schedule or progress title covers: 第一季度, 上半年, 6月, 1-3月. */
const PERIOD_TITLE =
  /^(?:第?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底)?|[一二三四五六七八九十]{1,3}月(?:份)?)$/u;
const QUARTER_TITLE = /^第?([一二三四1-4])季度$/u;
const MONTHS_TITLE = new RegExp(`^${MONTH}(?:[-—~至]${MONTH})?月(?:份|底)?$`, 'u');
const HALVES: Record<string, Quarter> = { 上半年: 2, 下半年: 4, 全年: 4 };

export function isPeriodTitle(text: string): boolean {
  return PERIOD_TITLE.test(toSimplifiedTitle(text));
}

/** The quarter a title names on its own: 第二季度, 二季度, 2季度 -> 2; null for any other title. */
export function quarterOfTitle(text: string): Quarter | null {
  const match = QUARTER_TITLE.exec(toSimplifiedTitle(text));
  return match ? toQuarter(numberOf(match[1] ?? '')) : null;
}

/**
 * The quarter by whose end a schedule's period is due: a quarter itself, 上半年 -> 2, 下半年 and 全年 -> 4,
 * months by the last month they cover when it closes a quarter (1-6月, 6月底 -> 2); null for 5月.
 */
export function quarterDueBy(text: string): Quarter | null {
  const title = toSimplifiedTitle(text);
  const half = HALVES[title];
  if (half !== undefined) return half;
  const months = MONTHS_TITLE.exec(title);
  if (!months) return quarterOfTitle(title);
  const last = numberOf(months[2] ?? months[1] ?? '');
  return last !== null && last % 3 === 0 ? toQuarter(last / 3) : null;
}

const QUARTER_OF_ROLE: Readonly<Record<MilestoneRole, Quarter>> = {
  'milestone-q1': 1,
  'milestone-q2': 2,
  'milestone-q3': 3,
  'milestone-q4': 4,
};

/** The milestone roles in quarter order. */
export const MILESTONE_ROLES: readonly MilestoneRole[] = [
  'milestone-q1',
  'milestone-q2',
  'milestone-q3',
  'milestone-q4',
];

export function milestoneRole(quarter: Quarter): MilestoneRole {
  return `milestone-q${quarter}`;
}

export function isMilestoneRole(role: string): role is MilestoneRole {
  return Object.hasOwn(QUARTER_OF_ROLE, role);
}

export function quarterOfRole(role: MilestoneRole): Quarter {
  return QUARTER_OF_ROLE[role];
}

/**
 * The milestone roles of a schedule's sub-columns, one per period title, or null when a period closes
 * no quarter or two close the same one (6月 and 上半年): such sub-columns are not read as milestones.
 */
export function scheduleSubColumnRoles(titles: readonly string[]): MilestoneRole[] | null {
  return distinctRoles(titles.map(quarterDueBy));
}

/**
 * The roles of titles among which columns titled by a quarter stand in place (序号 | 任务 | 一季度 | … |
 * 四季度 | 牵头单位), or null when another period title stands there or a quarter comes twice.
 */
export function quarterColumnRoles(titles: readonly string[]): ColumnRole[] | null {
  const periods = titles.filter(isPeriodTitle);
  const roles = distinctRoles(periods.map(quarterOfTitle));
  if (roles === null || roles.length === 0) return null;
  const inOrder = roles.values();
  return titles.map((title): ColumnRole => {
    if (!isPeriodTitle(title)) return columnRole(title) ?? 'other';
    return inOrder.next().value ?? 'other';
  });
}

/** A task's milestones with one quarter's text set (a later cell replaces it) or added to (a sub-row). */
export function withMilestone(
  milestones: readonly TaskMilestone[] | undefined,
  quarter: Quarter,
  text: string,
  join = false,
): TaskMilestone[] {
  const before = milestones?.find((m) => m.quarter === quarter);
  const joined = join && before ? `${before.text} ${text}` : text;
  const others = (milestones ?? []).filter((m) => m.quarter !== quarter);
  return [...others, { quarter, text: joined }].sort((a, b) => a.quarter - b.quarter);
}

function distinctRoles(quarters: readonly (Quarter | null)[]): MilestoneRole[] | null {
  const known = quarters.filter((q) => q !== null);
  if (known.length !== quarters.length || new Set(known).size !== known.length) return null;
  return known.map(milestoneRole);
}

function numberOf(text: string): number | null {
  return /^\d+$/u.test(text) ? Number(text) : chineseNumeral(text);
}

function toQuarter(value: number | null): Quarter | null {
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
}
