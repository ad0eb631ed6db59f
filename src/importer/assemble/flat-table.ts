// A table flattened to text keeps its column titles; when a row's cells can be counted, each cell is
// read by the title above it (分管县领导 / 牵头责任单位 / 责任单位), not by what it looks like.
import type { ColumnRole, Labelled } from './columns.ts';
import { isMilestoneRole } from './quarter-milestones.ts';
import { isUnitList as looksLikeUnitCell } from './cell-kinds.ts';

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
  cut = false,
): Labelled[] | null {
  const placed = inline ? foldExtraCells(cells, titles) : withoutNextRowsTitle(cells, titles);
  if (placed === null || placed.length > titles.length) return null;
  if (placed.length < titles.length) return cut && !inline ? placeCutCells(placed, titles) : null;
  const unitColumns = titles.filter((t) => UNIT_ROLES.has(t));
  const leadFirst = unitColumns[0] === 'lead';
  if (!inline && leadFirst && unitColumns.length > 1 && unitColumns.length === titles.length) return null;
  const labels: Labelled[] = [];
  titles.forEach((role, i) => {
    const value = placed[i] ?? '';
    if (role !== 'seq' && role !== 'text' && role !== 'other' && value !== '') labels.push({ role, value });
  });
  return labels;
}

/**
 * A row whose cells end in its last unit column can be followed, before the next row's number, by a
 * paragraph naming no unit: the category printed over the rows below (激发市场活力), not this row's.
 */
function withoutNextRowsTitle(cells: readonly string[], titles: readonly ColumnRole[]): readonly string[] {
  const last = cells.at(-1) ?? '';
  if (cells.length !== titles.length + 1 || !UNIT_ROLES.has(titles.at(-1) ?? 'text')) return cells;
  return looksLikeUnitCell(last) ? cells : cells.slice(0, -1);
}

/**
 * The cells a row the input ends in printed, in its columns' order. Units printed before a lead column
 * the copy never reached assist that lead: they are not promoted to lead for want of it.
 */
function placeCutCells(cells: readonly string[], titles: readonly ColumnRole[]): Labelled[] {
  const leadLater = titles.slice(cells.length).includes('lead');
  return cells.flatMap((value, i) => {
    const role = titles[i];
    if (role === undefined || role === 'seq' || role === 'text' || role === 'other' || value === '')
      return [];
    return [{ role: leadLater && role === 'responsible' ? 'co' : role, value }];
  });
}

function foldExtraCells(cells: readonly string[], titles: readonly ColumnRole[]): readonly string[] | null {
  const extra = cells.length - titles.length;
  if (extra <= 0) return cells;
  const first = titles.findIndex((t) => UNIT_ROLES.has(t));
  if (first < 0) return null;
  const merged = cells.slice(first, first + extra + 1).join('、');
  return [...cells.slice(0, first), merged, ...cells.slice(first + extra + 1)];
}

/** What a cell under each kind of column may hold, for reading a row whose cells cannot be counted. */
export interface CellTests {
  isProse: (text: string) => boolean;
  isUnitList: (text: string) => boolean;
  isPerson: (text: string) => boolean;
  isDeadline: (text: string) => boolean;
}

/**
 * A row with fewer cells than titles (a cell merged down from the row above is printed once, a blank
 * cell is dropped): each cell, in order, goes to the next title that can hold it, a title that cannot
 * is skipped. The texts of the task columns come first; null when a cell finds no title, or when the
 * header says nothing the cells' looks do not (only task, person, unit and deadline columns). A unit
 * cell printed one unit per line (文化宣传股 / 文化馆 / 图书馆) is one cell: a unit after the last unit
 * column's cell joins it.
 */
export function alignCells(
  cells: readonly string[],
  titles: readonly ColumnRole[],
  tests: CellTests,
  cut = false,
): { texts: string[]; labels: Labelled[] } | null {
  if (!titles.some((t) => t === 'progress' || t === 'other' || isMilestoneRole(t))) return null;
  const texts: string[] = [];
  const labels: Labelled[] = [];
  // A row short of cells left one blank (not the row the input ends in): its last cell, a unit list,
  // is the last column's when that holds units, not a column before it left blank (区本级任务数).
  const short = !cut && cells.length < titles.length && UNIT_ROLES.has(titles.at(-1) ?? 'text');
  let at = 0;
  for (const [index, cell] of cells.entries()) {
    const last = labels.at(-1);
    if (
      last &&
      UNIT_ROLES.has(last.role) &&
      !titles.slice(at).some((t) => UNIT_ROLES.has(t)) &&
      tests.isUnitList(cell)
    ) {
      last.value = `${last.value}、${cell}`;
      continue;
    }
    const lastUnits = short && index === cells.length - 1;
    while (at < titles.length && !holds(titles[at], cell, tests, texts.length === 0, lastUnits)) at += 1;
    const role = titles[at];
    if (role === undefined) return null;
    at += 1;
    if (role === 'text') texts.push(cell);
    else if (role !== 'seq' && role !== 'other') labels.push({ role, value: cell });
  }
  return texts.length > 0 ? { texts, labels } : null;
}

/** A mark a sentence ends with: a cell holding one is a task's text, not a category's name. */
const SENTENCE_MARK = /[。;\uff1b!?\uff01\uff1f]/u;

function holds(
  role: ColumnRole | undefined,
  cell: string,
  tests: CellTests,
  first: boolean,
  lastUnits: boolean,
): boolean {
  switch (role) {
    case undefined:
    case 'seq':
      return false;
    case 'text':
      return first || tests.isProse(cell);
    case 'leader':
      return tests.isPerson(cell);
    case 'deadline':
      return tests.isDeadline(cell);
    case 'progress':
    case 'milestone-q1':
    case 'milestone-q2':
    case 'milestone-q3':
    case 'milestone-q4':
      return !tests.isUnitList(cell);
    case 'other':
      // A column before the task's (a category shared by the rows below it) never holds its sentence,
      // nor the units a short row ends with.
      return !(first && SENTENCE_MARK.test(cell)) && !(lastUnits && tests.isUnitList(cell));
    case 'lead':
    case 'responsible':
    case 'co':
    case 'roles':
      return tests.isUnitList(cell);
  }
}
