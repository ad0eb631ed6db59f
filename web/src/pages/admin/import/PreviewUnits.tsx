// The units the notice names, marked by whether the directory knows them already.
import { Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ImportPreview, UnitMatchStatus } from '../../../api/plan-import.ts';
import { unitKindLabel } from '../../../api/units.ts';

type Unit = ImportPreview['units'][number];

const STATUS = {
  known: { label: '已有', color: 'default' },
  new: { label: '新单位', color: 'blue' },
  unknown: { label: '无法识别', color: 'red' },
} as const satisfies Record<UnitMatchStatus, { label: string; color: string }>;

export function PreviewUnits({ preview }: { preview: ImportPreview }) {
  const named = new Set(preview.tasks.flatMap((task) => [...task.leadUnits, ...task.responsibleUnits]));
  const inTasks = preview.units.filter((unit) => named.has(unit.name) || unit.status === 'unknown');
  const notKnown = inTasks.filter((unit) => unit.status !== 'known');
  const [show, setShow] = useState<'changes' | 'all'>(notKnown.length > 0 ? 'changes' : 'all');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented
        aria-label="显示哪些单位"
        value={show}
        onChange={setShow}
        options={[
          { value: 'changes', label: `新单位与无法识别(${notKnown.length})` },
          { value: 'all', label: `任务涉及的全部单位(${inTasks.length})` },
        ]}
      />
      <Table<Unit>
        rowKey="name"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={show === 'changes' ? notKnown : inTasks}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '所有单位都已在单位名录中' }}
        columns={[
          { title: '单位', dataIndex: 'name' },
          { title: '类别', width: 120, render: (_, unit) => unitKindLabel(unit.kind) },
          {
            title: '状态',
            width: 110,
            render: (_, unit) => <Tag color={STATUS[unit.status].color}>{STATUS[unit.status].label}</Tag>,
          },
          { title: '别名', render: (_, unit) => unit.aliases.join('、') },
          { title: '成员', render: (_, unit) => unit.members.join('、') },
        ]}
      />
    </Space>
  );
}
