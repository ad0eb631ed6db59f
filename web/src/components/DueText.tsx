// How long until the due date, or how late: what a clerk looks at first.
import { Typography } from 'antd';
import type { ProgressCode } from '../api/reports.types.ts';

/** Filings the office already has: the due date no longer presses. */
const WITH_OFFICE: readonly ProgressCode[] = ['submitted', 'accepted'];

export function dueDescription(state: ProgressCode, daysToDue: number): string {
  if (WITH_OFFICE.includes(state)) return '已报送';
  if (daysToDue > 0) return `还剩 ${daysToDue} 天`;
  if (daysToDue === 0) return '今天截止';
  return `逾期 ${-daysToDue} 天`;
}

export function DueText({
  state,
  daysToDue,
  dueOn,
}: {
  state: ProgressCode;
  daysToDue: number;
  dueOn: string;
}) {
  const text = dueDescription(state, daysToDue);
  const pressing = !WITH_OFFICE.includes(state) && daysToDue <= 3;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={pressing ? 'danger' : undefined} strong={pressing}>
        {text}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
        {dueOn} 截止
      </Typography.Text>
    </span>
  );
}
