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
import { contentIssues, mergeContent } from '../../core/report/report-content.ts';
import { isEditable } from '../../core/report/report-state.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { EMPTY_CONTENT, REPORT_STATE_LABELS } from '../../core/report/report.types.ts';
import { contentOf } from '../reports/report-support.ts';
import type { PeriodRecord, ReportRecord, ReportSlot } from '../reports/reports.types.ts';
import type { Repositories } from '../store.ts';
import type { UnitTemplate } from './template-tasks.ts';

export type RowPlan =
  | { outcome: 'save'; slot: ReportSlot; existing: ReportRecord | null; content: ReportContent }
  | { outcome: 'unchanged'; slot: ReportSlot }
  | { outcome: 'error'; slot: ReportSlot; errors: ApplyError[] };

export async function planRows(
  repos: Repositories,
  input: { period: PeriodRecord; unitId: number; template: UnitTemplate; rows: readonly FeedbackRow[] },
): Promise<RowPlan[]> {
  const reports = await repos.reports.findReports({ periodId: input.period.id, unitId: input.unitId });
  const revisions = await repos.reports.findRevisions(reports.map((report) => report.id));
  const currentOf = (report: ReportRecord): ReportContent | null => {
    const revision = revisions.find((r) => r.reportId === report.id && r.rev === report.currentRev);
    return revision ? contentOf(revision) : null;
  };
  return input.rows.flatMap((row): RowPlan[] => {
    const index = input.template.tasks.findIndex((entry) => entry.expected.taskId === row.taskId);
    const entry = input.template.tasks[index];
    if (!entry) return [];
    const slot: ReportSlot = {
      periodId: input.period.id,
      taskId: row.taskId,
      unitId: input.unitId,
      kind: entry.kind,
    };
    const existing =
      reports.find((report) => report.taskId === row.taskId && report.kind === entry.kind) ?? null;
    const context = {
      rowNumber: templateRowNumber(index),
      seq: entry.expected.seq,
      indicatorIds: entry.expected.indicators.map((indicator) => indicator.indicatorId),
    };
    return [planRow(row, { slot, existing, current: existing ? currentOf(existing) : null, ...context })];
  });
}

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
