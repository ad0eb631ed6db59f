// What each row of an uploaded template amounts to, read inside the applying transaction: a save,
// nothing (unchanged), or errors with their cells (a filing the unit may no longer change, content
// the filing rules refuse).
import type { ApplyError } from '../../core/feedback/feedback-apply.ts';
import {
  applyError,
  columnLetter,
  issueMessage,
  isBlankRow,
  issueCell,
  rowPatch,
  sameContent,
  templateRowNumber,
} from '../../core/feedback/feedback-apply.ts';
import { COLUMN } from '../../core/feedback/feedback-layout.ts';
import type { FeedbackRow } from '../../core/feedback/feedback-parse.types.ts';
import { contentIssues, mergeContent, contentOf } from '../../core/report/report-content.ts';
import { isEditable } from '../../core/report/report-state.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { EMPTY_CONTENT, REPORT_STATE_LABELS } from '../../core/report/report.types.ts';
import type { ReportRecord, ReportSlot } from '../reports/reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { UnitFiling } from './documents.types.ts';
import type { UnitTemplate } from './template-tasks.ts';

export type RowPlan =
  | { outcome: 'save'; slot: ReportSlot; existing: ReportRecord | null; content: ReportContent }
  | { outcome: 'unchanged'; slot: ReportSlot }
  | { outcome: 'error'; slot: ReportSlot; errors: ApplyError[] };

/** Pure: the rows against the unit's filings as read (and locked) in the applying transaction. */
export function planRows(input: {
  period: PeriodRecord;
  unitId: number;
  template: UnitTemplate;
  filings: readonly UnitFiling[];
  rows: readonly FeedbackRow[];
}): RowPlan[] {
  const positions = new Map(input.template.tasks.map((entry, index) => [entry.expected.taskId, index]));
  const filings = new Map(input.filings.map((filing) => [slotKey(filing.report), filing]));
  return input.rows.flatMap((row): RowPlan[] => {
    const index = positions.get(row.taskId) ?? -1;
    const entry = input.template.tasks[index];
    if (!entry) return [];
    const slot: ReportSlot = {
      periodId: input.period.id,
      taskId: row.taskId,
      unitId: input.unitId,
      kind: entry.kind,
    };
    const filing = filings.get(slotKey(slot));
    const context = {
      rowNumber: templateRowNumber(index),
      seq: entry.expected.seq,
      indicatorIds: entry.expected.indicators.map((indicator) => indicator.indicatorId),
    };
    const current = filing?.current ? contentOf(filing.current) : null;
    return [planRow(row, { slot, existing: filing?.report ?? null, current, ...context })];
  });
}

export const slotKey = (slot: { taskId: number; kind: string }): string => `${slot.taskId}:${slot.kind}`;

interface RowContext {
  slot: ReportSlot;
  existing: ReportRecord | null;
  current: ReportContent | null;
  rowNumber: number;
  seq: number;
  indicatorIds: number[];
}

function planRow(row: FeedbackRow, context: RowContext): RowPlan {
  const { slot, existing, current } = context;
  const merged = mergeContent(current ?? EMPTY_CONTENT, rowPatch(row, current));
  const content = {
    ...merged,
    progress: merged.progress.trim(),
    problems: merged.problems.trim(),
    nextSteps: merged.nextSteps.trim(),
  };
  if (current !== null ? sameContent(content, current) : isBlankRow(row))
    return { outcome: 'unchanged', slot };
  if (existing && !isEditable(existing.state)) {
    const cell = `${columnLetter(COLUMN.status)}${context.rowNumber}`;
    const message = `第${context.rowNumber}行(序号${context.seq})的报告${REPORT_STATE_LABELS[existing.state]},不能再通过反馈表修改`;
    const code = existing.state === 'accepted' ? 'report.already_accepted' : 'report.not_editable';
    return { outcome: 'error', slot, errors: [applyError(cell, code, message)] };
  }
  const issues = contentIssues(content, { indicatorIds: context.indicatorIds });
  if (issues.length > 0) {
    const column = (contentIndex: number) =>
      Math.max(0, context.indicatorIds.indexOf(content.indicatorActuals[contentIndex]?.indicatorId ?? -1));
    const errors = issues.map((issue) =>
      applyError(
        issueCell(issue, context.rowNumber, column),
        `report.${issue.code}`,
        `第${context.rowNumber}行(序号${context.seq}):${issueMessage(issue)}`,
      ),
    );
    return { outcome: 'error', slot, errors };
  }
  return { outcome: 'save', slot, existing, content };
}
