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

export function FilingStateTag({ state, late = false }: { state: ProgressCode; late?: boolean }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={COLORS[state]}>{PROGRESS_LABELS[state]}</Tag>
      {late && state !== 'overdue' && <Tag color="orange">迟报</Tag>}
    </span>
  );
}
