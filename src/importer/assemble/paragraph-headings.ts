// Numbered lines that open a part or a section (一、 (一)) rather than a task, and how that reading is
// settled once the lines after them show whether units or deeper rows follow.
import type { Item } from './items.types.ts';
import type { NumberedLine, NumberForm } from './numbering.ts';
import { HEADING_FORMS } from './numbering.ts';
import { splitTrailingBracket } from './cell-kinds.ts';
import { unitWithOtherNames } from './unit-other-names.ts';
import { hasUnits } from './structure.ts';
import { finishRow } from './finish-paragraph-row.ts';
import type { OpenRow } from './paragraph-row.ts';
import { hasAnyUnits, newRow } from './paragraph-row.ts';
import type { State } from './paragraph-state.ts';
import { close } from './paragraph-state.ts';
import { NUMBER_STOPS } from './text-normalise.ts';

/** How deep a number form sits in the usual outline 一、 > (一) > 1. > (1) > ①. */
export const DEPTH: Record<NumberForm, number> = {
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  ordinal: 3,
  paren: 4,
  circled: 5,
};

/** The heading with units is a part over deeper rows (its units govern them), or else a task itself. */
export function settleUnitHeading(state: State, nextForm: NumberForm | null): void {
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

export function openNumbered(state: State, numbered: NumberedLine, line: number): void {
  closeBeforeDeeper(state, numbered.form);
  settleUnitHeading(state, numbered.form);
  state.heading = null;
  const governing = state.governing?.form;
  if (governing && DEPTH[numbered.form] <= DEPTH[governing]) state.governing = null;
  if (HEADING_FORMS.has(numbered.form) && !state.taskForms.has(numbered.form) && !isMeasure(numbered)) {
    const heading = toHeading(numbered, line);
    const bracket = unitWithOtherNames(numbered.body) ?? splitTrailingBracket(numbered.body);
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

/**
 * Closes the row open before a numbered line. A row that is only a short title (2.主要任务。) with
 * deeper items after it ((1) (2)) is their heading: the units a heading above gives are not its own.
 */
function closeBeforeDeeper(state: State, form: NumberForm): void {
  const open = state.open;
  const rowForm = open?.row.form;
  if (!open || !state.governing || !rowForm || DEPTH[form] <= DEPTH[rowForm] || !isBareTitle(open)) {
    close(state);
    return;
  }
  state.items.push(finishRow(open, state.columns, null));
  state.open = null;
}

/** A row holding only a title of a few words, no units, no leader and no other cell. */
function isBareTitle(open: OpenRow): boolean {
  const text = open.row.text.replace(/[。.:\uff1a]$/u, '');
  if (open.textPending || text.length > 12 || /[,\uff0c;\uff1b。:\uff1a]/u.test(text)) return false;
  return !hasAnyUnits(open) && open.leaders.length === 0 && open.paragraphs.length === 0;
}

/** A (一) line that holds a whole measure in sentences, not the short title of a section. */
function isMeasure(numbered: NumberedLine): boolean {
  if (numbered.form !== 'cn-paren') return false;
  const inner = numbered.body.replace(/[。.]$/u, '');
  return /[。;\uff1b:\uff1a]./u.test(inner) || inner.length > 40;
}

/** What a printed number is closed with: brackets, 、, a full stop in any form, spaces. */
const LABEL_MARKS = new RegExp(`[()\\uff08\\uff09、${NUMBER_STOPS}\\s]`, 'gu');

export function toHeading(
  numbered: NumberedLine,
  line: number,
): Extract<Item, { kind: 'part' | 'section' }> | null {
  const kind = numbered.form === 'cn' ? 'part' : 'section';
  const number = numbered.label.replace(LABEL_MARKS, '');
  if (kind === 'part' && numbered.body === '') return null;
  return { kind, number, title: numbered.body, line };
}

/** A heading followed by unit labels was a task numbered like a heading ((一) 地区生产总值增长7%). */
export function headingToRow(state: State, byProse = false): void {
  const heading = state.heading;
  if (!heading) return;
  const [item] = state.items.splice(heading.index, 1);
  state.open = newRow(heading.numbered, heading.line);
  if (byProse && item) state.proseRows.push({ row: state.open.row, heading: item });
  else state.taskForms.add(heading.numbered.form);
  state.heading = null;
}

/** The titles of the sections a plan opens with, over prose of its own: never a measure. */
const PLAN_SECTION_TITLE =
  /^(指导思想|基本原则|工作原则|总体要求|总体思路|发展定位|功能定位|战略定位|发展目标|主要目标|工作目标|总体目标|保障措施|组织保障|组织领导|工作要求|实施步骤)[。.:\uff1a]?$/u;

/**
 * A (一) title followed by prose was read as a measure; when the notice numbers its measures deeper
 * (1. under (一)), such titles were sections over prose and are turned back, and so is a title that
 * names one of a plan's opening sections (指导思想, 发展定位) wherever the rows it read name no unit.
 */
export function revertProseRows(state: State): void {
  const deeper = state.items.some(
    (i) => i.kind === 'numbered' && i.form !== undefined && DEPTH[i.form] > DEPTH['cn-paren'],
  );
  for (const { row, heading } of state.proseRows) {
    const index = state.items.indexOf(row);
    const section = heading.kind === 'section' && PLAN_SECTION_TITLE.test(heading.title.trim());
    if (index >= 0 && !hasUnits(row.units) && (deeper || section)) state.items[index] = heading;
  }
}
