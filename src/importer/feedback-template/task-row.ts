// One task row of a filled-in template: its locked cells checked, its fill-in cells read.
import type { LockedKey } from '../../core/feedback/feedback-layout.ts';
import {
  COLUMN,
  FORM_SHEET,
  LOCKED_KEYS,
  cellHash,
  indicatorScale,
  lockedCellHashes,
  lockedCellsOf,
} from '../../core/feedback/feedback-layout.ts';
import type { SignedRow } from '../../core/feedback/template-signature.ts';
import { CONTENT_LIMITS } from '../../core/report/report-content.ts';
import type { IndicatorActual } from '../../core/report/report.types.ts';
import { cellText, parseFigure, parsePercent, parseStatus, readCell } from './cell-values.ts';
import { feedbackError as error } from './feedback-error.ts';
import type { ExpectedTask, FeedbackError, FeedbackErrorCode, FeedbackRow } from './parse.types.ts';
import type { TemplateRow } from './xlsx-reader.ts';

export interface TaskRowInput {
  row: TemplateRow;
  signed: SignedRow;
  /** The task as the server knows it now; null when the unit no longer owes it. */
  task: ExpectedTask | null;
  width: number;
}

const LOCKED_COLUMNS: Record<LockedKey, number> = {
  seq: COLUMN.seq,
  text: COLUMN.text,
  role: COLUMN.role,
  indicators: COLUMN.indicators,
};
const LOCKED_NAMES: Record<LockedKey, string> = {
  seq: '序号',
  text: '目标与任务',
  role: '角色',
  indicators: '指标目标',
};

export function readTaskRow(input: TaskRowInput, errors: FeedbackError[]): FeedbackRow | null {
  const { row, signed, task } = input;
  errors.push(...lockedCellErrors(row, signed), ...spareCellErrors(input));
  if (task === null) {
    const cell = row.getCell(COLUMN.seq).address;
    const message = `第${row.number}行:序号${signed.seq}的任务已不属于本单位本季度的任务,请下载新的反馈表`;
    errors.push(error(FORM_SHEET, cell, 'row.unknown_task', message));
    return null;
  }
  errors.push(...changedTaskErrors(row, signed, task));
  const at = (column: number): string => row.getCell(column).address;
  const line = `第${row.number}行(序号${signed.seq})`;
  const status = parseStatus(row.getCell(COLUMN.status));
  if (!status.ok)
    errors.push(error(FORM_SHEET, at(COLUMN.status), 'status.invalid', `${line}:${status.message}`));
  const percent = parsePercent(row.getCell(COLUMN.percent));
  if (!percent.ok)
    errors.push(
      error(FORM_SHEET, at(COLUMN.percent), `percent.${percent.code}`, `${line}:${percent.message}`),
    );
  return {
    taskId: task.taskId,
    selfStatus: status.ok ? status.value : null,
    percentComplete: percent.ok ? percent.value : null,
    progress: limitedText(row, COLUMN.progress, CONTENT_LIMITS.progress, errors),
    problems: limitedText(row, COLUMN.problems, CONTENT_LIMITS.problems, errors),
    nextSteps: limitedText(row, COLUMN.nextSteps, CONTENT_LIMITS.nextSteps, errors),
    indicatorActuals: actuals(row, signed, task, errors),
  };
}

/** Each locked cell against its hash in the signature: an edit is traced to the cell itself. */
function lockedCellErrors(row: TemplateRow, signed: SignedRow): FeedbackError[] {
  const hashes = signed.hash.split('.');
  return LOCKED_KEYS.flatMap((key, index) => {
    const cell = row.getCell(LOCKED_COLUMNS[key]);
    if (cellHash(cellText(cell)) === hashes[index]) return [];
    const message = `第${row.number}行(序号${signed.seq})的"${LOCKED_NAMES[key]}"是锁定内容,已被改动,请恢复原内容`;
    return [error(FORM_SHEET, cell.address, 'cell.locked_edited', message)];
  });
}

/** Actual columns beyond the task's own indicators are locked too; anything typed there is an edit. */
function spareCellErrors({ row, signed, width }: TaskRowInput): FeedbackError[] {
  const errors: FeedbackError[] = [];
  for (let column = COLUMN.firstActual + signed.indicators.length; column <= width; column++) {
    const cell = row.getCell(column);
    if (readCell(cell).kind === 'blank') continue;
    const message = `第${row.number}行(序号${signed.seq})没有第${column - COLUMN.firstActual + 1}项指标,该单元格应为空`;
    errors.push(error(FORM_SHEET, cell.address, 'cell.locked_edited', message));
  }
  return errors;
}

/**
 * The template was made from the plan as it was; if the office has since reworded the task or
 * changed its indicators, the clerk filled in against an old version and must download a new one.
 */
function changedTaskErrors(row: TemplateRow, signed: SignedRow, task: ExpectedTask): FeedbackError[] {
  const role = cellText(row.getCell(COLUMN.role)) === '牵头' ? 'lead' : 'co';
  const now = lockedCellHashes(lockedCellsOf({ ...task, role })).split('.');
  const then = signed.hash.split('.');
  const sameIndicators =
    task.indicators.map((indicator) => indicator.indicatorId).join(',') ===
    signed.indicators.map((indicator) => indicator.indicatorId).join(',');
  const changed: LockedKey[] = (['seq', 'text', 'indicators'] as const).filter(
    (key) =>
      now[LOCKED_KEYS.indexOf(key)] !== then[LOCKED_KEYS.indexOf(key)] ||
      (key === 'indicators' && !sameIndicators),
  );
  return changed.map((key) => {
    const message = `序号${signed.seq}的"${LOCKED_NAMES[key]}"在反馈表下载后已调整,请重新下载反馈表后填写`;
    return error(FORM_SHEET, row.getCell(LOCKED_COLUMNS[key]).address, 'task.changed', message);
  });
}

function limitedText(row: TemplateRow, column: number, limit: number, errors: FeedbackError[]): string {
  const cell = row.getCell(column);
  const text = cellText(cell);
  if (text.length > limit) {
    const message = `第${row.number}行的内容有${text.length}字,超过${limit}字的上限,请精简`;
    errors.push(error(FORM_SHEET, cell.address, 'text.too_long', message));
  }
  return text;
}

function actuals(
  row: TemplateRow,
  signed: SignedRow,
  task: ExpectedTask,
  errors: FeedbackError[],
): IndicatorActual[] {
  return signed.indicators.map((entry, index) => {
    const cell = row.getCell(COLUMN.firstActual + index);
    const indicator = task.indicators.find((candidate) => candidate.indicatorId === entry.indicatorId);
    const label = indicator ? indicatorScale(indicator).label : '';
    const figure = parseFigure(cell, entry.factor, label);
    if (!figure.ok) {
      const code: FeedbackErrorCode = 'indicator.not_a_number';
      errors.push(
        error(FORM_SHEET, cell.address, code, `第${row.number}行(序号${signed.seq}):${figure.message}`),
      );
    }
    return { indicatorId: entry.indicatorId, value: figure.ok ? figure.value : null };
  });
}
