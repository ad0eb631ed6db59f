// Loose paragraphs -> items: one cell per paragraph (the seed), labelled lines, units inline in
// brackets or in role sentences, and a flattened table whose column titles say what each cell is.
import type { SourceLine } from '../source.types.ts';
import type { ColumnRole, Labelled } from './columns.ts';
import { columnRole, parseLabels } from './columns.ts';
import type { Item } from './items.types.ts';
import type { NumberedLine, NumberForm } from './numbering.ts';
import { parseNumbered } from './numbering.ts';
import {
  isDeadlineText,
  isProse,
  isUnitList,
  readUnitText,
  splitTrailingBracket,
  splitTrailingDeadline,
} from './cell-kinds.ts';
import { isBlankCell, joinWrappedText, NBSP } from './text-normalise.ts';
import { looksLikeOfficial, looksLikePerson } from '../units/unit-grammar.ts';
import { alignCells, cellTitles, placeCells } from './flat-table.ts';
import { hasUnits } from './structure.ts';
import { ATTACHMENT, findTableStart } from './task-list-start.ts';
import { readTableHeader } from './table-header.ts';
import type { WorkBudget } from '../work-budget.ts';

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
  /** Every paragraph after the text that is not prose or a label: the row's other cells, in order. */
  cells: string[];
  /** The row's cells were written on its own line, separated by spaces. */
  inline: boolean;
  /** Every paragraph of the row from its text on, as written, blank cells left out; null once a label line came. */
  raw: string[] | null;
  /** The row opened with its number alone (a 序号 cell): its other cells follow one per paragraph. */
  bare: boolean;
  /** The number of the numbered line its last cell holds last (1. 2. in a progress cell), else null. */
  listNumber: number | null;
  /** Cells read after the row's number, blank cells included. */
  cellCount: number;
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
  /** A heading with units in brackets: a task, unless deeper-numbered rows follow it. */
  unitHeading: { index: number; numbered: NumberedLine; line: number; labels: Labelled[] } | null;
  /** Units a heading gives the rows under it (一、强化科技创新(区科技局牵头)). */
  governing: { form: NumberForm; labels: Labelled[] } | null;
  /** The header was one line of space-separated titles: rows are one line of space-separated cells. */
  inlineHeader: boolean;
  /** The number the next task would have. */
  expected: number;
  /** Rows made from a (一) title because prose followed it, with the heading they replaced. */
  proseRows: { row: Numbered; heading: Item }[];
}

/** How deep a number form sits in the usual outline 一、 > (一) > 1. > (1) > ①. */
const DEPTH: Record<NumberForm, number> = {
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  ordinal: 3,
  paren: 4,
  circled: 5,
};

const HEADING_FORMS = new Set<NumberForm>(['cn', 'cn-paren']);
const UNIT_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co', 'roles']);

/**
 * Each line spends its length and the length of the row it may join (a row's text is searched again
 * as it grows); once the budget is spent the lines after are left unread.
 */
export function paragraphsToItems(
  lines: SourceLine[],
  budget?: WorkBudget,
): { preamble: SourceLine[]; items: Item[] } {
  const start = findTableStart(lines);
  const state: State = {
    items: [],
    open: null,
    heading: null,
    taskForms: new Set(),
    columns: [],
    readingHeader: false,
    unitHeading: null,
    governing: null,
    inlineHeader: false,
    expected: 1,
    proseRows: [],
  };
  for (let at = start; at < lines.length; at += 1) {
    const line = lines[at] as SourceLine;
    const work = line.text.length + (state.open?.row.text.length ?? 0) + 1;
    if (budget && !budget.spend(work, line.line)) break;
    const header = state.open?.textPending ? null : readTableHeader(lines, at);
    if (header) {
      close(state);
      Object.assign(state, { columns: header.roles, readingHeader: false, inlineHeader: false });
      at += header.length - 1;
    } else readLine(state, line);
  }
  const last = state.open;
  if (last) {
    const openBracket = readOpenBracket(last);
    const governed = state.governing !== null && /[。.!?\uff01\uff1f]$/u.test(last.row.text);
    last.row.cutOff = openBracket || (!governed && isCutOff(last));
  }
  close(state);
  settleUnitHeading(state, null);
  revertProseRows(state);
  return { preamble: lines.slice(0, start), items: state.items };
}

