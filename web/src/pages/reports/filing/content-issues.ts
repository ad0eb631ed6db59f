// The server lists every problem of a refused filing with its field; the form shows each in Chinese
// under the field it concerns.
import { ApiError } from '../../../api/client.ts';

export type FieldIssues = Partial<
  Record<
    'progress' | 'selfStatus' | 'percentComplete' | 'indicators' | 'problems' | 'nextSteps' | 'attachments',
    string
  >
>;

interface Issue {
  path: string;
  code: string;
}

const TEXT_LIMITS: Record<string, string> = {
  progress: '进展情况最多20000字',
  problems: '存在问题最多5000字',
  nextSteps: '下步打算最多5000字',
};

function describe(issue: Issue): [keyof FieldIssues, string] {
  const field = issue.path.split('.')[0] ?? '';
  if (field in TEXT_LIMITS) return [field as keyof FieldIssues, TEXT_LIMITS[field] ?? ''];
  if (field === 'percentComplete') {
    return issue.code === 'contradicts_status'
      ? ['percentComplete', '完成进度与状态不符:已完成为100%,未启动为0%']
      : ['percentComplete', '完成进度应为0到100之间的整数'];
  }
  if (field === 'selfStatus') return ['selfStatus', '请选择当前状态'];
  if (field === 'indicatorActuals') return ['indicators', '指标数值有误,请检查'];
  return ['attachments', '附件有误,请重新上传'];
}

/** Field messages for report.invalid_content and report.incomplete; empty for other failures. */
export function fieldIssues(failure: unknown): FieldIssues {
  if (!(failure instanceof ApiError)) return {};
  const details = (failure.details ?? {}) as { issues?: Issue[]; missing?: string[] };
  if (failure.code === 'report.incomplete') {
    const missing = details.missing ?? [];
    return {
      ...(missing.includes('progress') ? { progress: '提交前请填写进展情况' } : {}),
      ...(missing.includes('selfStatus') ? { selfStatus: '提交前请选择当前状态' } : {}),
    };
  }
  if (failure.code !== 'report.invalid_content') return {};
  return Object.fromEntries((details.issues ?? []).map(describe));
}
