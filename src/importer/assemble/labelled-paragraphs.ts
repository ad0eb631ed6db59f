// Tasks without numbers, one paragraph each followed by its labelled lines (市区新增学位2.36万个。 /
// 主管领导:… / 责任单位:市教育局 / 进度安排:…): each such paragraph opens a task numbered in order.
import type { SourceLine } from '../source.types.ts';
import { isProse } from './cell-kinds.ts';
import { parseLabels } from './columns.ts';
import { parseNumbered } from './numbering.ts';
import { hasAnyUnits, newRow, setText, UNIT_ROLES } from './paragraph-row.ts';
import type { State } from './paragraph-state.ts';
import { close } from './paragraph-state.ts';
import { FURNITURE, isBlankCell } from './text-normalise.ts';

function isSkipped(text: string): boolean {
  return isBlankCell(text) || FURNITURE.test(text.trim());
}

/** The next line after `at` that is not blank or page furniture, or null at the end. */
function nextLine(lines: readonly SourceLine[], at: number, step: 1 | -1): string | null {
  for (let i = at + step; i >= 0 && i < lines.length; i += step) {
    const text = lines[i]?.text ?? '';
    if (!isSkipped(text)) return text.trim();
  }
  return null;
}

/** An unnumbered sentence that is not itself a label line. */
function isLooseProse(text: string): boolean {
  return parseNumbered(text) === null && parseLabels(text) === null && isProse(text);
}

/** The label lines right after `at` name a unit (责任单位:…), leaders and deadlines aside. */
function labelsWithUnitsFollow(lines: readonly SourceLine[], at: number): boolean {
  for (let i = at + 1; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    if (isSkipped(text)) continue;
    const labels = parseLabels(text.trim());
    if (!labels) return false;
    if (labels.some((l) => UNIT_ROLES.has(l.role) && l.value !== '')) return true;
  }
  return false;
}

/** A paragraph that opens such a task: loose prose, not after a numbered title, labels with units after. */
export function opensLabelledTask(lines: readonly SourceLine[], at: number): boolean {
  const text = (lines[at]?.text ?? '').trim();
  if (!isLooseProse(text) || !labelsWithUnitsFollow(lines, at)) return false;
  const before = nextLine(lines, at, -1);
  return before === null || parseNumbered(before) === null;
}

/** The notice writes two or more of its tasks so, and numbers none of them. */
export function usesLabelledParagraphs(lines: readonly SourceLine[], from: number): boolean {
  let tasks = 0;
  for (let at = from; at < lines.length && tasks < 2; at += 1) if (opensLabelledTask(lines, at)) tasks += 1;
  return tasks >= 2;
}

/**
 * Opens the task the paragraph at `at` begins when the notice uses this layout and no task is open
 * still waiting for its units; the paragraph the input ends in, with no labels after it, is the last
 * task, cut. True when the line was taken.
 */
export function openLabelledParagraph(state: State, lines: readonly SourceLine[], at: number): boolean {
  if (state.open && !hasAnyUnits(state.open)) return false;
  const text = (lines[at]?.text ?? '').trim();
  // The copy may stop inside the sentence (新建幼儿园84所,), too short yet to read as prose.
  const cutShort =
    /[,\uff0c\u3001]$/u.test(text) && parseNumbered(text) === null && parseLabels(text) === null;
  const last = nextLine(lines, at, 1) === null && (isLooseProse(text) || cutShort);
  if (!last && !opensLabelledTask(lines, at)) return false;
  close(state);
  state.heading = null;
  const open = newRow({ form: 'arabic', number: state.expected, label: '', body: '' }, lines[at]?.line ?? 0);
  delete open.row.label;
  delete open.row.form;
  setText(open, text);
  state.open = open;
  state.expected += 1;
  return true;
}
