// A filing's standing as a coloured tag, the same everywhere: the workbench, the plan, the task page.
import { Tag } from 'antd';
import type { ProgressCode } from '../api/reports.types.ts';

export const PROGRESS_LABELS: Record<ProgressCode, string> = {
  todo: '待填报',
  draft: '草稿',
  awaiting_sign_off: '待签发',
  submitted: '已提交',
  returned: '已退回',
  accepted: '已通过',
  overdue: '逾期',
};

const COLORS: Record<ProgressCode, string> = {
  todo: 'default',
  draft: 'blue',
  awaiting_sign_off: 'gold',
  submitted: 'cyan',
  returned: 'volcano',
  accepted: 'green',
  overdue: 'red',
};

/** overdue: the filing got somewhere (a draft, awaiting signature) but not to the office in time. */
export function FilingStateTag(props: { state: ProgressCode; late?: boolean; overdue?: boolean }) {
  const { state, late = false, overdue = false } = props;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={COLORS[state]}>{PROGRESS_LABELS[state]}</Tag>
      {overdue && state !== 'overdue' && <Tag color={COLORS.overdue}>{PROGRESS_LABELS.overdue}</Tag>}
      {late && state !== 'overdue' && <Tag color="orange">迟报</Tag>}
    </span>
  );
}
