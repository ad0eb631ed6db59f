// Rows of a real table (HTML, Word, Excel, '|' text) -> items. Real cells make every split certain.
// The header row says what each column holds, under any of the names notices give it.
import type { ColumnRole as ChosenRole, TableColumn, TaskMilestone } from '../../core/plan/plan.types.ts';
import type { SourceLine, SourceRow } from '../source.types.ts';
import { columnsFromRoles, describeColumns } from './column-roles.ts';
import type { ColumnRole } from './columns.ts';
import type { ColumnMap } from './table-column-map.ts';
import { isPeriodRow, mapColumns, subHeaderRoles, withSubHeader } from './table-column-map.ts';
import { MILESTONE_ROLES, quarterOfRole, withMilestone } from './quarter-milestones.ts';
import { readUnitText, splitTrailingDeadline } from './cell-kinds.ts';
import type { Item } from './items.types.ts';
import { parseHeading } from './items.types.ts';
import { parseNumbered } from './numbering.ts';
import { isSubNumber, isTotalRow, outlineFilled } from './non-task-rows.ts';
import { isBlankCell, joinWrappedText, trimCell } from './text-normalise.ts';
import type { WorkBudget } from '../work-budget.ts';

type Numbered = Extract<Item, { kind: 'numbered' }>;

/**
 * `roles` (a person's reading of the columns, by index) replaces the header's when given. Each row
 * spends its cells' length and that of the task it may join; once the budget is spent the rest is left.
 */
export function tableToItems(
  rows: SourceRow[],
  preamble: SourceLine[],
  roles?: readonly ChosenRole[],
  budget?: WorkBudget,
): { preamble: SourceLine[]; items: Item[]; columns: ColumnMap | null; described: TableColumn[] } {
  const headerIndex = rows.findIndex((row) => mapColumns(row) !== null);
  const found = headerIndex >= 0 ? mapColumns(rows[headerIndex] as SourceRow) : null;
  const detected = found ? withSubHeader(found, rows[headerIndex + 1]) : null;
  const columns = roles ? columnsFromRoles(roles) : detected;
  const header = headerIndex >= 0 ? (rows[headerIndex] ?? null) : null;
  const sample = rows.slice(headerIndex + 1).find((row) => row.cells.filter((c) => c.trim()).length > 1);
  const described = describeColumns(header, sample ?? null, columns);
  if (!columns)
    return { preamble: [...preamble, ...rows.map(rowAsLine)], items: [], columns: null, described };
  const before = rows.slice(0, Math.max(headerIndex, 0)).map(rowAsLine);
  const items: Item[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const previous = items.at(-1);
    const work = row.cells.reduce(
      (n, c) => n + c.length + 1,
      previous?.kind === 'numbered' ? previous.text.length : 0,
    );
    if (budget && !budget.spend(work, row.line)) break;
    if (mapColumns(row) || subHeaderRoles(row) || isPeriodRow(row)) continue; // a header repeated on every page
    if (isTotalRow(row)) continue;
    const seqCell = columns.seq === null ? '' : (row.cells[columns.seq] ?? '');
    if (previous?.kind === 'numbered' && (continuesRow(row, columns) || isSubNumber(seqCell, previous))) {
      mergeSubRow(previous, row, columns);
      continue;
    }
    const item = rowToItem(row, columns, items);
    if (item) items.push(item);
  }
  return { preamble: [...preamble, ...before], items, columns, described };
}

function rowAsLine(row: SourceRow): SourceLine {
  return {
    text: row.cells
      .map(trimCell)
      .filter((c) => c !== '')
      .join(' '),
    line: row.line,
  };
}

const cellOf =
  (row: SourceRow) =>
  (index: number | null): string =>
    index === null ? '' : trimCell(row.cells[index] ?? '');

/** A row with no number of its own, below a task, whose cells go on with it (a merged number cell). */
function continuesRow(row: SourceRow, columns: ColumnMap): boolean {
  if (row.merged || columns.seq === null) return false;
  const cell = cellOf(row);
  if (!isBlankCell(cell(columns.seq))) return false;
  const text = subRowText(row, columns);
  return text !== '' && parseHeading(text, row.line) === null && parseNumbered(text) === null;
}

/**
 * A sub-row's own words: its text cell and any further text cells (a content column beside a merged
 * project-name column), in order.
 */
function subRowText(row: SourceRow, columns: ColumnMap): string {
  const cell = cellOf(row);
  return [columns.text, ...(columns.moreText ?? [])]
    .map((i) => cell(i))
    .filter((c) => !isBlankCell(c))
    .join(' ');
}

function mergeSubRow(task: Numbered, row: SourceRow, columns: ColumnMap): void {
  const cell = cellOf(row);
  task.text = joinWrappedText(task.text + subRowText(row, columns));
  const deadline = cell(columns.deadline);
  if (deadline !== '') task.deadline = deadline;
  for (const { quarter, text } of milestonesOf(cell, columns))
    task.milestones = withMilestone(task.milestones, quarter, text, true);
  const leader = cell(columns.leader);
  if (leader !== '') task.leaderName = task.leaderName ? `${task.leaderName}、${leader}` : leader;
  if (task.units.mode !== 'cells') return;
  const more = unitCells(cell, columns);
  if (deadline === '' && more.deadline !== '') task.deadline = more.deadline;
  task.units.lead.push(...more.lead);
  task.units.responsible.push(...more.responsible);
  task.units.co = [...(task.units.co ?? []), ...more.co];
}

