// Why a step on one filing was refused, in the words a clerk, approver or the office reads: the
// batches answer each refused row with its code and this reason.
import type { DomainError } from '../errors.ts';
import { REPORT_STATE_LABELS, REVISION_EVENT_LABELS } from './report-labels.ts';

const REASONS: Readonly<Record<string, string>> = {
  'report.not_found': '未找到该报告,或它不属于本单位',
  'auth.forbidden': '您无权对该报告进行此操作(不属于本单位或不是您的职责)',
  'report.already_accepted': '该报告已采纳,不能再变更',
  'report.incomplete': '内容不完整:请填写进展情况并选择当前状态',
  'report.invalid_content': '填写的内容有误,请打开报告检查',
  'report.reasons_required': '请写明退回理由',
  'report.reasons_too_long': '退回理由不能超过2000字',
  'period.closed': '本季度已关闭,报告已冻结',
};

const labelOf = (labels: Readonly<Record<string, string>>, key: unknown): string =>
  typeof key === 'string' ? (labels[key] ?? key) : '';

/** The Chinese reason for a refusal of one row. */
export function refusalReason(error: Pick<DomainError, 'code' | 'details'>): string {
  const { details } = error;
  if (error.code === 'report.stale_revision') {
    return `该报告已被他人更新(现为第${String(details.currentRev)}版,您看到的是第${String(details.baseRev)}版),请刷新后重试`;
  }
  if (error.code === 'report.invalid_transition') {
    const state = labelOf(REPORT_STATE_LABELS, details.state);
    return `该报告当前为「${state}」,不能${labelOf(REVISION_EVENT_LABELS, details.event)}`;
  }
  return REASONS[error.code] ?? '无法处理该报告,请打开报告查看';
}
