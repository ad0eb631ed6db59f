// Where the draft stands, announced politely to screen readers as it changes.
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { describeError } from '../../../api/client.ts';
import type { SaveStatus } from './use-filing-draft.ts';

function text(status: SaveStatus, savedAt: Date | null, failure: unknown, rev: number | null): string {
  switch (status) {
    case 'idle':
      return rev ? `已保存(第 ${rev} 版)` : '尚未保存';
    case 'dirty':
      return '有修改,稍后自动保存…';
    case 'saving':
      return '正在保存…';
    case 'saved':
      return `草稿已自动保存 ${savedAt ? dayjs(savedAt).format('HH:mm:ss') : ''}`;
    case 'failed':
      return `保存失败:${describeError(failure)}`;
    case 'conflict':
      return '未保存:此填报已在别处被修改';
    case 'locked':
      return `不能保存:${describeError(failure)}`;
  }
}

export function SaveStatusText(props: {
  status: SaveStatus;
  savedAt: Date | null;
  failure: unknown;
  rev: number | null;
}) {
  const { status } = props;
  const bad = status === 'failed' || status === 'conflict' || status === 'locked';
  const icon =
    status === 'saving' ? (
      <LoadingOutlined />
    ) : bad ? (
      <ExclamationCircleOutlined />
    ) : status === 'saved' ? (
      <CheckCircleOutlined />
    ) : null;
  return (
    <Typography.Text
      type={bad ? 'danger' : 'secondary'}
      role="status"
      aria-live="polite"
      data-save-status={status}
    >
      {icon} {text(status, props.savedAt, props.failure, props.rev)}
    </Typography.Text>
  );
}