/**
 * The unit cells of a row; a cell written as a role sentence (X牵头,Y配合) is read by its verbs, and a
 * deadline a cell ends its list with (区住建局、各街道,6月底前完成) is the row's deadline, not a unit.
 */
function unitCells(cell: (i: number | null) => string, columns: ColumnMap) {
  const units = { lead: [] as string[], responsible: [] as string[], co: [] as string[], deadline: '' };
  const cells: [ColumnRole, number | null][] = [
    ['lead', columns.lead],
    ['responsible', columns.responsible],
    ['co', columns.co],
    ['roles', columns.roles],
  ];
  for (const [role, index] of cells) {
    const split = splitTrailingDeadline(cell(index));
    const text = split.units;
    if (split.deadline !== '' && units.deadline === '') units.deadline = split.deadline;
    if (isBlankCell(text)) continue;
    const roles = readUnitText(text);
    const verbs = roles?.some((r) => r.role === (role === 'lead' ? 'co' : 'lead')) ?? false;
    if (roles && (verbs || role === 'roles')) {
      for (const r of roles) if (r.role === 'lead' || r.role === 'co') units[r.role].push(r.value);
    } else units[role === 'roles' ? 'responsible' : (role as 'lead' | 'responsible' | 'co')].push(text);
  }
  return units;
}

/**
 * A new task's own cell, or, where that is empty, the cell merged down over it from a row above (a lead
 * unit, leader or deadline shared by several tasks): every row the merged cell spans owes it.
 */
const ownOrCarried =
  (row: SourceRow) =>
  (index: number | null): string => {
    const own = cellOf(row)(index);
    if (index === null || !isBlankCell(own)) return own;
    return trimCell(row.carried?.[index] ?? '');
  };

function rowToItem(row: SourceRow, columns: ColumnMap, items: Item[]): Item | null {
  const cell = cellOf(row);
  const filled = row.cells.map(trimCell).filter((c) => !isBlankCell(c));
  if (filled.length === 0) return null;
  const numbered = numberOf(cell, columns, items);
  if (numbered === null) return headingOrStray(row, outlineFilled(cell(columns.seq), filled));
  const shared = ownOrCarried(row);
  const leaderName = shared(columns.leader);
  const progress = cell(columns.progress);
  const { deadline: listed, ...units } = unitCells(shared, columns);
  const deadline = shared(columns.deadline) || listed;
  const more = (columns.moreText ?? []).map((i) => cell(i)).filter((c) => !isBlankCell(c));
  const milestones = milestonesOf(shared, columns);
  return {
    kind: 'numbered',
    number: numbered.number,
    label: numbered.label,
    form: numbered.form,
    text: [joinWrappedText(numbered.text), ...more.map(joinWrappedText)].join(' '),
    line: row.line,
    units: { mode: 'cells', ...units },
    ...(leaderName ? { leaderName } : {}),
    ...(deadline ? { deadline } : {}),
    ...(progress ? { progress } : {}),
    ...(milestones.length > 0 ? { milestones } : {}),
  };
}

/** The row's milestone cells, in quarter order (a cell merged down from a task above is this task's too). */
function milestonesOf(cell: (i: number | null) => string, columns: ColumnMap): TaskMilestone[] {
  return MILESTONE_ROLES.flatMap((role) => {
    const text = cell(columns[role]);
    return isBlankCell(text) ? [] : [{ quarter: quarterOfRole(role), text }];
  });
}

/** The row's number: its 序号 cell ("12", "(1)"), or, with no such column, the number its text opens with. */
function numberOf(
  cell: (i: number | null) => string,
  columns: ColumnMap,
  items: Item[],
): { number: number; label: string; form: Numbered['form']; text: string } | null {
  const text = cell(columns.text);
  if (columns.seq !== null) {
    const seq = parseNumbered(cell(columns.seq));
    if (seq === null || seq.body !== '') return null;
    return { number: seq.number, label: seq.label, form: seq.form, text };
  }
  const opening = parseNumbered(text);
  if (opening && opening.body !== '' && opening.form !== 'cn' && opening.form !== 'cn-paren') {
    return { number: opening.number, label: opening.label, form: opening.form, text: opening.body };
  }
  if (text === '' || parseHeading(text, 0) !== null) return null;
  const count = items.filter((i) => i.kind === 'numbered').length + 1;
  return { number: count, label: '', form: 'arabic', text };
}

/** A merged part/section row, or a subsection written as "1.标题" in one cell. */
function headingOrStray(row: SourceRow, filled: string[]): Item {
  const text = filled.length === 1 || row.merged ? (filled[0] ?? '') : filled.join(' ');
  const heading = parseHeading(text, row.line);
  if (heading) return heading;
  const numbered = parseNumbered(text);
  if (numbered && numbered.body !== '' && filled.length === 1) {
    return {
      kind: 'numbered',
      number: numbered.number,
      label: numbered.label,
      form: numbered.form,
      text: numbered.body,
      line: row.line,
      units: { mode: 'cells', lead: [], responsible: [] },
    };
  }
  return { kind: 'stray', text, line: row.line };
}