function close(state: State): void {
  if (state.open) state.items.push(finishRow(state.open, state.columns, state.governing?.labels ?? null));
  state.open = null;
}

/** The heading with units is a part over deeper rows (its units govern them), or else a task itself. */
function settleUnitHeading(state: State, nextForm: NumberForm | null): void {
  const pending = state.unitHeading;
  if (!pending) return;
  state.unitHeading = null;
  if (nextForm !== null && DEPTH[nextForm] > DEPTH[pending.numbered.form]) {
    state.governing = { form: pending.numbered.form, labels: pending.labels };
    return;
  }
  const open = newRow(pending.numbered, pending.line);
  state.items[pending.index] = finishRow(open, state.columns, null);
  state.taskForms.add(pending.numbered.form);
}

/** Lines a web page or a sharing site adds around the notice. */
const FURNITURE =
  /^(?:【?(?:打印|关闭|打印本页|关闭窗口|返回顶部|收藏|分享)】?|分享到[:\uff1a]?.*|字体[:\uff1a].*|扫一扫.*|上一篇.*|下一篇.*|相关链接.*|第\s*\d+\s*页(?:\s*[/,\uff0c]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-)$/u;

function readLine(state: State, { text, line }: SourceLine): void {
  if (FURNITURE.test(text.trim())) return;
  if (ATTACHMENT.test(text.trim())) {
    close(state);
    state.heading = null;
    return;
  }
  if (readHeader(state, text) || readInlineRow(state, text, line)) return;
  const numbered = isBlankCell(text) ? null : parseNumbered(text, state.expected);
  if (numbered && state.open && staysInRow(state.open, numbered, state.columns)) {
    addNumberedCell(state.open, text, numbered, state.columns);
    return;
  }
  if (numbered && !(state.open?.textPending && numbered.body === '' && numbered.form !== 'arabic')) {
    openNumbered(state, numbered, line);
    return;
  }
  const labels = isBlankCell(text) ? null : parseLabels(text);
  if (labels && state.heading && labels.some((l) => UNIT_ROLES.has(l.role))) headingToRow(state);
  if (!labels && state.heading?.numbered.form === 'cn-paren' && isProse(text)) headingToRow(state, true);
  if (state.open) {
    if (labels) state.open.raw = null;
    if (labels) applyLabels(state.open, labels);
    else addToRow(state.open, text, state.columns);
    state.open.listNumber = null;
    state.heading = null;
    return;
  }
  state.heading = null;
  if (!isBlankCell(text) && columnRole(text) === null) state.items.push({ kind: 'stray', text, line });
}

/** "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门…" under a one-line header: cells split by spaces. */
function readInlineRow(state: State, text: string, line: number): boolean {
  const match = state.inlineHeader ? /^(\d{1,4})[\s\u3000]+(\S.*)$/u.exec(text.trim()) : null;
  if (!match) return false;
  const tokens = (match[2] ?? '').split(/[\s\u3000]+/u);
  const cellCount = Math.max(0, state.columns.length - 2);
  const textTokens = Math.max(1, tokens.length - cellCount);
  const body = tokens.slice(0, textTokens).join(' ');
  openNumbered(state, { form: 'arabic', number: Number(match[1]), label: match[1] ?? '', body }, line);
  const open = state.open;
  if (open) {
    open.inline = true;
    for (const cell of tokens.slice(textTokens)) addToRow(open, cell, state.columns);
  }
  return true;
}

/** "序号 重点工作任务 主要责任单位 协同配合单位" on one line: the titles of a table written with spaces. */
function readInlineHeader(state: State, text: string): boolean {
  if (!/^\s*(序号|编号|序列|项次)/u.test(text)) return false;
  const titles = text.trim().split(/[\s\u3000]+/u);
  if (titles.length < 3 || columnRole(titles[0] ?? '') !== 'seq') return false;
  const roles = titles.map(columnRole);
  if (roles.some((r) => r === null)) return false;
  close(state);
  state.columns = roles as ColumnRole[];
  state.inlineHeader = true;
  return true;
}

/** 序号 opens a flattened header; the column titles right after it say what each cell holds. */
function readHeader(state: State, text: string): boolean {
  if (!state.open?.textPending && readInlineHeader(state, text)) return true;
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
  settleUnitHeading(state, numbered.form);
  state.heading = null;
  if (state.governing && DEPTH[numbered.form] <= DEPTH[state.governing.form]) state.governing = null;
  if (HEADING_FORMS.has(numbered.form) && !state.taskForms.has(numbered.form) && !isMeasure(numbered)) {
    const heading = toHeading(numbered, line);
    const bracket = splitTrailingBracket(numbered.body);
    if (heading) {
      if (bracket) heading.title = bracket.text;
      const at = { index: state.items.length, numbered, line };
      if (bracket) state.unitHeading = { ...at, labels: bracket.labels };
      else state.heading = at;
      state.items.push(heading);
      return;
    }
  }
  state.open = newRow(numbered, line);
  state.expected = numbered.number + 1;
  if (hasAnyUnits(state.open) || isMeasure(numbered)) state.taskForms.add(numbered.form);
}

/** A (一) line that holds a whole measure in sentences, not the short title of a section. */
function isMeasure(numbered: NumberedLine): boolean {
  if (numbered.form !== 'cn-paren') return false;
  const inner = numbered.body.replace(/[。.]$/u, '');
  return /[。;\uff1b:\uff1a]./u.test(inner) || inner.length > 40;
}

function toHeading(numbered: NumberedLine, line: number): Extract<Item, { kind: 'part' | 'section' }> | null {
  const kind = numbered.form === 'cn' ? 'part' : 'section';
  const number = numbered.label.replace(/[()\uff08\uff09、.．\s]/gu, '');
  if (kind === 'part' && numbered.body === '') return null;
  return { kind, number, title: numbered.body, line };
}

/** A heading followed by unit labels was a task numbered like a heading ((一) 地区生产总值增长7%). */
function headingToRow(state: State, byProse = false): void {
  const heading = state.heading;
  if (!heading) return;
  const [item] = state.items.splice(heading.index, 1);
  state.open = newRow(heading.numbered, heading.line);
  if (byProse && item) state.proseRows.push({ row: state.open.row, heading: item });
  else state.taskForms.add(heading.numbered.form);
  state.heading = null;
}

/**
 * A (一) title followed by prose was read as a measure; when the notice numbers its measures deeper
 * (1. under (一)), such titles were sections over prose (指导思想, 工作目标) and are turned back.
 */
function revertProseRows(state: State): void {
  const deeper = state.items.some(
    (i) => i.kind === 'numbered' && i.form !== undefined && DEPTH[i.form] > DEPTH['cn-paren'],
  );
  if (!deeper) return;
  for (const { row, heading } of state.proseRows) {
    const index = state.items.indexOf(row);
    if (index >= 0 && !hasUnits(row.units)) state.items[index] = heading;
  }
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
    cells: [],
    inline: false,
    raw: [],
    bare: numbered.body === '' && numbered.form === 'arabic',
    listNumber: null,
    cellCount: numbered.body === '' ? 0 : 1,
  };
  if (numbered.body !== '') {
    open.raw?.push(numbered.body);
    setText(open, numbered.body);
  }
  return open;
}

