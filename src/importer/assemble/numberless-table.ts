// A Word table dumped one cell per paragraph with no number column (牵头单位 | 目标任务 | 责任单位):
// each row is found by its task text (prose), the short paragraphs between two tasks are the columns
// after the one task and before the next, and a narrow cell wrapped over several paragraphs (市政 /
// 府办 / 公厅) is one cell again.
import type { SourceLine } from '../source.types.ts';
import type { ColumnRole } from './columns.ts';
import { columnRole } from './columns.ts';
import { isDeadlineText, isProse, isUnitList } from './cell-kinds.ts';
import type { Item } from './items.types.ts';
import { parseNumbered } from './numbering.ts';
import { ATTACHMENT, isBlankCell, trimCell } from './text-normalise.ts';

type Numbered = Extract<Item, { kind: 'numbered' }>;

const UNIT_COLUMNS = new Set<ColumnRole>(['lead', 'responsible', 'co']);

/** The columns of a header with no 序号 starting at `at`: three or more titles, one of them the task's. */
export function readNumberlessHeader(lines: readonly SourceLine[], at: number): ColumnRole[] | null {
  const roles: ColumnRole[] = [];
  let next = at;
  for (; next < lines.length && roles.length < 8; next += 1) {
    const text = lines[next]?.text ?? '';
    const role = isBlankCell(text) ? null : columnRole(text);
    if (role === null) break;
    roles.push(role);
  }
  if (roles.length < 3 || new Set(roles).size !== roles.length || roles.includes('seq')) return null;
  if (!roles.includes('text') || !roles.some((r) => UNIT_COLUMNS.has(r))) return null;
  const first = lines[next]?.text ?? '';
  return first !== '' && parseNumbered(first) === null ? roles : null;
}

/** A task's text cell: a sentence, not a unit list or a time. */
function isTaskText(text: string): boolean {
  return isProse(text) && !isDeadlineText(text);
}

interface Row {
  text: string;
  line: number;
  /** The cells of the columns before the task's, nearest the task last. */
  before: string[];
  /** The cells of the columns after the task's, in order. */
  after: string[];
}

/**
 * The rows under a numberless header: items numbered by their position, and how many lines they took.
 * The short paragraphs between two tasks fill the columns after the first, the rest the columns before
 * the second; the rows end at a numbered line, an attachment mark or a 序号 title.
 */
export function readNumberlessRows(
  lines: readonly SourceLine[],
  from: number,
  roles: readonly ColumnRole[],
): { items: Item[]; length: number } {
  const textAt = roles.indexOf('text');
  const columns = { before: roles.slice(0, textAt), after: roles.slice(textAt + 1) };
  const rows: Row[] = [];
  let run: string[] = [];
  let at = from;
  for (; at < lines.length; at += 1) {
    const { text, line } = lines[at] as SourceLine;
    const clean = trimCell(text);
    if (isBlankCell(clean)) continue;
    if (ATTACHMENT.test(clean) || parseNumbered(clean) !== null || columnRole(clean) === 'seq') break;
    const last = rows.at(-1);
    if (!isTaskText(clean)) run.push(clean);
    else if (last && run.length === 0)
      last.text += clean; // a task's text over two paragraphs
    else {
      const after = last ? columns.after.length : 0;
      const cells = wrappedCells(run, after + columns.before.length);
      if (last) last.after = cells.slice(0, after);
      const before = columns.before.length === 0 ? [] : cells.slice(after).slice(-columns.before.length);
      rows.push({ text: clean, line, before, after: [] });
      run = [];
    }
  }
  const last = rows.at(-1);
  if (last) last.after = wrappedCells(run, columns.after.length).slice(0, columns.after.length);
  const items = rows.map((row, i) => toItem(row, i + 1, columns));
  const cut = last !== undefined && last.after.length < columns.after.length;
  if (cut) (items.at(-1) as Numbered).cutOff = true;
  return { items, length: at - from };
}

function toItem(row: Row, number: number, columns: { before: ColumnRole[]; after: ColumnRole[] }): Numbered {
  const item: Numbered = {
    kind: 'numbered',
    number,
    text: row.text,
    line: row.line,
    units: { mode: 'paragraphs', paragraphs: [] },
  };
  const units = { lead: [] as string[], responsible: [] as string[], co: [] as string[] };
  const beforeRoles = columns.before.slice(columns.before.length - row.before.length);
  const placed: [ColumnRole | undefined, string][] = [
    ...row.before.map((cell, i): [ColumnRole | undefined, string] => [beforeRoles[i], cell]),
    ...row.after.map((cell, i): [ColumnRole | undefined, string] => [columns.after[i], cell]),
  ];
  for (const [role, cell] of placed) {
    if (role === 'lead' || role === 'responsible' || role === 'co') units[role].push(cell);
    else if (role === 'leader') item.leaderName = cell;
    else if (role === 'deadline') item.deadline = cell;
    else if (role === 'progress') item.progress = cell;
  }
  if (units.lead.length + units.responsible.length + units.co.length > 0)
    item.units = { mode: 'cells', ...units };
  return item;
}

/** A wrapped cell is joined from at most this many paragraphs (the work stays linear). */
const MAX_FRAGMENTS = 8;

/**
 * Short paragraphs as the `expected` cells between two tasks. When there are more paragraphs than
 * cells, a narrow cell wrapped its words over paragraphs of one width, the last no wider (市政 / 府办 /
 * 公厅): such a run is one cell when together it names a unit or a time.
 */
export function wrappedCells(paragraphs: readonly string[], expected: number): string[] {
  if (paragraphs.length <= expected) return [...paragraphs];
  const cells: string[] = [];
  let at = 0;
  while (at < paragraphs.length) {
    const end = wrapEnd(paragraphs, at);
    const joined = paragraphs.slice(at, end).join('');
    const whole = end - at > 1 && (isUnitList(joined) || isDeadlineText(joined));
    cells.push(whole ? joined : (paragraphs[at] ?? ''));
    at = whole ? end : at + 1;
  }
  return cells.length >= expected ? cells : [...paragraphs];
}

/** Where a run of paragraphs of one short width (the last no wider) that starts at `at` ends. */
function wrapEnd(paragraphs: readonly string[], at: number): number {
  const width = (paragraphs[at] ?? '').length;
  let end = at + 1;
  if (width > 4) return end;
  const limit = Math.min(paragraphs.length, at + MAX_FRAGMENTS);
  while (end < limit && (paragraphs[end] ?? '').length === width) end += 1;
  if (end < limit && (paragraphs[end] ?? '').length < width) end += 1;
  return end;
}
