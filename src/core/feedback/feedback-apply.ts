// Applying a read-back template row to a filing: the save it amounts to, whether it changes
// anything, and where on the sheet each problem sits. A row whose content equals the filing's
// current revision is no save at all, so uploading the same file twice changes nothing.
import type { ContentIssue } from '../report/report-content.ts';
import type { IndicatorActual, ReportContent, ReportContentPatch } from '../report/report.types.ts';
import { COLUMN, FIRST_TASK_ROW, FORM_SHEET, normaliseCellText } from './feedback-layout.ts';
import type { FeedbackRow } from './feedback-parse.types.ts';

/** A problem found while applying a row: the same shape as the reader's errors, with its cell. */
export interface ApplyError {
  sheet: string;
  cell: string;
  code: string;
  message: string;
}

/** The template lists a unit's tasks by 序号 from its first task row on. */
export function templateRowNumber(index: number): number {
  return FIRST_TASK_ROW + index;
}

/** The fields a template row sets; evidence files and indicator notes stay as they are. */
export function rowPatch(row: FeedbackRow, current: ReportContent | null): ReportContentPatch {
  const notes = new Map((current?.indicatorActuals ?? []).map((actual) => [actual.indicatorId, actual.note]));
  const indicatorActuals = row.indicatorActuals.flatMap((actual): IndicatorActual[] => {
    const note = notes.get(actual.indicatorId);
    // A blank figure the filing never had is no figure at all, not a cleared one.
    if (actual.value === null && !notes.has(actual.indicatorId)) return [];
    return [note === undefined ? { ...actual } : { ...actual, note }];
  });
  return {
    selfStatus: row.selfStatus,
    percentComplete: row.percentComplete,
    progress: row.progress,
    problems: row.problems,
    nextSteps: row.nextSteps,
    indicatorActuals,
  };
}

/** A row left entirely empty, for a task not filed yet: nothing to save. */
export function isBlankRow(row: FeedbackRow): boolean {
  return (
    row.selfStatus === null &&
    row.percentComplete === null &&
    [row.progress, row.problems, row.nextSteps].every((text) => normaliseCellText(text) === '') &&
    row.indicatorActuals.every((actual) => actual.value === null)
  );
}

/** Equal as the clerk sees them: texts up to line endings and edge spaces, figures up to rounding. */
export function sameContent(a: ReportContent, b: ReportContent): boolean {
  const text = (value: string) => normaliseCellText(value);
  return (
    a.selfStatus === b.selfStatus &&
    a.percentComplete === b.percentComplete &&
    text(a.progress) === text(b.progress) &&
    text(a.problems) === text(b.problems) &&
    text(a.nextSteps) === text(b.nextSteps) &&
    sameActuals(a.indicatorActuals, b.indicatorActuals)
  );
}

function sameActuals(a: readonly IndicatorActual[], b: readonly IndicatorActual[]): boolean {
  const values = (list: readonly IndicatorActual[]) =>
    new Map(
      list.filter((actual) => actual.value !== null).map((actual) => [actual.indicatorId, actual.value]),
    );
  const left = values(a);
  const right = values(b);
  if (left.size !== right.size) return false;
  return [...left].every(([id, value]) => {
    const other = right.get(id);
    return value !== null && other !== undefined && other !== null && closeEnough(value, other);
  });
}

/** A figure typed in 亿元 comes back multiplied out; twelve significant digits are the same figure. */
function closeEnough(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

const FIELD_COLUMNS: Record<string, number> = {
  selfStatus: COLUMN.status,
  percentComplete: COLUMN.percent,
  progress: COLUMN.progress,
  problems: COLUMN.problems,
  nextSteps: COLUMN.nextSteps,
};

/**
 * The cell a content problem points at: its field's column on the task's row. An indicator's
 * problem names its place in the content; `indicatorColumn` turns that into the template's column.
 */
export function issueCell(
  issue: Pick<ContentIssue, 'path'>,
  rowNumber: number,
  indicatorColumn: (contentIndex: number) => number,
): string {
  const [field, index] = issue.path.split('.');
  const column =
    field === 'indicatorActuals'
      ? COLUMN.firstActual + indicatorColumn(Number(index ?? 0))
      : (FIELD_COLUMNS[field ?? ''] ?? COLUMN.status);
  return `${columnLetter(column)}${rowNumber}`;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function applyError(cell: string, code: string, message: string): ApplyError {
  return { sheet: FORM_SHEET, cell, code, message };
}

const ISSUE_MESSAGES: Record<string, string> = {
  contradicts_status: '状态与完成进度不一致:已完成的任务完成进度应为100,未启动的任务应为0',
  out_of_range: '完成进度应为0至100之间的整数',
  invalid_status: '状态请从下拉列表中选择',
  too_long: '内容超过字数上限,请精简',
  unknown_indicator: '指标与本任务不符,请重新下载反馈表',
  duplicate: '同一指标填写了两次',
  not_a_number: '指标完成值应为数字',
  too_many: '佐证材料过多',
};

/** A filing rule's refusal in the clerk's words. */
export function issueMessage(issue: Pick<ContentIssue, 'code' | 'message'>): string {
  return ISSUE_MESSAGES[issue.code] ?? issue.message;
}