function setText(open: OpenRow, text: string): void {
  open.textPending = false;
  const before = open.row.text;
  const gap = before === '' || /[。;\uff1b,\uff0c:\uff1a、!?\uff01\uff1f]$/u.test(before) ? '' : ' ';
  const joined = joinWrappedText(before + gap + text);
  const bracket = splitTrailingBracket(joined);
  open.row.text = bracket ? bracket.text : joined;
  if (bracket) applyLabels(open, bracket.labels);
}

/** A note on the notice's own rule written into a unit list: (列第一位者为牵头单位,下同). */
const RULE_NOTE = /[(\uff08][^()\uff08\uff09]*(?:下同|牵头单位|汇总单位)[^()\uff08\uff09]*[)\uff09]/gu;

function stripRuleNote(value: string): string {
  return value.replace(RULE_NOTE, '').trim();
}

/** People named by office among the units (分管副省长、协管副秘书长负责) are leaders, not units. */
function takeOfficials(open: OpenRow, value: string): string {
  const mentions = value.split(/[、,\uff0c]/u);
  const officials = mentions.filter((m) => looksLikeOfficial(m.trim()));
  if (officials.length === 0) return value;
  open.leaders.push(...officials.map((m) => m.trim()));
  return mentions.filter((m) => !looksLikeOfficial(m.trim())).join('、');
}

