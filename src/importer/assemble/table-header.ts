// A table's header flattened one title per paragraph, as a web page prints it: a narrow column's
// title wraps onto two paragraphs (事項 / 類別, 實施 / 單位), and a title printed over sub-columns
// (進度安排 over 第一季度…第四季度) is followed, after the other titles, by the sub-columns' titles.
import type { SourceLine } from '../source.types.ts';
import type { ColumnRole } from './columns.ts';
import { columnRole, toSimplifiedTitle } from './columns.ts';
import { isPeriodTitle, quarterColumnRoles, scheduleSubColumnRoles } from './quarter-milestones.ts';

export interface TableHeader {
  /** One role per column a row's cells fill, sub-columns in their group's place. */
  roles: ColumnRole[];
  /** How many lines the header takes, 序号 included. */
  length: number;
}

/**
 * The header starting at `at` (a 序号 paragraph), when reading it needs more than one title per
 * paragraph: titles wrapped over two paragraphs, or sub-columns under a group title. Null when each
 * paragraph is a title of its own (the plain reading) or no header starts here.
 */
export function readTableHeader(lines: readonly SourceLine[], at: number): TableHeader | null {
  if (columnRole(lines[at]?.text ?? '') !== 'seq') return null;
  const titles: string[] = [];
  let joined = false;
  let next = at + 1;
  while (next < lines.length) {
    const title = (lines[next]?.text ?? '').trim();
    const after = (lines[next + 1]?.text ?? '').trim();
    if (after !== '' && isWrappedTitle(title, after)) {
      titles.push(title + after);
      joined = true;
      next += 2;
    } else if (columnRole(title) !== null || isPeriodTitle(title)) {
      titles.push(title);
      next += 1;
    } else break;
  }
  const roles = withSubColumns(titles);
  const category = roles === null ? false : markCategoryColumn(titles, roles);
  if (roles === null || (!joined && !category && !titles.some(isPeriodTitle))) return null;
  if (!roles.includes('text')) return null;
  return { roles: ['seq', ...roles], length: next - at };
}

/**
 * Two paragraphs that make one known title: a part that is no title on its own (實施 + 單位), or two
 * words of at most two characters, as a narrow column wraps its title (事項 + 類別 = 事项类别).
 */
function isWrappedTitle(first: string, second: string): boolean {
  if (columnRole(first + second) === null || isPeriodTitle(second)) return false;
  if (columnRole(first) === null || columnRole(second) === null) return true;
  return first.length <= 2 && second.length <= 2;
}

/**
 * The roles of the titles, the period titles printed after the others put in place of the one
 * schedule title above them (進度安排): under a schedule each is the milestone column of the quarter it
 * closes, under a progress title (完成情况) a progress column of its own. Columns titled by a quarter
 * with no title above them (一季度…四季度) are milestone columns where they stand. Null when period
 * titles have no group title to stand under and are not quarters.
 */
function withSubColumns(titles: readonly string[]): ColumnRole[] | null {
  const periods = titles.filter(isPeriodTitle).length;
  const tops = titles.slice(0, titles.length - periods);
  if (tops.some(isPeriodTitle)) return quarterColumnRoles(titles);
  const roles = tops.map((t) => columnRole(t) ?? 'other');
  if (periods === 0) return roles;
  const schedules = roles.flatMap((r, i) => (r === 'deadline' ? [i] : []));
  const progress = roles.flatMap((r, i) => (r === 'progress' ? [i] : []));
  const group = schedules.length === 1 ? schedules[0] : schedules.length === 0 ? progress[0] : undefined;
  if (group === undefined || (schedules.length === 0 && progress.length !== 1))
    return quarterColumnRoles(titles);
  const milestones = schedules.length === 1 ? scheduleSubColumnRoles(titles.slice(tops.length)) : null;
  const subColumns = milestones ?? Array.from({ length: periods }, (): ColumnRole => 'progress');
  return [...roles.slice(0, group), ...subColumns, ...roles.slice(group + 1)];
}

/** A title naming what the rows are about (指标: 公共文化服务, 文化产业), not what each must do. */
const CATEGORY_TITLE = /^(指标|类别|领域|板块)$/u;

/**
 * A column titled 指标 right before the task's own column holds the category its rows share, printed
 * once over them (公共文化服务 over four tasks): no part of a task's text. True when the header has one.
 */
function markCategoryColumn(titles: readonly string[], roles: ColumnRole[]): boolean {
  if (titles.length !== roles.length) return false;
  let found = false;
  titles.forEach((title, i) => {
    if (roles[i] === 'text' && roles[i + 1] === 'text' && CATEGORY_TITLE.test(toSimplifiedTitle(title))) {
      roles[i] = 'other';
      found = true;
    }
  });
  return found;
}
