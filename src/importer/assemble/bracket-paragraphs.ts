// Tasks without numbers, one paragraph each ending in its own unit bracket (……推进……工作。(省发展改革委、
// 省财政厅等负责)), grouped under subheadings ((一)… or 一、…) that name no unit: each paragraph is a
// task numbered in order, the subheading only the heading they sit under.
import type { SourceLine } from '../source.types.ts';
import { isProse, splitTrailingBracket } from './cell-kinds.ts';
import type { NumberedLine } from './numbering.ts';
import { HEADING_FORMS, parseNumbered } from './numbering.ts';
import { markCutOff } from './paragraph-cut-off.ts';
import { DEPTH, settleUnitHeading, toHeading } from './paragraph-headings.ts';
import { newRow, setText, UNIT_ROLES } from './paragraph-row.ts';
import type { State } from './paragraph-state.ts';
import { close } from './paragraph-state.ts';
import { finishRow } from './finish-paragraph-row.ts';
import { ATTACHMENT, FURNITURE, isBlankCell } from './text-normalise.ts';
import { unitWithOtherNames } from './unit-other-names.ts';

/** A subheading and the paragraphs under it up to the next numbered line. */
interface Group {
  heading: NumberedLine;
  /** Paragraphs that end in their own unit bracket, in order. */
  tasks: SourceLine[];
  /** The paragraph the input ends in, without its bracket yet. */
  cut: SourceLine | null;
  /** Lines from the subheading to the next numbered line (or the end). */
  length: number;
}

/** A paragraph that ends in a bracket of units (with or without 负责 / 牵头 / 配合). */
export function endsInUnitBracket(text: string): boolean {
  const bracket = splitTrailingBracket(text.trim());
  return bracket !== null && bracket.labels.some((l) => UNIT_ROLES.has(l.role) && l.value !== '');
}

function isSkipped(text: string): boolean {
  return isBlankCell(text) || FURNITURE.test(text.trim());
}

/** Nothing but blanks and page furniture after `at`: the input ends in this paragraph. */
function isLast(lines: readonly SourceLine[], at: number): boolean {
  for (let next = at + 1; next < lines.length; next += 1)
    if (!isSkipped(lines[next]?.text ?? '')) return false;
  return true;
}

/** The group under a subheading at `at` that names no unit, or null when the line is no such heading. */
function readGroup(lines: readonly SourceLine[], at: number): Group | null {
  const heading = parseNumbered(lines[at]?.text ?? '');
  if (!heading || !HEADING_FORMS.has(heading.form) || heading.body === '') return null;
  if (unitWithOtherNames(heading.body) ?? splitTrailingBracket(heading.body)) return null;
  const group: Group = { heading, tasks: [], cut: null, length: 1 };
  let next = at + 1;
  for (; next < lines.length; next += 1) {
    const line = lines[next] as SourceLine;
    const text = line.text.trim();
    if (isSkipped(text)) continue;
    if (ATTACHMENT.test(text) || parseNumbered(text) !== null) break;
    if (endsInUnitBracket(text)) group.tasks.push(line);
    else if (isProse(text) && isLast(lines, next)) group.cut = line;
    else return null;
  }
  return { ...group, length: next - at };
}

/**
 * The notice groups its tasks so: some subheading is followed by two or more paragraphs that each end
 * in their own unit bracket. Each paragraph is read under one subheading only (a numbered line ends a
 * group), so the notice is read once.
 */
export function usesBracketParagraphs(lines: readonly SourceLine[], from: number): boolean {
  for (let at = from; at < lines.length; at += 1) {
    const group = readGroup(lines, at);
    if (group && group.tasks.length >= 2) return true;
    if (group) at += group.length - 1;
  }
  return false;
}

/**
 * Reads the subheading at `at` and its paragraphs as tasks when the notice uses this layout
 * (`layout`, from usesBracketParagraphs): the lines it took, else 0. Under a subheading followed by a
 * single paragraph, or a paragraph without its bracket, nothing is taken unless the notice showed the
 * layout elsewhere; the paragraph the input ends in may have lost its bracket (it is then cut).
 */
export function readBracketParagraphs(
  state: State,
  lines: readonly SourceLine[],
  at: number,
  layout: boolean,
): number {
  if (!layout) return 0;
  const group = readGroup(lines, at);
  if (!group || group.tasks.length + (group.cut ? 1 : 0) === 0 || state.taskForms.has(group.heading.form))
    return 0;
  const heading = toHeading(group.heading, (lines[at] as SourceLine).line);
  if (!heading) return 0;
  close(state);
  settleUnitHeading(state, group.heading.form);
  state.heading = null;
  const governing = state.governing?.form;
  if (governing && DEPTH[group.heading.form] <= DEPTH[governing]) state.governing = null;
  state.items.push(heading);
  for (const line of group.tasks) pushTask(state, line, false);
  if (group.cut) pushTask(state, group.cut, true);
  return group.length;
}

/** One paragraph as a task without a printed number: numbered by its place among the plan's tasks. */
function pushTask(state: State, { text, line }: SourceLine, cut: boolean): void {
  const open = newRow({ form: 'arabic', number: state.expected, label: '', body: '' }, line);
  delete open.row.label;
  delete open.row.form;
  setText(open, text.trim());
  if (cut) markCutOff(open, state.governing !== null);
  state.items.push(finishRow(open, [], state.governing?.labels ?? null));
  state.expected += 1;
}