/** A deadline written as the last item of a unit list (责任单位:A、B,6月底完成) is the deadline, not a unit. */
function takeDeadline(open: OpenRow, value: string): string {
  const { units, deadline } = splitTrailingDeadline(value);
  if (deadline !== '') open.row.deadline ??= deadline;
  return units;
}

function applyLabels(open: OpenRow, labels: Labelled[]): void {
  for (const label of labels) {
    const { role } = label;
    let { value } = label;
    if (value === '') continue;
    if (role === 'leader') open.leaders.push(value);
    else if (role === 'deadline') open.row.deadline = value;
    else if (role === 'progress') open.row.progress = value;
    else if (role === 'roles') applyLabels(open, readUnitText(value) ?? [{ role: 'responsible', value }]);
    else {
      value = takeDeadline(open, takeOfficials(open, stripRuleNote(value)));
      if (value === '') continue;
      const roles = role === 'lead' ? null : readUnitText(value);
      if (roles && roles.every((r) => r.role !== role)) applyLabels(open, roles);
      else open[role].push(value);
    }
  }
}

function hasAnyUnits(open: OpenRow): boolean {
  return open.lead.length + open.responsible.length + open.co.length > 0;
}

/**
 * A numbered line in a row of a table whose header is known is one of the row's cells while the row
 * has columns left to fill (二、完善医疗卫生服务 under 事项类别, 1. 2. under 第一季度), not a new task;
 * the next number of a list in a progress column continues that cell.
 */
function staysInRow(open: OpenRow, numbered: NumberedLine, columns: ColumnRole[]): boolean {
  if (!open.bare || open.inline || open.raw === null || numbered.body === '' || columns[0] !== 'seq')
    return false;
  // A part or section heading never stands between a row's number and its first cell, only after a row.
  if (HEADING_FORMS.has(numbered.form)) return open.cellCount === 0;
  return continuesCell(open, numbered, columns) || open.cellCount < columns.length - 1;
}

function continuesCell(open: OpenRow, numbered: NumberedLine, columns: ColumnRole[]): boolean {
  const column = columns[open.cellCount];
  return open.listNumber !== null && numbered.number === open.listNumber + 1 && column === 'progress';
}

function addNumberedCell(open: OpenRow, text: string, numbered: NumberedLine, columns: ColumnRole[]): void {
  const raw = open.raw ?? [];
  if (continuesCell(open, numbered, columns)) raw[raw.length - 1] = `${raw.at(-1) ?? ''} ${text.trim()}`;
  else addToRow(open, text, columns);
  open.listNumber = numbered.number;
}

