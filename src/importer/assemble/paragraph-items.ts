// Loose paragraphs -> items: one cell per paragraph (the seed), labelled lines, units inline in
// brackets or in role sentences, and a flattened table whose column titles say what each cell is.
import type { SourceLine } from '../source.types.ts';
import type { ColumnRole, Labelled } from './columns.ts';
import { columnRole, parseLabels } from './columns.ts';
import type { Item } from './items.types.ts';
import type { NumberedLine, NumberForm } from './numbering.ts';
import { parseNumbered } from './numbering.ts';
import { isDeadlineText, isProse, isUnitList, readUnitText, splitTrailingBracket } from './cell-kinds.ts';
import { isBlankCell, joinWrappedText, NBSP } from './text-normalise.ts';
import { looksLikePerson } from '../units/unit-grammar.ts';

type Numbered = Extract<Item, { kind: 'numbered' }>;

/** A numbered row being read: its text may still be pending, its units still arriving. */
interface OpenRow {
  row: Numbered;
  textPending: boolean;
  lead: string[];
  responsible: string[];
  co: string[];
  paragraphs: string[];
  leaders: string[];
}

interface State {
  items: Item[];
  open: OpenRow | null;
  /** A heading just read: it is a task if units follow it before anything else. */
  heading: { index: number; numbered: NumberedLine; line: number } | null;
  /** Number forms that have carried units in this notice: later lines of that form are tasks. */
  taskForms: Set<NumberForm>;
  /** Column titles of a flattened table (序号 / 民生实事 / 责任单位 / 完成时限). */
  columns: ColumnRole[];
  readingHeader: boolean;
}

const HEADING_FORMS = new Set<NumberForm>(['cn', 'cn-paren']);
const UNIT_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co', 'roles']);

export function paragraphsToItems(lines: SourceLine[]): { preamble: SourceLine[]; items: Item[] } {
  const start = findTableStart(lines);
  const state: State = {
    items: [],
    open: null,
    heading: null,
    taskForms: new Set(),
    columns: [],
    readingHeader: false,
  };
  for (const line of lines.slice(start)) readLine(state, line);
  const last = state.open;
  if (last) last.row.cutOff = isCutOff(last);
  close(state);
  return { preamble: lines.slice(0, start), items: state.items };
}

function close(state: State): void {
  if (state.open) state.items.push(finishRow(state.open, state.columns));
  state.open = null;
}

