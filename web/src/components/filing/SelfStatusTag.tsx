// The unit's own judgement of the task: 未启动 / 正常推进 / 滞后 / 已完成.
import { Tag } from 'antd';
import type { SelfStatus } from '../../api/reports.types.ts';

export const SELF_STATUS_LABELS: Record<SelfStatus, string> = {
  not_started: '未启动',
  on_track: '正常推进',
  behind: '滞后',
  completed: '已完成',
};

const COLORS: Record<SelfStatus, string> = {
  not_started: 'default',
  on_track: 'processing',
  behind: 'warning',
  completed: 'success',
};

export function SelfStatusTag({ status, percent }: { status: SelfStatus | null; percent?: number | null }) {
  if (status === null) return <Tag>未选状态</Tag>;
  return (
    <Tag color={COLORS[status]}>
      {SELF_STATUS_LABELS[status]}
      {percent !== undefined && percent !== null ? ` · ${percent}%` : ''}
    </Tag>
  );
}
