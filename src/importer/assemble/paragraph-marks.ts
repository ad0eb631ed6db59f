// Lines of loose paragraphs that the marks they carry explain: a bullet (▲) opening a detail of the
// task above, a dash subheading (——在推进“放管服”改革上精准发力) between tasks, and a unit list a
// PDF wrapped onto the next line (协办单位:…、园区党工 / 委、各街道党工委).
import type { Labelled } from './columns.ts';
import { isUnitList } from './cell-kinds.ts';
import { hasAnyUnits, type OpenRow } from './paragraph-row.ts';

/** Marks that open a detail paragraph of a task, like a number that is not one. */
const BULLET = /^[\s\u3000]*[▲△●○■□◆◇★☆▶►•·][\s\u3000]*(?=\S)/u;

/**
 * A line after the task's own words: a detail without its bullet. The task's first words keep a
 * mark they open with (★地区生产总值增长15%, a star naming a key target).
 */
export function detailText(open: OpenRow, text: string): string {
  const match = open.textPending ? null : BULLET.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** A subheading opened by a pair of dashes, with no sentence in it. */
const DASH_SUBHEADING = /^[\s\u3000]*(?:——|--|\u2015\u2015)[^。;\uff1b]{2,40}$/u;

/**
 * A dash subheading after a task whose units are given groups the tasks that follow: it ends that
 * task and is no part of its text. Before the units it may still be the task's own words.
 */
export function isDashSubheading(open: OpenRow | null, text: string): boolean {
  if (!DASH_SUBHEADING.test(text)) return false;
  return open === null || hasAnyUnits(open);
}

type UnitRole = 'lead' | 'responsible' | 'co';

/** The unit role of the last label on a line, which a wrapped next line may continue. */
export function lastUnitRole(labels: readonly Labelled[]): UnitRole | null {
  const last = labels[labels.length - 1];
  if (!last || last.value === '') return null;
  return last.role === 'lead' || last.role === 'responsible' || last.role === 'co' ? last.role : null;
}

/** How a unit's name ends: a list whose last name ends otherwise was cut by the line's end. */
const UNIT_END =
  /(?:局|委|办|部|室|会|处|中心|府|院|所|站|队|厅|公司|街道|镇|乡|区|县|市|单位|集团|组|团|社|校|馆|行|署|台|场|园|司|科|股|[)\uff09])$/u;

/**
 * A line right after a unit label that only lists units continues that label: joined straight on
 * when the label's last name stops short of a unit's ending (园区党工 + 委), else after a 、. Returns
 * whether the line was taken.
 */
export function continueUnitLine(open: OpenRow, role: UnitRole | null, text: string): boolean {
  if (role === null) return false;
  const list = open[role];
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const line = text.trim();
  const joined = last + (UNIT_END.test(last) ? '、' : '') + line;
  if (/^[、,\uff0c]/u.test(line) || !isUnitList(joined)) return false;
  list[list.length - 1] = joined;
  return true;
}