function addToRow(open: OpenRow, text: string, columns: ColumnRole[]): void {
  open.cellCount += 1;
  if (!isBlankCell(text)) open.raw?.push(text);
  if (isBlankCell(text)) {
    if (open.textPending) open.textPending = false;
    open.paragraphs.push(NBSP);
    return;
  }
  if (open.textPending) return setText(open, text);
  if (!isProse(text) || isDeadlineText(text)) open.cells.push(text);
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

const CELL_TESTS = { isProse, isUnitList, isPerson: looksLikePerson, isDeadline: isDeadlineText };

/** Cells counted against the column titles replace what the paragraphs were guessed to be. */
function placeByColumns(open: OpenRow, columns: ColumnRole[]): void {
  if (alignByColumns(open, columns)) return;
  const titles = cellTitles(columns);
  const labels = titles && !hasAnyUnits(open) ? placeCells(open.cells, titles, open.inline) : null;
  if (!labels) return;
  open.leaders = [];
  open.paragraphs = [];
  delete open.row.deadline;
  applyLabels(open, labels);
}

/**
 * A row under a header that names columns the cells' looks cannot tell (progress, remarks) is read by
 * the titles in order, so a progress note is not task text and a 是/否 is not a unit.
 */
function alignByColumns(open: OpenRow, columns: ColumnRole[]): boolean {
  if (columns[0] !== 'seq' || open.inline || !open.raw || open.raw.length === 0) return false;
  const aligned = alignCells(open.raw, columns.slice(1), CELL_TESTS);
  if (!aligned) return false;
  Object.assign(open, { lead: [], responsible: [], co: [], paragraphs: [], leaders: [] });
  delete open.row.deadline;
  delete open.row.progress;
  open.row.text = '';
  for (const text of aligned.texts) setText(open, text);
  applyLabels(open, aligned.labels);
  return true;
}

function finishRow(open: OpenRow, columns: ColumnRole[], inherited: Labelled[] | null): Numbered {
  placeByColumns(open, columns);
  const units = open.paragraphs.filter((p) => !isBlankCell(p));
  if (inherited && units.length === 0 && !hasAnyUnits(open)) applyLabels(open, inherited);
  if (open.leaders.length > 0) open.row.leaderName = open.leaders.join('、');
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

/**
 * The input ended inside a bracket at the end of the row's text: "…下降2.5%(省发展改革委牵头,省工业和
 * 信息化厅、". The units it names before the end are the row's; the row is cut.
 */
function readOpenBracket(open: OpenRow): boolean {
  const text = open.row.text;
  const at = Math.max(text.lastIndexOf('('), text.lastIndexOf('\uff08'));
  if (at <= 0 || /[)\uff09]/u.test(text.slice(at))) return false;
  const inner = text.slice(at + 1).replace(/[、,\uff0c;\uff1b\s]+$/u, '');
  const labels = inner === '' ? null : readUnitText(inner);
  if (!labels) return cutUnitList(open, at, inner);
  open.row.text = text.slice(0, at).trim();
  applyLabels(open, labels);
  return true;
}

/**
 * "…落实监管责任和措施。(市政府辦公室、市" or "…等项目。(牵头单": units or a unit label, but the
 * bracket ends before it says who leads. The bracket is not the task's text, no unit is given: the row is cut.
 */
function cutUnitList(open: OpenRow, at: number, inner: string): boolean {
  const whole = inner
    .split(/[、,\uff0c]/u)
    .slice(0, -1)
    .join('、');
  const label = /^(牵头|责任|配合|协办|主办|主责|参与)[单位部门]{0,2}$/u.test(inner); // (牵头单
  if (!label && (whole === '' || !isUnitList(whole))) return false;
  open.row.text = open.row.text.slice(0, at).trim();
  return true;
}

/** The input ended inside this row: no text yet, or text but not one unit after it. */
function isCutOff(open: OpenRow): boolean {
  if (open.textPending || open.row.text === '') return true;
  return !hasAnyUnits(open) && !open.paragraphs.some((p) => !isBlankCell(p));
}
