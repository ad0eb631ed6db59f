// The input ended inside the row read last: inside the bracket of its units, or before any unit.
import type { ColumnRole } from './columns.ts';
import { isUnitList, readUnitText } from './cell-kinds.ts';
import { isBlankCell } from './text-normalise.ts';
import type { OpenRow } from './paragraph-row.ts';
import { applyLabels, hasAnyUnits } from './paragraph-row.ts';

/**
 * Marks the row read last cut when the input ended inside it; under a heading that gives it units,
 * a row whose text ends a sentence is whole.
 */
export function markCutOff(last: OpenRow, governed: boolean, columns: readonly ColumnRole[] = []): void {
  const cutLabel = dropCutLabel(last);
  const openBracket = readOpenBracket(last);
  const endsSentence = governed && /[。.!?\uff01\uff1f]$/u.test(last.row.text);
  last.row.cutOff =
    cutLabel || openBracket || (!endsSentence && isCutOff(last)) || endsBeforeItsCells(last, columns);
}

/**
 * A row under a header of one cell per paragraph whose 牵头单位 column comes after its 责任单位 column,
 * ending before the lead cell (the 责任单位 cell printed, the 牵头单位 cell not): the input ended inside
 * the row. A lead-first header proves nothing: a blank cell after the lead is left out of the row.
 */
function endsBeforeItsCells(open: OpenRow, columns: readonly ColumnRole[]): boolean {
  if (columns[0] !== 'seq' || open.inline || !open.raw || open.raw.length < 2) return false;
  const lead = columns.indexOf('lead');
  return (
    lead > columns.indexOf('responsible') && columns.indexOf('responsible') > 0 && open.raw.length < lead
  );
}

/** Labels a task's unit or leader lines open with, for knowing one the input ended inside. */
const LABEL_NAMES = [
  '牵头单位',
  '牵头部门',
  '牵头责任单位',
  '牵头负责领导',
  '牵头领导',
  '责任单位',
  '责任部门',
  '责任领导',
  '配合单位',
  '配合部门',
  '协同责任单位',
  '协同单位',
  '协办单位',
  '主责单位',
  '主办单位',
  '参与单位',
  '分管领导',
  '完成时限',
];

/**
 * The input ended inside a label (牵头责 of 牵头责任单位:): the last paragraph names no unit and the
 * row is cut before the units that label would have given.
 */
function dropCutLabel(open: OpenRow): boolean {
  const tail = open.paragraphs.at(-1)?.trim() ?? '';
  if (tail.length < 2 || !LABEL_NAMES.some((name) => name.length > tail.length && name.startsWith(tail)))
    return false;
  open.paragraphs.pop();
  if (open.cells.at(-1)?.trim() === tail) open.cells.pop();
  if (open.raw?.at(-1)?.trim() === tail) open.raw.pop();
  return true;
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