/** Lines a web page or a sharing site adds around the notice. */
const FURNITURE =
  /^(?:【?(?:打印|关闭|打印本页|关闭窗口|返回顶部|收藏|分享)】?|分享到[:\uff1a]?.*|字体[:\uff1a].*|扫一扫.*|上一篇.*|下一篇.*|相关链接.*|第\s*\d+\s*页(?:\s*[/,\uff0c]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-)$/u;

function readLine(state: State, { text, line }: SourceLine): void {
  if (FURNITURE.test(text.trim())) return;
  if (readHeader(state, text)) return;
  const numbered = isBlankCell(text) ? null : parseNumbered(text);
  if (numbered && !(state.open?.textPending && numbered.body === '' && numbered.form !== 'arabic')) {
    openNumbered(state, numbered, line);
    return;
  }
  const labels = isBlankCell(text) ? null : parseLabels(text);
  if (labels && state.heading && labels.some((l) => UNIT_ROLES.has(l.role))) headingToRow(state);
  if (state.open) {
    if (labels) applyLabels(state.open, labels);
    else addToRow(state.open, text, state.columns);
    state.heading = null;
    return;
  }
  state.heading = null;
  if (!isBlankCell(text) && columnRole(text) === null) state.items.push({ kind: 'stray', text, line });
}

/** 序号 opens a flattened header; the column titles right after it say what each cell holds. */
function readHeader(state: State, text: string): boolean {
  const role = isBlankCell(text) ? null : columnRole(text);
  if (role === 'seq' && !state.open?.textPending) {
    close(state);
    state.columns = ['seq'];
    state.readingHeader = true;
    return true;
  }
  if (state.readingHeader && role !== null) {
    state.columns.push(role);
    return true;
  }
  state.readingHeader = false;
  if (role === null || role === 'seq' || state.open?.textPending === true) return false;
  return role !== 'text' || COMMON_TEXT_TITLES.test(text.replace(/\s/gu, ''));
}

/** Titles of the task column that a page repeats on its own (a loose title could be a short task). */
const COMMON_TEXT_TITLES =
  /^(目标与任务|目标任务|重点工作任务|工作任务|任务|重点工作|主要内容|民生实事|工作内容|项目名称)$/u;

function openNumbered(state: State, numbered: NumberedLine, line: number): void {
  close(state);
  state.heading = null;
  if (HEADING_FORMS.has(numbered.form) && !state.taskForms.has(numbered.form)) {
    const heading = toHeading(numbered, line);
    if (heading && !inlineUnits(numbered.body)) {
      state.heading = { index: state.items.length, numbered, line };
      state.items.push(heading);
      return;
    }
  }
  state.open = newRow(numbered, line);
  if (hasAnyUnits(state.open)) state.taskForms.add(numbered.form);
}

function toHeading(numbered: NumberedLine, line: number): Item | null {
  const kind = numbered.form === 'cn' ? 'part' : 'section';
  const number = numbered.label.replace(/[()\uff08\uff09、.．\s]/gu, '');
  if (kind === 'part' && numbered.body === '') return null;
  return { kind, number, title: numbered.body, line };
}

/** A heading followed by unit labels was a task numbered like a heading ((一) 地区生产总值增长7%). */
function headingToRow(state: State): void {
  const heading = state.heading;
  if (!heading) return;
  state.items.splice(heading.index, 1);
  state.open = newRow(heading.numbered, heading.line);
  state.taskForms.add(heading.numbered.form);
  state.heading = null;
}

function inlineUnits(body: string): boolean {
  return splitTrailingBracket(body) !== null;
}

function newRow(numbered: NumberedLine, line: number): OpenRow {
  const row: Numbered = {
    kind: 'numbered',
    number: numbered.number,
    text: '',
    line,
    units: { mode: 'paragraphs', paragraphs: [] },
    label: numbered.label,
    form: numbered.form,
  };
  const open: OpenRow = {
    row,
    textPending: true,
    lead: [],
    responsible: [],
    co: [],
    paragraphs: [],
    leaders: [],
  };
  if (numbered.body !== '') setText(open, numbered.body);
  return open;
}

function setText(open: OpenRow, text: string): void {
  open.textPending = false;
  const joined = joinWrappedText(open.row.text + text);
  const bracket = splitTrailingBracket(joined);
  open.row.text = bracket ? bracket.text : joined;
  if (bracket) applyLabels(open, bracket.labels);
}

function applyLabels(open: OpenRow, labels: Labelled[]): void {
  for (const { role, value } of labels) {
    if (value === '') continue;
    if (role === 'leader') open.leaders.push(value);
    else if (role === 'deadline') open.row.deadline = value;
    else if (role === 'progress') open.row.progress = value;
    else if (role === 'roles') applyLabels(open, readUnitText(value) ?? [{ role: 'responsible', value }]);
    else {
      const roles = role === 'lead' ? null : readUnitText(value);
      if (roles && roles.every((r) => r.role !== role)) applyLabels(open, roles);
      else open[role].push(value);
    }
  }
}

function hasAnyUnits(open: OpenRow): boolean {
  return open.lead.length + open.responsible.length + open.co.length > 0;
}

function addToRow(open: OpenRow, text: string, columns: ColumnRole[]): void {
  if (isBlankCell(text)) {
    if (open.textPending) open.textPending = false;
    open.paragraphs.push(NBSP);
    return;
  }
  if (open.textPending) return setText(open, text);
  if (columns.includes('deadline') && isDeadlineText(text)) {
    open.row.deadline = text;
    return;
  }
  if (columns.includes('leader') && looksLikePerson(text)) {
    open.leaders.push(text);
    return;
  }
  const roles = readUnitText(text);
  if (roles && roles.every((r) => isUnitList(r.value))) return applyLabels(open, roles);
  if (isProse(text)) return setText(open, text);
  open.paragraphs.push(text);
}

function finishRow(open: OpenRow, columns: ColumnRole[]): Numbered {
  if (open.leaders.length > 0) open.row.leaderName = open.leaders.join('、');
  const units = open.paragraphs.filter((p) => !isBlankCell(p));
  const unitColumns = columns.filter((c) => UNIT_ROLES.has(c));
  if (!hasAnyUnits(open) && unitColumns.length === 1 && units.length > 0) {
    const role = unitColumns[0] === 'co' ? 'co' : unitColumns[0] === 'lead' ? 'lead' : 'responsible';
    open[role].push(...units);
  }
  open.row.units = hasAnyUnits(open)
    ? { mode: 'cells', lead: open.lead, responsible: open.responsible, co: open.co }
    : { mode: 'paragraphs', paragraphs: open.paragraphs };
  return open.row;
}

function findTableStart(lines: SourceLine[]): number {
  const header = lines.findIndex((l) => l.text.replace(/\s/g, '') === '序号');
  if (header >= 0) return header;
  const first = lines.findIndex((l) => {
    const numbered = parseNumbered(l.text);
    return numbered !== null && (numbered.body !== '' || numbered.form === 'arabic');
  });
  return first >= 0 ? first : lines.length;
}

/** The input ended inside this row: no text yet, or text but not one unit after it. */
function isCutOff(open: OpenRow): boolean {
  if (open.textPending || open.row.text === '') return true;
  return !hasAnyUnits(open) && !open.paragraphs.some((p) => !isBlankCell(p));
}
