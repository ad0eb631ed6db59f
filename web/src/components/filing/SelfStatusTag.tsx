// The unit's own judgement of the task: 未启动 / 正常推进 / 滞后 / 已完成.
import { Tag } from 'antd';
import { SELF_STATUS_LABELS as LABELS } from '../../../../src/core/report/report.types.ts';
import type { SelfStatus } from '../../api/reports.types.ts';

/** The server's names (core report.types), the same in documents and messages. */
export const SELF_STATUS_LABELS: Record<SelfStatus, string> = LABELS;

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
