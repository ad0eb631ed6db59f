// Loose paragraphs -> items: one cell per paragraph (the seed), labelled lines, units inline in
// brackets or in role sentences, and a flattened table whose column titles say what each cell is.
// The row being read is paragraph-row.ts, headings paragraph-headings.ts, numbered lines that are a
// row's cells header-counted-cells.ts, the completed row finish-paragraph-row.ts.
import type { SourceLine } from '../source.types.ts';
import { inlineHeaderRoles } from './inline-header.ts';
import { columnRole, parseLabels } from './columns.ts';
import { parseNumbered } from './numbering.ts';
import { isProse } from './cell-kinds.ts';
import { FURNITURE, isBlankCell } from './text-normalise.ts';
import { ATTACHMENT, findTableStart } from './task-list-start.ts';
import { readTableHeader } from './table-header.ts';
import type { WorkBudget } from '../work-budget.ts';
import type { Item } from './items.types.ts';
import { addNumberedCell, staysInRow } from './header-counted-cells.ts';
import { markCutOff } from './paragraph-cut-off.ts';
import { headingToRow, openNumbered, revertProseRows, settleUnitHeading } from './paragraph-headings.ts';
import { addToRow, applyLabels, UNIT_ROLES } from './paragraph-row.ts';
import type { State } from './paragraph-state.ts';
import { close, newState } from './paragraph-state.ts';
import { readNumberlessHeader, readNumberlessRows } from './numberless-table.ts';
import { continueUnitLine, detailText, isDashSubheading, lastUnitRole } from './paragraph-marks.ts';
import { includeGoverningHeading, isUnnumberedPartTitle, readGoverningHeading } from './governing-heading.ts';
import { endsInUnitBracket, readBracketParagraphs, usesBracketParagraphs } from './bracket-paragraphs.ts';
import { openLabelledParagraph, usesLabelledParagraphs } from './labelled-paragraphs.ts';

/**
 * Each line spends its length and the length of the row it may join (a row's text is searched again
 * as it grows); once the budget is spent the lines after are left unread.
 */
export function paragraphsToItems(
  lines: SourceLine[],
  budget?: WorkBudget,
): { preamble: SourceLine[]; items: Item[] } {
  const start = includeGoverningHeading(lines, findTableStart(lines));
  const state = newState();
  const bracketParagraphs = usesBracketParagraphs(lines, start);
  const labelledParagraphs = usesLabelledParagraphs(lines, start);
  for (let at = start; at < lines.length; at += 1) {
    const line = lines[at] as SourceLine;
    const work = line.text.length + (state.open?.row.text.length ?? 0) + 1;
    if (budget && !budget.spend(work, line.line)) break;
    const header = state.open?.textPending ? null : readTableHeader(lines, at);
    if (header) {
      close(state);
      Object.assign(state, { columns: header.roles, readingHeader: false, inlineHeader: false });
      at += header.length - 1;
      continue;
    }
    // The titles after a 序号 belong to its header, not to a table of their own with no number column.
    const numberless =
      state.open?.textPending || state.readingHeader ? 0 : readNumberlessTable(state, lines, at);
    if (numberless > 0 && budget && !budget.spend(spanLength(lines, at, numberless), line.line)) break;
    if (numberless > 0) {
      at += numberless - 1;
      continue;
    }
    const grouped = state.open?.textPending ? 0 : readBracketParagraphs(state, lines, at, bracketParagraphs);
    if (grouped > 0 && budget && !budget.spend(spanLength(lines, at, grouped), line.line)) break;
    if (grouped > 0) at += grouped - 1;
    else if (labelledParagraphs && !state.open?.textPending && openLabelledParagraph(state, lines, at))
      continue;
    else if (!readPartHeading(state, lines, at)) readLine(state, line);
  }
  if (state.open) markCutOff(state.open, state.governing !== null, state.columns);
  close(state);
  settleUnitHeading(state, null);
  revertProseRows(state);
  return { preamble: lines.slice(0, start), items: state.items };
}

/** A table with no number column (牵头单位 | 目标任务 | 责任单位) read whole; the lines it took, else 0. */
function readNumberlessTable(state: State, lines: SourceLine[], at: number): number {
  const roles = readNumberlessHeader(lines, at);
  if (!roles) return 0;
  close(state);
  const rows = readNumberlessRows(lines, at + roles.length, roles);
  state.items.push(...rows.items);
  return roles.length + rows.length;
}

function spanLength(lines: SourceLine[], from: number, count: number): number {
  return lines.slice(from, from + count).reduce((sum, l) => sum + l.text.length + 1, 0);
}

/**
 * A heading without a number: one naming who leads the items under it governs them from here on; a
 * bare title before an item numbered 1 ends what such a heading governed (the next part begins).
 */
function readPartHeading(state: State, lines: SourceLine[], at: number): boolean {
  if (state.open?.textPending) return false;
  const labels = readGoverningHeading(lines, at);
  const ends = !labels && state.governing?.form === null && isUnnumberedPartTitle(lines, at);
  if (!labels && !ends) return false;
  close(state);
  settleUnitHeading(state, null);
  state.heading = null;
  state.governing = labels ? { form: null, labels } : null;
  return true;
}

function readLine(state: State, { text, line }: SourceLine): void {
  if (FURNITURE.test(text.trim())) return;
  if (ATTACHMENT.test(text.trim())) {
    close(state);
    state.heading = null;
    return;
  }
  if (readHeader(state, text) || readInlineRow(state, text, line)) return;
  const numbered = isBlankCell(text) ? null : parseNumbered(text, state.expected);
  if (numbered && state.open && staysInRow(state.open, numbered, state.columns, state.expected)) {
    addNumberedCell(state.open, text, numbered, state.columns);
    return;
  }
  if (numbered && !(state.open?.textPending && numbered.body === '' && numbered.form !== 'arabic')) {
    openNumbered(state, numbered, line);
    return;
  }
  const labels = isBlankCell(text) ? null : parseLabels(text);
  const wrapRole = state.wrapRole;
  state.wrapRole = labels ? lastUnitRole(labels) : null;
  if (!labels && isDashSubheading(state.open, text)) {
    close(state);
    state.heading = null;
    return;
  }
  if (labels && state.heading && labels.some((l) => UNIT_ROLES.has(l.role))) headingToRow(state);
  if (!labels && state.heading?.numbered.form === 'cn-paren' && isProse(text)) headingToRow(state, true);
  // 一、推进重大项目建设 over one paragraph ending in its own units: the title of a task, not a part.
  else if (!labels && state.heading && isProse(text) && endsInUnitBracket(text)) headingToRow(state);
  if (state.open) {
    if (labels) state.open.raw = null;
    if (labels) applyLabels(state.open, labels);
    else if (continueUnitLine(state.open, wrapRole, text)) state.wrapRole = wrapRole;
    else addToRow(state.open, detailText(state.open, text), state.columns);
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
  const roles = inlineHeaderRoles(text);
  if (roles === null) return false;
  close(state);
  state.columns = roles;
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
