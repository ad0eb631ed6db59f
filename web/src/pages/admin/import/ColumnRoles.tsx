// Which column of the notice's table means what: the importer's reading, the admin's correction,
// and reading the stored notice again with it.
import { Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { COLUMN_ROLE_LABELS, type ColumnRole, type ImportPreview } from '../../../api/plan-import.ts';

type Column = ImportPreview['columns'][number];
const ROLES = Object.entries(COLUMN_ROLE_LABELS).map(([value, label]) => ({
  value: value as ColumnRole,
  label,
}));

export function ColumnRoles(props: {
  preview: ImportPreview;
  busy: boolean;
  onReread: (roles: ColumnRole[]) => void;
}) {
  const { columns } = props.preview;
  const [roles, setRoles] = useState<ColumnRole[]>(() => columns.map((c) => c.role));
  const changed = roles.some((role, i) => role !== columns[i]?.role);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        如果某列被读错(例如牵头单位与责任单位颠倒),请为每一列选择含义,然后重新读取。重新读取后,对任务的修改将重新开始。
      </Typography.Text>
      <Table<Column>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={columns}
        scroll={{ x: true }}
        columns={[
          { title: '列', width: 56, render: (_, c) => c.index + 1 },
          { title: '表头', render: (_, c) => c.header || '(无表头)' },
          {
            title: '示例',
            render: (_, c) => (
              <Typography.Text ellipsis={{ tooltip: c.sample }} style={{ maxWidth: 200 }}>
                {c.sample}
              </Typography.Text>
            ),
          },
          {
            title: '含义',
            width: 180,
            render: (_, c) => (
              <Select<ColumnRole>
                aria-label={`第${c.index + 1}列的含义`}
                style={{ width: 160 }}
                value={roles[c.index]}
                options={ROLES}
                onChange={(role) => setRoles((all) => all.map((r, i) => (i === c.index ? role : r)))}
              />
            ),
          },
        ]}
      />
      <Button type="primary" disabled={!changed || props.busy} onClick={() => props.onReread(roles)}>
        按所选列重新读取
      </Button>
    </Space>
  );
}
