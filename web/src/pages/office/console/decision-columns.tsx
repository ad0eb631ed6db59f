// What the console's request lists (extensions, completion claims) share: a state tag with the
// decision's notes under it, and an actions column only for those who may decide.
import { Space, Tag, Typography } from 'antd';
import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';

export function DecisionState(props: { color: string; label: string; notes: (string | null)[] }) {
  return (
    <Space orientation="vertical" size={0}>
      <Tag color={props.color}>{props.label}</Tag>
      {props.notes
        .filter((note): note is string => Boolean(note))
        .map((note) => (
          <Typography.Text key={note} type="secondary">
            {note}
          </Typography.Text>
        ))}
    </Space>
  );
}

/** The 操作 column when the account may decide, else no column. */
export function decisionColumn<Row>(
  canDecide: boolean,
  width: number,
  render: (row: Row) => ReactNode,
): TableColumnType<Row>[] {
  return canDecide
    ? [{ title: '操作', key: 'actions', width, render: (_: unknown, row: Row) => render(row) }]
    : [];
}
